/**
 * Format version 2 (issue 13): languages, audience, derived values, typed settings, comparisons
 * with settings, several outcomes, facts by route, and version 1 kept as it was.
 */
import { expect } from '@open-wc/testing';
import {
  derivedValue,
  evaluate,
  resolveSettings,
  textFor,
  validateDefinition,
  type Answers,
  type Definition,
  type Evaluation,
} from '../../src/eligibility/index.js';
import englandV1 from './fixtures/blue-badge-england-v1.json';
import { both, sample, sampleV2, type Loose } from './support.js';

const valid = (d: Loose): Definition => {
  const r = validateDefinition(d);
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 5)));
  return r.definition;
};
const problems = (d: Loose) => {
  const r = validateDefinition(d);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};
const outcomes = (r: Evaluation) => (r.type === 'outcome' ? r.results.map((f) => f.outcome.id) : r.type);
const TODAY = '2026-06-15';

describe('textFor', () => {
  it('plain strings are used as they are, in any language and for any audience', () => {
    expect(textFor('Hello', 'cy', 'someone-else')).to.equal('Hello');
  });
  it('picks the language, then its primary tag, then English, then the first written', () => {
    const t = { en: 'Hello', cy: 'Helo' };
    expect(textFor(t)).to.equal('Hello');
    expect(textFor(t, 'cy')).to.equal('Helo');
    expect(textFor(t, 'cy-GB')).to.equal('Helo');
    expect(textFor(t, 'fr')).to.equal('Hello');
    expect(textFor({ cy: 'Helo' }, 'en')).to.equal('Helo');
  });
  it('picks the audience, falling back to "self"', () => {
    const t = { self: { en: 'Do you?', cy: 'Ydych chi?' }, 'someone-else': 'Do they?' };
    expect(textFor(t, 'en', 'self')).to.equal('Do you?');
    expect(textFor(t, 'cy', 'self')).to.equal('Ydych chi?');
    expect(textFor(t, 'cy', 'someone-else')).to.equal('Do they?');
    expect(textFor(t, 'en', 'organisation')).to.equal('Do you?');
  });
  it('never throws: nothing to show is ""', () => {
    for (const v of [undefined, null, 5, [], {}, { self: null }, { en: 5 }, Object.create(null)])
      expect(textFor(v as never)).to.equal('');
  });
});

describe('version 2: the sample', () => {
  it('is valid', () => expect(problems(sampleV2())).to.deep.equal([]));

  it('derived values: sum with a default, difference, age on today', () => {
    const d = valid(sampleV2());
    expect(derivedValue(d, 'adults', { workers: 2 })).to.equal(2);
    expect(derivedValue(d, 'adults', { workers: 2, students: 1 })).to.equal(3);
    expect(derivedValue(d, 'counted', { workers: 2, students: 1 })).to.equal(2);
    expect(derivedValue(d, 'adults', {})).to.equal(undefined); // a question not answered
    expect(derivedValue(d, 'age', { born: '2006-06-16' }, {}, { today: TODAY })).to.equal(19);
    expect(derivedValue(d, 'age', { born: '2006-06-15' }, {}, { today: TODAY })).to.equal(20);
    expect(derivedValue(d, 'age', { born: '2006-06-15' })).to.equal(undefined); // no "today" given
    expect(derivedValue(d, 'nope', {})).to.equal(undefined);
  });

  it('several outcomes, in order, each with its own criteria; "otherwise" only when none applied', () => {
    const d = valid(sampleV2());
    const base: Answers = { who: 'me', workers: 1, students: 0 };
    const young = evaluate(d, { ...base, born: '2006-06-16' }, {}, { today: TODAY });
    expect(outcomes(young)).to.deep.equal(['single', 'young']);
    expect(young.type === 'outcome' && young.results.map((f) => f.criteria.map((c) => c.id))).to.deep.equal([
      ['one-adult'],
      ['young'],
    ]);
    expect(young.type === 'outcome' && young.criteria.map((c) => c.id)).to.deep.equal(['one-adult', 'young']);
    const older = evaluate(d, { ...base, born: '1990-01-01' }, {}, { today: TODAY });
    expect(outcomes(older)).to.deep.equal(['single']);
    const none = evaluate(d, { ...base, workers: 2, born: '1990-01-01' }, {}, { today: TODAY });
    expect(outcomes(none)).to.deep.equal(['none']);
  });

  it('compares with a number setting, and a setting outside its range is not used', () => {
    const d = valid(sampleV2());
    const answers: Answers = { who: 'me', workers: 2, students: 0, born: '2005-06-15' }; // 21 today
    expect(outcomes(evaluate(d, answers, {}, { today: TODAY }))).to.deep.equal(['young']);
    expect(outcomes(evaluate(d, answers, { limit: 21 }, { today: TODAY }))).to.deep.equal(['none']);
    expect(outcomes(evaluate(d, answers, { limit: 22 }, { today: TODAY }))).to.deep.equal(['young']);
    expect(resolveSettings(d, { limit: 17 }).limit).to.equal(25);
    expect(resolveSettings(d, { limit: '21' as never }).limit).to.equal(25);
    expect(resolveSettings(d, { from: '2019-12-31' }).from).to.equal('2026-04-01');
    expect(resolveSettings(d, { from: '2026-02-30' }).from).to.equal('2026-04-01');
    expect(resolveSettings(d, { from: '2027-01-01' }).from).to.equal('2027-01-01');
  });

  it('a fact applies only when its condition holds for the route', () => {
    const d = valid(sampleV2());
    const one = evaluate(d, { who: 'me', workers: 1, students: 0, born: '1990-01-01' }, {}, { today: TODAY });
    expect(one.type === 'outcome' && one.facts.length).to.equal(1);
    const two = evaluate(d, { who: 'me', workers: 2, students: 0, born: '1990-01-01' }, {}, { today: TODAY });
    expect(two.type === 'outcome' && two.facts.length).to.equal(0);
  });

  it('the audience comes from the answer the definition names', () => {
    const d = valid(sampleV2());
    expect(evaluate(d, {})).to.include({ audience: 'self' });
    const other = evaluate(d, { who: 'other' });
    expect(
      other.type === 'question' && [other.audience, textFor(other.question.text, 'en', other.audience)],
    ).to.deep.equal(['someone-else', 'How many adults in their home work?']);
    expect(textFor(d.questions[1].text, 'cy', 'someone-else')).to.equal('CY How many adults in their home work?');
  });

  it('answers off the route (students not asked when more than 3 work) count as their default', () => {
    const d = valid(sampleV2());
    const r = evaluate(d, { who: 'me', workers: 4, born: '1990-01-01' }, {}, { today: TODAY });
    expect(r.type === 'outcome' && r.path).to.deep.equal(['who', 'workers', 'born']);
    expect(outcomes(r)).to.deep.equal(['none']);
  });
});

describe('version 2: validation names each problem', () => {
  const cases: [string, (d: Loose) => void, string][] = [
    ['a text without Welsh', (d) => (d.title = { en: 'Household' }), 'title: has no "cy" text'],
    [
      'a plain string in a two-language definition',
      (d) => (d.start.time = '1 minute'),
      'start.time: is in one language only',
    ],
    [
      'a language the definition does not declare',
      (d) => (d.outcomes[0].body[0] = { ...both('Apply'), fr: 'Postulez' }),
      'outcomes[0].body[0].fr: "fr" is not one of the definition\'s languages (en, cy)',
    ],
    [
      'a missing language inside an audience variant',
      (d) => (d.questions[1].text['someone-else'] = { en: 'How many?' }),
      'questions[1].text["someone-else"]: has no "cy" text',
    ],
    [
      'a language code that is not one',
      (d) => (d.title = { en: 'A', Welsh: 'B' }),
      'title.Welsh: must be a language code',
    ],
    [
      'audience variants without an audience',
      (d) => delete d.audience,
      'questions[1].text: varies by audience, but the definition has no "audience"',
    ],
    [
      'an audience answer that is not a question',
      (d) => (d.audience.answer = 'nobody'),
      'audience.answer: refers to unknown question "nobody"',
    ],
    [
      'an audience value that is not an option',
      (d) => (d.audience.values.them = 'someone-else'),
      'audience.values.them: "them" is not an option of "who"',
    ],
    [
      'an audience that is not one',
      (d) => (d.audience.values.me = 'you'),
      'audience.values.me: must be one of self, someone-else, organisation',
    ],
    [
      'a derived value with two operations',
      (d) => (d.derived[0].max = [1]),
      'derived[0]: needs exactly one of sum, min, max, difference, count, age (has sum, max)',
    ],
    [
      'a derived value with none',
      (d) => (d.derived[0] = { id: 'adults' }),
      'derived[0]: needs one of sum, min, max, difference, count or age',
    ],
    [
      'a derived value using a later one',
      (d) => d.derived[0].sum.push({ derived: 'counted' }),
      'derived[0].sum[2].derived: "counted" is not listed before this one',
    ],
    [
      'a derived value using itself',
      (d) => d.derived[1].difference.push({ derived: 'counted' }),
      'derived[1].difference[2].derived: "counted" is not listed before this one',
    ],
    [
      'a sum of a date question',
      (d) => (d.derived[0].sum[1] = { answer: 'born' }),
      'derived[0].sum[1]: must be a number, not "born", a date question',
    ],
    [
      'an age from a number question',
      (d) => (d.derived[2].age.born = { answer: 'workers' }),
      'derived[2].age.born: must be a date, not "workers", a number question',
    ],
    [
      'a default on a setting',
      (d) => (d.derived[0].sum[0] = { setting: 'limit', default: 1 }),
      'derived[0].sum[0].default: only an answer has a default',
    ],
    [
      'a condition on an unknown derived value',
      (d) => (d.facts[0].when = { derived: 'income', is: 1 }),
      'facts[0].when.derived: refers to unknown derived value "income"',
    ],
    [
      'a number compared with a date setting',
      (d) => (d.facts[0].when = { derived: 'age', lessThan: { setting: 'from' } }),
      'facts[0].when.lessThan: compares derived value "age", a number with setting "from", a date',
    ],
    [
      'includes on a number',
      (d) => (d.facts[0].when = { derived: 'age', includes: 'x' }),
      'facts[0].when.includes: "includes" cannot test derived value "age", a number',
    ],
    [
      'before with a number',
      (d) => (d.facts[0].when = { answer: 'born', before: 5 }),
      'facts[0].when.before: must be a date written YYYY-MM-DD, "today", or a reference',
    ],
    [
      'a number setting with a default out of range',
      (d) => (d.settings.limit.default = 30),
      'settings.limit.default: 30 is outside the range',
    ],
    [
      'a number setting with min above max',
      (d) => (d.settings.limit.min = 30),
      'settings.limit.max: is less than min (30)',
    ],
    [
      'a date setting with a date that is not one',
      (d) => (d.settings.from.default = '2026-02-30'),
      'settings.from.default: must be a real date (YYYY-MM-DD) (got "2026-02-30")',
    ],
    [
      'a choice setting with min',
      (d) => (d.settings.mode = { description: 'x', default: 'a', allowed: ['a'], min: 1 }),
      'settings.mode.min: only a number or date setting has "min"',
    ],
    [
      'a setting with neither type nor allowed',
      (d) => (d.settings.mode = { description: 'x', default: 'a' }),
      'settings.mode.allowed: is required unless the setting has a "type"',
    ],
    [
      'several outcomes whose last rule has a condition',
      (d) => (d.questions[3].routes[0].outcomes[2] = { when: { derived: 'counted', is: 0 }, outcome: 'none' }),
      'questions[3].routes[0].outcomes[2]: the last rule needs no "when", or "otherwise": true',
    ],
    [
      'a rule after one that always applies and stops',
      (d) => (d.questions[3].routes[0].outcomes[0] = { outcome: 'single', stop: true }),
      'questions[3].routes[0].outcomes[1]: is never considered: outcomes[0] always applies and stops the list',
    ],
    [
      '"otherwise" with "when"',
      (d) => (d.questions[3].routes[0].outcomes[2].when = { derived: 'counted', is: 0 }),
      'questions[3].routes[0].outcomes[2]: "otherwise" applies when no rule before it did, so it cannot also have "when"',
    ],
    [
      'an outcome listed twice',
      (d) => (d.questions[3].routes[0].outcomes[1].outcome = 'single'),
      'questions[3].routes[0].outcomes[1].outcome: "single" is listed twice',
    ],
    [
      'a route with both outcome and outcomes',
      (d) => (d.questions[3].routes[0].outcome = 'none'),
      'questions[3].routes[0]: must have exactly one of "next", "outcome" or "outcomes"',
    ],
    [
      'an applyHref that is not https',
      (d) => (d.applyHref = 'http://example.org/apply'),
      'applyHref: must be an https://',
    ],
    [
      'a help link that is not https',
      (d) => (d.outcomes[2].help[0].href = 'http://example.org'),
      'outcomes[2].help[0].href: must be an https:// address',
    ],
    [
      'a guidance link with javascript:',
      (d) => (d.criteria[0].guidance.href = 'javascript:alert(1)'),
      'criteria[0].guidance.href: must be an https:// address',
    ],
    [
      'an outcome nothing leads to',
      (d) => d.questions[3].routes[0].outcomes.splice(1, 1),
      'outcomes[1]: "young" is never reached',
    ],
  ];
  for (const [what, change, expected] of cases)
    it(`rejects ${what}`, () => {
      const d = sampleV2();
      change(d);
      expect(problems(d).join('\n')).to.contain(expected);
    });
});

describe('version 1 keeps working, and refuses version 2 parts', () => {
  it('the England definition as it was in version 1 is valid and reaches the same outcomes', () => {
    const d = valid(englandV1 as Loose);
    const r = evaluate(d, { applicant: 'myself', age: '3-or-over', benefits: 'dla', 'dla-higher-rate': 'yes' });
    expect(r.type === 'outcome' && [r.outcome.id, r.criteria.map((c) => c.id), r.results.length]).to.deep.equal([
      'eligible',
      ['dla-higher-rate-mobility'],
      1,
    ]);
    expect(r.type === 'outcome' && r.facts.length).to.equal(3); // every fact, as before
  });

  const cases: [string, (d: Loose) => void, string][] = [
    ['languages', (d) => (d.languages = ['en']), 'languages: "languages" needs "version": 2'],
    [
      'text in languages',
      (d) => (d.title = { en: 'Sample' }),
      'title: text in languages or by audience needs "version": 2',
    ],
    ['a derived value', (d) => (d.derived = [{ id: 'x', sum: [1] }]), 'derived: "derived" needs "version": 2'],
    [
      'changeLabel',
      (d) => (d.questions[0].changeLabel = 'colour'),
      'questions[0].changeLabel: "changeLabel" needs "version": 2',
    ],
    [
      'a number setting',
      (d) => (d.settings.n = { description: 'n', type: 'number', default: 1 }),
      'settings.n: a setting with a type',
    ],
    [
      'atMost',
      (d) => (d.questions[1].routes[0].when = { answer: 'age', atMost: 17 }),
      'questions[1].routes[0].when.atMost: "atMost" needs "version": 2',
    ],
    [
      'several outcomes',
      (d) => (d.questions[1].routes[1] = { outcomes: [{ outcome: 'no' }] }),
      'questions[1].routes[1].outcomes: several outcomes needs "version": 2',
    ],
    [
      'guidance',
      (d) => (d.criteria[0].guidance = { href: 'https://example.org', text: 'x' }),
      'criteria[0].guidance: "guidance" needs "version": 2',
    ],
  ];
  for (const [what, change, expected] of cases)
    it(`a version 1 definition with ${what} is refused`, () => {
      const d = sample();
      change(d);
      expect(problems(d).join('\n')).to.contain(expected);
      d.version = 2;
      expect(problems(d).join('\n')).not.to.contain('needs "version": 2');
    });
});

describe('evaluate never throws on version 2 data nobody validated', () => {
  const broken: [string, (d: Loose) => void][] = [
    ['derived: 5', (d) => (d.derived = 5)],
    ['a derived value with no operation', (d) => (d.derived[0] = { id: 'adults' })],
    ['a derived value using a later one', (d) => (d.derived[0].sum = [{ derived: 'counted' }])],
    ['a derived value using itself', (d) => (d.derived[1].difference = [{ derived: 'counted' }])],
    ['a count of malformed conditions', (d) => (d.derived[0] = { id: 'adults', count: [{ nope: 1 }] })],
    ['outcomes: 5', (d) => (d.questions[3].routes[0].outcomes = 5)],
    ['outcomes: [null]', (d) => (d.questions[3].routes[0].outcomes = [null])],
    ['no rule applies', (d) => d.questions[3].routes[0].outcomes.pop()],
    ['a fact with a malformed condition', (d) => (d.facts[0].when = { derived: 'counted', over: 1 })],
    [
      'a reference that is not one',
      (d) => (d.questions[3].routes[0].outcomes[1].when = { derived: 'age', lessThan: { x: 1 } }),
    ],
    ['settings: null', (d) => (d.settings = { limit: null })],
  ];
  for (const [what, change] of broken)
    it(`${what}: an error value or a result, never an exception`, () => {
      const d = sampleV2();
      change(d);
      const r = evaluate(
        d as unknown as Definition,
        { who: 'me', workers: 1, students: 0, born: '2000-01-01' },
        {},
        { today: TODAY },
      );
      expect(['outcome', 'question', 'error']).to.include(r.type);
    });
  it('a derived value using a later one reads as unknown, never as a loop', () => {
    const d = sampleV2();
    d.derived[0].sum = [{ derived: 'counted' }];
    expect(derivedValue(d as unknown as Definition, 'adults', { workers: 1 })).to.equal(undefined);
  });
});
