/**
 * Property-based tests (fast-check, RUNS = 300 inputs each) for the engine functions version 2
 * adds: derived values (sum, min, max, difference, count), ages on a date, settings with ranges,
 * comparisons with settings, several outcomes, and textFor.
 */
import { expect } from '@open-wc/testing';
import {
  ageOn,
  derivedValue,
  evaluate,
  resolveSettings,
  settingAccepts,
  textFor,
  validateDefinition,
  type Definition,
  type SettingDefinition,
} from '../../src/eligibility/index.js';
import { isRealDate, shiftYears } from '../../src/eligibility/dates.js';
import { check, fc, RUNS, withinBudget } from '../support/property.js';
import type { Loose } from './support.js';

/** A definition of `n` optional number questions q0…q(n-1) and the derived values given. */
function numbers(n: number, derived: Loose[], settings: Loose = {}): Definition {
  const d: Loose = {
    id: 'numbers',
    version: 2,
    title: 'Numbers',
    start: { intro: ['Intro'], youNeed: [], time: '1 minute' },
    settings,
    derived,
    firstQuestion: 'q0',
    questions: Array.from({ length: n }, (_, i) => ({
      id: `q${i}`,
      kind: 'number',
      text: `Q${i}?`,
      summary: `Q${i}`,
      errors: { required: 'Enter a number', invalid: 'Enter a number' },
      routes: [i + 1 < n ? { next: `q${i + 1}` } : { outcome: 'done' }],
    })),
    outcomes: [{ id: 'done', kind: 'eligible', title: 'Done', body: ['Done'] }],
    criteria: [],
  };
  const r = validateDefinition(d);
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
  return r.definition;
}

/** Calendar dates 1900–2100 (real ones only, 29 February included in leap years). */
const date = () =>
  fc
    .record({
      y: fc.integer({ min: 1900, max: 2100 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    .filter(isRealDate);

/** Whole years by a different method: UTC calendar arithmetic, 29 February birthdays on 1 March. */
function referenceAge(born: string, on: string): number | undefined {
  const b = new Date(`${born}T00:00:00Z`);
  const o = new Date(`${on}T00:00:00Z`);
  if (o < b) return undefined;
  let years = o.getUTCFullYear() - b.getUTCFullYear();
  // This year's birthday: Date.UTC rolls 29 February over to 1 March in common years.
  const birthday = new Date(Date.UTC(o.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate()));
  if (o < birthday) years--;
  return years;
}

describe('derived values and ages: property-based', function () {
  this.timeout(120_000);
  const small = fc.integer({ min: -1000, max: 1000 });

  it(`sum, min, max and difference of answers and literals (${RUNS} inputs) match plain arithmetic; an unanswered question without a default is unknown`, () => {
    check(
      fc.property(
        fc.array(fc.option(small, { nil: undefined }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.option(small, { nil: undefined }), { minLength: 5, maxLength: 5 }),
        small,
        (given, defaults, literal) => {
          const n = given.length;
          const sources = given.map((_, i) =>
            defaults[i] === undefined ? { answer: `q${i}` } : { answer: `q${i}`, default: defaults[i] },
          );
          const all = [...sources, literal];
          const d = numbers(n, [
            { id: 'sum', sum: all },
            { id: 'min', min: all },
            { id: 'max', max: all },
            { id: 'difference', difference: all },
          ]);
          const answers = Object.fromEntries(given.flatMap((v, i) => (v === undefined ? [] : [[`q${i}`, v]])));
          const values = given.map((v, i) => v ?? defaults[i]);
          const known = values.every((v) => v !== undefined);
          const nums = [...(values as number[]), literal];
          const expected = {
            sum: nums.reduce((a, b) => a + b, 0),
            min: Math.min(...nums),
            max: Math.max(...nums),
            difference: nums.slice(1).reduce((a, b) => a - b, nums[0]),
          };
          for (const id of ['sum', 'min', 'max', 'difference'] as const)
            expect(
              withinBudget(() => derivedValue(d, id, answers)),
              id,
            ).to.equal(known ? expected[id] : undefined);
        },
      ),
    );
  });

  it(`count (${RUNS} inputs) is how many of its conditions hold`, () => {
    check(
      fc.property(
        fc.array(small, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(5), fc.constantFrom('atLeast', 'atMost', 'lessThan', 'moreThan', 'is'), small), {
          minLength: 1,
          maxLength: 8,
        }),
        (given, tests) => {
          const conditions = tests.map(([q, op, v]) => ({ answer: `q${q % given.length}`, [op]: v }));
          const d = numbers(given.length, [{ id: 'count', count: conditions }]);
          const answers = Object.fromEntries(given.map((v, i) => [`q${i}`, v]));
          const holds = tests.filter(([q, op, v]) => {
            const a = given[q % given.length];
            return op === 'atLeast'
              ? a >= v
              : op === 'atMost'
                ? a <= v
                : op === 'lessThan'
                  ? a < v
                  : op === 'moreThan'
                    ? a > v
                    : a === v;
          }).length;
          expect(derivedValue(d, 'count', answers)).to.equal(holds);
        },
      ),
    );
  });

  it(`ageOn (${RUNS} date pairs) agrees with UTC calendar arithmetic, is 0 on the day of birth and never decreases`, () => {
    check(
      fc.property(date(), date(), fc.integer({ min: 0, max: 400 }), (a, b, days) => {
        const [born, on] = a <= b ? [a, b] : [b, a];
        expect(ageOn(born, on), `${born} → ${on}`).to.equal(referenceAge(born, on));
        expect(ageOn(born, born)).to.equal(0);
        if (on > born) expect(ageOn(on, born)).to.equal(undefined);
        const later = new Date(Date.parse(`${on}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
        expect(ageOn(born, later)!).to.be.at.least(ageOn(born, on)!);
      }),
    );
  });

  it(`an age on a birthday (${RUNS} inputs) is the number of years; the day before, one less (29 February from 1 March)`, () => {
    check(
      fc.property(date(), fc.integer({ min: 1, max: 120 }), (born, years) => {
        const birthday = shiftYears(born, years);
        if (born.endsWith('-02-29') && !birthday.endsWith('-02-29')) {
          expect(ageOn(born, birthday)).to.equal(years - 1); // 28 February: not yet
          return;
        }
        expect(ageOn(born, birthday)).to.equal(years);
        const before = new Date(Date.parse(`${birthday}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        expect(ageOn(born, before)).to.equal(years - 1);
      }),
    );
  });

  it(`an age derived from a date answer on "today" (${RUNS} inputs) compared with a number setting decides the route`, () => {
    check(
      fc.property(
        date(),
        date(),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: -10, max: 130 }),
        (a, b, limit, asked) => {
          const [born, today] = a <= b ? [a, b] : [b, a];
          const d: Loose = {
            id: 'ages',
            version: 2,
            title: 'Ages',
            start: { intro: ['Intro'], youNeed: [], time: '1 minute' },
            settings: { limit: { description: 'Age limit', type: 'number', default: limit, min: 0, max: 120 } },
            derived: [{ id: 'age', age: { born: { answer: 'born' }, on: 'today' } }],
            firstQuestion: 'born',
            questions: [
              {
                id: 'born',
                kind: 'date',
                text: 'Born?',
                summary: 'Born',
                errors: { required: 'Enter', invalid: 'Enter a real date' },
                routes: [
                  { when: { derived: 'age', lessThan: { setting: 'limit' } }, outcome: 'young' },
                  { outcome: 'old' },
                ],
              },
            ],
            outcomes: [
              { id: 'young', kind: 'eligible', title: 'Young', body: ['Young'] },
              { id: 'old', kind: 'not-eligible', title: 'Old', body: ['Old'] },
            ],
            criteria: [],
          };
          const checked = validateDefinition(d);
          expect(checked.ok).to.be.true;
          if (!checked.ok) return;
          const used = asked >= 0 && asked <= 120 ? asked : limit; // out of range: the default
          const r = evaluate(checked.definition, { born }, { limit: asked }, { today });
          expect(r.type === 'outcome' && r.outcome.id).to.equal(referenceAge(born, today)! < used ? 'young' : 'old');
        },
      ),
    );
  });
});

describe('settings with ranges: property-based', function () {
  this.timeout(120_000);

  it(`number settings (${RUNS} inputs): an override is used exactly when it is a finite number within the range`, () => {
    check(
      fc.property(
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.oneof(
          fc.double({ noNaN: false }),
          fc.integer({ min: -200, max: 200 }),
          fc.string(),
          fc.boolean(),
          fc.constant(null),
        ),
        (min, span, wanted) => {
          const s: SettingDefinition = { description: 'n', type: 'number', default: min, min, max: min + span };
          const d = numbers(1, [], { n: s });
          const ok = typeof wanted === 'number' && Number.isFinite(wanted) && wanted >= min && wanted <= min + span;
          expect(settingAccepts(s, wanted)).to.equal(ok);
          expect(resolveSettings(d, { n: wanted as never }).n).to.equal(ok ? wanted : min);
        },
      ),
    );
  });

  it(`date settings (${RUNS} inputs): an override is used exactly when it is a real date within the range`, () => {
    check(
      fc.property(
        date(),
        date(),
        fc.oneof(date(), fc.string(), fc.constantFrom('2024-02-30', '2023-02-29', 'today')),
        (a, b, wanted) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          const s: SettingDefinition = { description: 'd', type: 'date', default: min, min, max };
          const d = numbers(1, [], { d: s });
          const ok = isRealDate(wanted) && wanted >= min && wanted <= max;
          expect(settingAccepts(s, wanted)).to.equal(ok);
          expect(resolveSettings(d, { d: wanted }).d).to.equal(ok ? wanted : min);
        },
      ),
    );
  });
});

describe('several outcomes and text: property-based', function () {
  this.timeout(120_000);

  it(`outcome rules (${RUNS} lists): every rule that holds applies in order, "otherwise" only when none did, "stop" ends the list`, () => {
    check(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.array(
          fc.record({ threshold: fc.integer({ min: 0, max: 9 }), stop: fc.boolean(), otherwise: fc.boolean() }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (answer, specs) => {
          const rules = specs.map((s, i) =>
            s.otherwise
              ? { otherwise: true, outcome: `o${i}`, ...(s.stop ? { stop: true } : {}) }
              : { when: { answer: 'q0', atLeast: s.threshold }, outcome: `o${i}`, ...(s.stop ? { stop: true } : {}) },
          );
          rules.push({ otherwise: true, outcome: 'last' });
          const d = numbers(1, []) as unknown as Loose;
          const plain = JSON.parse(JSON.stringify(d));
          plain.questions[0].routes = [{ outcomes: rules }];
          plain.outcomes = [...rules.map((r) => ({ id: r.outcome, kind: 'eligible', title: r.outcome, body: ['x'] }))];
          const expected: string[] = [];
          for (const [i, s] of specs.entries()) {
            const applies = s.otherwise ? expected.length === 0 : answer >= s.threshold;
            if (!applies) continue;
            expected.push(`o${i}`);
            if (s.stop) break;
          }
          if (!expected.length) expected.push('last');
          const r = evaluate(plain as Definition, { q0: answer });
          expect(r.type === 'outcome' && r.results.map((f) => f.outcome.id)).to.deep.equal(expected);
        },
      ),
    );
  });

  it(`textFor (${RUNS} arbitrary values, languages and audiences) never throws and always gives a string; a language present is used`, () => {
    check(
      fc.property(
        fc.anything({ withNullPrototype: true }),
        fc.constantFrom('en', 'cy', 'cy-GB', 'fr', '', 'EN'),
        fc.constantFrom('self', 'someone-else', 'organisation'),
        fc.string({ minLength: 1 }),
        (value, lang, audience, words) => {
          expect(textFor(value as never, lang, audience as never)).to.be.a('string');
          if (lang) expect(textFor({ en: 'English', [lang]: words }, lang, audience as never)).to.equal(words);
          expect(textFor({ self: { en: 'Self' }, [audience]: { en: words } }, 'en', audience as never)).to.equal(words);
          expect(textFor({ self: words }, 'cy', audience as never)).to.equal(words);
        },
      ),
    );
  });
});
