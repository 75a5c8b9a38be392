import { expect } from '@open-wc/testing';
import {
  evaluate,
  explore,
  reachable,
  validateDefinition,
  type Definition,
  type Settings,
} from '../../src/eligibility/index.js';
import { withinBudget } from '../support/property.js';
import { bundled, nested, sample, type Loose } from './support.js';

/** The settings a definition can run with: the defaults, and each setting's other values. */
function settingVariants(d: Definition): Settings[] {
  const variants: Settings[] = [{}];
  for (const [name, s] of Object.entries(d.settings ?? {}))
    for (const v of s.allowed ?? [s.min, s.max].filter((x) => x !== undefined))
      if (v !== s.default) variants.push({ [name]: v as string | number });
  // Every setting at its last allowed value at once (e.g. a scheme offered and its age limit).
  variants.push(
    Object.fromEntries(Object.entries(d.settings ?? {}).map(([k, s]) => [k, s.allowed?.at(-1) ?? s.min ?? s.default])),
  );
  return variants;
}

describe('bundled eligibility definitions', () => {
  for (const [name, value] of Object.entries(bundled)) {
    describe(name, () => {
      const checked = validateDefinition(value);
      it('is valid, and every criterion cites an https source', () => {
        expect(checked.ok, JSON.stringify(!checked.ok && checked.problems)).to.be.true;
        if (checked.ok) expect(checked.definition.criteria.every((c) => c.source.startsWith('https://'))).to.be.true;
      });
      if (!checked.ok) return;
      const d = checked.definition;

      it('every question and outcome is reachable through the flow graph', () => {
        const r = reachable(d);
        expect(d.questions.map((q) => q.id).filter((id) => !r.questions.has(id))).to.deep.equal([]);
        expect(d.outcomes.map((o) => o.id).filter((id) => !r.outcomes.has(id))).to.deep.equal([]);
      });

      it('every question, outcome and criterion is reached by real answers (evaluate), with some setting', () => {
        const found: Record<string, { answers: Loose; settings: Settings }> = {};
        const criteria = new Set<string>();
        const today = '2026-06-15';
        for (const settings of settingVariants(d)) {
          const x = explore(d, settings, { today });
          for (const [key, answers] of Object.entries(x.found)) found[key] ??= { answers, settings };
          x.criteria.forEach((c) => criteria.add(c));
        }
        expect(d.questions.map((q) => q.id).filter((id) => !found[id])).to.deep.equal([]);
        expect(d.outcomes.map((o) => o.id).filter((id) => !found[`outcome:${id}`])).to.deep.equal([]);
        expect(d.criteria.map((c) => c.id).filter((id) => !criteria.has(id))).to.deep.equal([]);
        // The answers found really lead there.
        for (const o of d.outcomes) {
          const { answers, settings } = found[`outcome:${o.id}`];
          const r = evaluate(d, answers, settings, { today });
          expect(r.type === 'outcome' && r.results.map((f) => f.outcome.id), o.id).to.include(o.id);
        }
      });
    });
  }
});

describe('reachability checks can fail', () => {
  it('an outcome only a contradictory condition leads to is in the graph but reached by no answers', () => {
    const d = sample();
    d.questions[1].routes.unshift({
      when: {
        all: [
          { answer: 'age', atLeast: 18 },
          { answer: 'age', lessThan: 18 },
        ],
      },
      outcome: 'never',
    });
    d.outcomes.push({ id: 'never', kind: 'eligible', title: 'Never', body: ['Never'] });
    const checked = validateDefinition(d);
    expect(checked.ok).to.be.true;
    if (!checked.ok) return;
    expect(reachable(checked.definition).outcomes.has('never')).to.be.true;
    expect(explore(checked.definition).found['outcome:never']).to.equal(undefined);
    expect(Object.keys(explore(checked.definition).found)).to.include.members(['outcome:yes', 'outcome:no']);
  });
  it('an outcome no option or route names is not in the graph', () => {
    const d = sample() as unknown as Definition;
    const withOrphan = { ...d, outcomes: [...d.outcomes, { id: 'orphan', kind: 'eligible', title: 'O', body: ['O'] }] };
    expect(reachable(withOrphan as Definition).outcomes.has('orphan')).to.be.false;
  });
});

const problem = (mutate: (d: Loose) => void) => {
  const d = sample();
  mutate(d);
  const r = validateDefinition(d);
  return r.ok ? 'valid' : `${r.problem.path}: ${r.problem.message}`;
};

describe('validateDefinition: each malformed definition names its path', () => {
  it('accepts the sample', () => expect(problem(() => undefined)).to.equal('valid'));
  const cases: [string, (d: Loose) => void, string][] = [
    ['not an object', (d) => Object.keys(d).forEach((k) => delete d[k]), 'id: is required'],
    ['wrong version', (d) => (d.version = 3), 'version: must be one of 1, 2 (got 3)'],
    ['no questions', (d) => (d.questions = []), 'questions: must be a non-empty list'],
    ['unknown first question', (d) => (d.firstQuestion = 'shape'), 'firstQuestion: unknown question "shape"'],
    ['duplicate question id', (d) => (d.questions[1].id = 'colour'), 'questions[1].id: "colour" is used twice'],
    [
      'unknown kind',
      (d) => (d.questions[0].kind = 'slider'),
      'questions[0].kind: must be one of radios, checkboxes, number, date',
    ],
    ['missing error message', (d) => delete d.questions[0].errors, 'questions[0].errors: is required'],
    [
      'option pointing at an unknown question',
      (d) => (d.questions[0].options[0].next = 'pip-points'),
      'questions[0].options[0].next: unknown question "pip-points"',
    ],
    [
      'option pointing at an unknown outcome',
      (d) => (d.questions[0].options[1].outcome = 'maybe'),
      'questions[0].options[1].outcome: unknown outcome "maybe"',
    ],
    [
      'unknown criterion',
      (d) => (d.questions[1].routes[0].criteria = ['grown-up']),
      'questions[1].routes[0].criteria[0]: unknown criterion "grown-up"',
    ],
    [
      'condition on an unknown question',
      (d) => (d.questions[1].routes[0].when = { answer: 'height', atLeast: 1 }),
      'questions[1].routes[0].when.answer: refers to unknown question "height"',
    ],
    [
      'condition on an unknown setting',
      (d) => (d.questions[1].routes[0].when = { setting: 'lenient', is: true }),
      'questions[1].routes[0].when.setting: refers to unknown setting "lenient"',
    ],
    ['no default route', (d) => d.questions[1].routes.pop(), 'questions[1].routes: needs a last route without "when"'],
    [
      'route with both next and outcome',
      (d) => (d.questions[1].routes[1].next = 'colour'),
      'questions[1].routes[1]: must have exactly one',
    ],
    ['criterion without source', (d) => (d.criteria[0].source = ''), 'criteria[0].source: must be an https:// address'],
    ['criterion with an http source', (d) => (d.criteria[1].source = 'http://example.org'), 'criteria[1].source'],
    ['unknown outcome kind', (d) => (d.outcomes[0].kind = 'great'), 'outcomes[0].kind: must be one of'],
    [
      'number question without invalid message',
      (d) => delete d.questions[1].errors.invalid,
      'questions[1].errors.invalid',
    ],
    ['radios without options', (d) => (d.questions[0].options = []), 'questions[0].options: must be a non-empty list'],
    [
      'duplicate option value',
      (d) => (d.questions[0].options[1].value = 'red'),
      'questions[0].options[1].value: "red" is used twice',
    ],
    // Issue 11, "Definitions": what the old check accepted or threw on.
    [
      'a javascript: outcome link',
      (d) => (d.outcomes[1].link = { href: 'javascript:alert(1)', text: 'Click' }),
      'outcomes[1].link.href: must be an https:// address',
    ],
    [
      'a data: outcome link',
      (d) => (d.outcomes[1].link = { href: 'data:text/html,<script>alert(1)</script>', text: 'Click' }),
      'outcomes[1].link.href: must be an https:// address',
    ],
    [
      'an outcome link a browser cannot parse',
      (d) => (d.outcomes[1].link = { href: 'https://exa\u0001mple.org', text: 'Click' }),
      'outcomes[1].link.href: "https://exa\\u0001mple.org" is not an https:// address a link may use',
    ],
    [
      'an unknown condition operator',
      (d) => (d.questions[1].routes[0].when = { answer: 'age', matches: 18 }),
      'questions[1].routes[0].when: "matches" is not a condition operator',
    ],
    [
      'a condition with no operator',
      (d) => (d.questions[1].routes[0].when = { answer: 'age' }),
      'questions[1].routes[0].when: has no operator',
    ],
    [
      'a condition with two operators',
      (d) => (d.questions[1].routes[0].when = { answer: 'age', atLeast: 18, lessThan: 65 }),
      'questions[1].routes[0].when: has more than one operator (atLeast, lessThan)',
    ],
    ['facts of the wrong type', (d) => (d.facts = [{ label: 5, value: '£10' }]), 'facts[0].label: must be a string'],
    ['facts that are not a list', (d) => (d.facts = 'free'), 'facts: must be a list'],
    [
      'haveReady that is not a list',
      (d) => (d.outcomes[0].haveReady = 'proof'),
      'outcomes[0].haveReady: must be a list',
    ],
    [
      'settings of the wrong type',
      (d) => (d.settings.strict.allowed = 'yes'),
      'settings.strict.allowed: must be a list',
    ],
    [
      'a setting default it does not allow',
      (d) => (d.settings.strict.default = 'maybe'),
      'settings.strict.default: "maybe" is not one of the allowed values',
    ],
    ['a hint that is not a string', (d) => (d.questions[0].hint = 5), 'questions[0].hint: must be a string'],
    ['a field the format does not have', (d) => (d.questions[0].colour = 'red'), 'questions[0].colour: is not a field'],
    ['routes: [null]', (d) => (d.questions[1].routes = [null]), 'questions[1].routes[0]: must be an object'],
    [
      'when: { not: null }',
      (d) => (d.questions[1].routes[0].when = { not: null }),
      'questions[1].routes[0].when.not: must be a condition object',
    ],
    [
      '{ all: 5 }',
      (d) => (d.questions[1].routes[0].when = { all: 5 }),
      'questions[1].routes[0].when.all: must be a list',
    ],
    [
      'a string "in" (it would match by substring)',
      (d) => (d.questions[1].routes[0].when = { answer: 'colour', in: 'red or blue' }),
      'questions[1].routes[0].when.in: must be a list',
    ],
    [
      'a date that is not in the calendar',
      (d) => {
        d.questions[1] = { ...d.questions[1], kind: 'date', errors: { required: 'Enter', invalid: 'Real date' } };
        d.questions[1].routes[0].when = { answer: 'age', before: '2024-02-30' };
      },
      'questions[1].routes[0].when.before: "2024-02-30" is not a real date',
    ],
    [
      'a value the question does not offer',
      (d) => (d.questions[1].routes[0].when = { answer: 'colour', is: 'green' }),
      'questions[1].routes[0].when.is: "green" is not an option of "colour"',
    ],
    [
      'an operator that cannot test the question',
      (d) => (d.questions[1].routes[0].when = { answer: 'colour', atLeast: 3 }),
      'questions[1].routes[0].when.atLeast: "atLeast" cannot test "colour", a radios question',
    ],
    [
      'a setting value the setting does not allow',
      (d) => (d.questions[1].routes[0].when = { setting: 'strict', is: 'perhaps' }),
      'questions[1].routes[0].when.is: "perhaps" is not an allowed value of setting "strict"',
    ],
    [
      'a cycle',
      (d) => (d.questions[1].routes[1] = { next: 'colour' }),
      'questions[1]: the flow can loop back to "colour" (colour → age → colour)',
    ],
    [
      'an outcome nothing leads to',
      (d) => d.outcomes.push({ id: 'maybe', kind: 'may-be-eligible', title: 'Maybe', body: ['Maybe'] }),
      'outcomes[2]: "maybe" is never reached',
    ],
    [
      'a question nothing leads to',
      (d) => d.questions.push({ ...d.questions[1], id: 'height' }),
      'questions[2]: "height" is never asked',
    ],
    [
      'a route after the one that always applies',
      (d) => d.questions[1].routes.push({ outcome: 'yes' }),
      'questions[1].routes[2]: is never taken',
    ],
    [
      'a question whose every option is conditional',
      (d) => d.questions[0].options.forEach((o: Loose) => (o.when = { setting: 'strict', is: 'yes' })),
      'questions[0].options: needs an option without "when"',
    ],
    ['the id "__proto__"', (d) => (d.questions[1].id = '__proto__'), 'questions[1].id: must be a lower-case id'],
  ];
  for (const [what, mutate, expected] of cases)
    it(`rejects ${what}`, () => expect(problem(mutate)).to.contain(expected));

  it('lists every problem, not only the first, each with its path', () => {
    const d = sample();
    d.title = '';
    d.questions[0].hint = 5;
    d.outcomes[0].kind = 'great';
    const r = validateDefinition(d);
    expect(!r.ok && r.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'title: must not be blank',
      'questions[0].hint: must be a string, or an object of languages like { "en": "…", "cy": "…" }',
      'outcomes[0].kind: must be one of eligible, may-be-eligible, not-eligible, contact-council, different-service (got "great")',
    ]);
  });
});

describe('validateDefinition never throws (issue 11 regressions)', () => {
  const hostile: [string, () => unknown][] = [
    ['undefined', () => undefined],
    ['null', () => null],
    ['a function', () => () => 1],
    [
      'a getter that throws',
      () =>
        Object.defineProperty(sample(), 'title', {
          get: () => {
            throw new Error('boom');
          },
          enumerable: true,
        }),
    ],
    [
      'a Proxy that throws',
      () =>
        new Proxy(sample(), {
          ownKeys: () => {
            throw new Error('boom');
          },
        }),
    ],
    [
      'a cycle',
      () => {
        const d = sample();
        d.start.intro = d;
        return d;
      },
    ],
    ['a Date', () => new Date()],
    ['NaN in a number', () => ({ ...sample(), version: Number.NaN })],
    ['a sparse array', () => ({ ...sample(), questions: new Array(3) })],
  ];
  for (const [what, make] of hostile)
    it(`${what}: a problem`, () => {
      const r = validateDefinition(make());
      expect(r.ok).to.be.false;
      expect(!r.ok && r.problems[0].message).to.be.a('string');
    });

  it('20,000-deep nesting: a problem naming the depth, not a RangeError, within the budget', () => {
    const d = sample();
    d.questions[1].routes[0].when = nested(20_000);
    const r = withinBudget(() => validateDefinition(d), 'validateDefinition of 20,000-deep nesting');
    expect(!r.ok && r.problem.message).to.contain('nests deeper than 32 levels');
    expect(!r.ok && r.problem.path).to.match(/^questions\[1\]\.routes\[0\]\.when\.not/);
  });

  it('returns a frozen plain copy: later changes to the value given reach nothing', () => {
    const d = sample();
    const r = validateDefinition(d);
    expect(r.ok).to.be.true;
    if (!r.ok) return;
    expect(r.definition).to.not.equal(d);
    expect(Object.isFrozen(r.definition.questions[0].options![0])).to.be.true;
    d.questions[0].options[0].next = 'nowhere';
    expect(r.definition.questions[0].options![0].next).to.equal('age');
  });

  it('a definition is plain data: a null prototype is fine, a custom prototype is refused', () => {
    expect(validateDefinition(Object.assign(Object.create(null), sample())).ok).to.be.true;
    const inherited = Object.assign(Object.create({ title: 'Inherited' }), sample());
    const r = validateDefinition(inherited);
    expect(!r.ok && r.problems[0].message).to.contain('must be plain JSON data');
  });
});

describe('ids named like Object.prototype members are ordinary ids', () => {
  /** The sample with "colour" renamed everywhere. */
  const renamed = (id: string) => {
    const d = sample();
    d.questions[0].id = id;
    d.firstQuestion = id;
    d.questions[1].routes[0].when = {
      all: [
        { answer: id, is: 'red' },
        { answer: 'age', atLeast: 18 },
      ],
    };
    return d;
  };
  for (const id of ['constructor', 'tostring', 'valueof', 'hasownproperty', 'prototype'])
    it(`a question "${id}" is asked, answered and routed on`, () => {
      const r = validateDefinition(renamed(id));
      expect(r.ok, JSON.stringify(!r.ok && r.problems)).to.be.true;
      if (!r.ok) return;
      const first = evaluate(r.definition, {});
      expect(first.type === 'question' && first.question.id).to.equal(id);
      const next = evaluate(r.definition, { [id]: 'red' });
      expect(next.type === 'question' && next.question.id).to.equal('age');
      const done = evaluate(r.definition, { [id]: 'red', age: 30 });
      expect(done.type === 'outcome' && [done.outcome.id, done.path]).to.deep.equal(['yes', [id, 'age']]);
    });
  it('an outcome, criterion and option value may be named "constructor", "__proto__" or "toString"', () => {
    const d = sample();
    d.outcomes[0].id = 'constructor';
    d.criteria[0].id = 'constructor';
    d.questions[0].options[0].value = '__proto__';
    d.questions[0].options[1].value = 'toString';
    d.questions[0].options[1].outcome = 'constructor';
    d.questions[0].options[1].criteria = ['constructor'];
    d.questions[1].routes[0].outcome = 'constructor';
    d.settings = { toString: { description: 'x', default: 'a', allowed: ['a', 'b'] } };
    d.questions[1].routes[0].when = {
      all: [
        { answer: 'age', atLeast: 18 },
        { setting: 'toString', is: 'a' },
      ],
    };
    const r = validateDefinition(d);
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).to.be.true;
    if (!r.ok) return;
    const answers = JSON.parse('{"colour": "toString"}');
    const result = evaluate(r.definition, answers);
    expect(result.type === 'outcome' && [result.outcome.id, result.criteria.map((c) => c.id)]).to.deep.equal([
      'constructor',
      ['constructor'],
    ]);
    const proto = JSON.parse('{"colour": "__proto__", "age": 40}');
    const adult = evaluate(r.definition, proto);
    expect(adult.type === 'outcome' && adult.outcome.id).to.equal('constructor');
    expect(evaluate(r.definition, proto, { toString: 'b' })).to.include({ type: 'outcome' });
  });
});

describe('evaluate on the sample', () => {
  const d = sample() as unknown as Definition;
  it('asks the first question, then follows options and routes', () => {
    const first = evaluate(d, {});
    expect(first.type === 'question' && first.question.id).to.equal('colour');
    const second = evaluate(d, { colour: 'red' });
    expect(second.type === 'question' && second.question.id).to.equal('age');
    const adult = evaluate(d, { colour: 'red', age: 30 });
    expect(
      adult.type === 'outcome' && [adult.outcome.id, adult.criteria.map((c) => c.source), adult.path],
    ).to.deep.equal(['yes', ['https://example.org/adult'], ['colour', 'age']]);
    const child = evaluate(d, { colour: 'red', age: 12 });
    expect(child.type === 'outcome' && child.outcome.id).to.equal('no');
  });
  it('ignores answers off the path', () => {
    const r = evaluate(d, { colour: 'blue', age: 3 });
    expect(r.type === 'outcome' && [r.outcome.id, r.path]).to.deep.equal(['yes', ['colour']]);
  });
  it('rejects unknown answer ids and wrong types with a clear error', () => {
    expect(evaluate(d, { shape: 'round' })).to.deep.equal({
      type: 'error',
      problem: 'answers.shape: there is no question "shape" in sample',
    });
    expect(evaluate(d, { colour: 'green' })).to.deep.equal({
      type: 'error',
      problem: 'answers.colour: must be one of red, blue',
    });
    expect(evaluate(d, { colour: 'red', age: '30' as never })).to.deep.equal({
      type: 'error',
      problem: 'answers.age: must be a number',
    });
  });
});

describe('evaluate with conditional options', () => {
  it('asks again when an earlier change hides the option that was chosen', async () => {
    const england = (await import('../../src/eligibility/definitions/blue-badge-england.json'))
      .default as unknown as Definition;
    const answers = { applicant: 'myself', age: '3-or-over', benefits: ['none'], 'main-reason': 'blind' };
    const before = evaluate(england, answers);
    expect(before.type === 'outcome' && before.outcome.id).to.equal('eligible');
    const after = evaluate(england, { ...answers, age: 'under-2' });
    expect(after.type === 'question' && after.question.id).to.equal('main-reason');
  });
});
