import { expect } from '@open-wc/testing';
import { validateDefinition, evaluate, type Definition } from '../../src/eligibility/index.js';
import england from '../../src/eligibility/definitions/blue-badge-england.json';
import scotland from '../../src/eligibility/definitions/blue-badge-scotland.json';
import wales from '../../src/eligibility/definitions/blue-badge-wales.json';
import northernIreland from '../../src/eligibility/definitions/blue-badge-northern-ireland.json';
import fsm from '../../src/eligibility/definitions/free-school-meals-england.json';

const bundled: Record<string, unknown> = { england, scotland, wales, northernIreland, fsm };

describe('bundled eligibility definitions', () => {
  for (const [name, def] of Object.entries(bundled)) {
    it(`${name} is valid, every criterion cites an https source, every outcome is reachable`, () => {
      const checked = validateDefinition(def);
      expect(checked.ok, JSON.stringify(!checked.ok && checked.problem)).to.be.true;
      const d = def as Definition;
      expect(d.criteria.every((c) => c.source.startsWith('https://'))).to.be.true;
      // Every outcome and criterion is referenced by some option or route.
      const json = JSON.stringify(d.questions);
      for (const o of d.outcomes) expect(json, `outcome ${o.id}`).to.contain(`"outcome":"${o.id}"`);
      for (const c of d.criteria) expect(json, `criterion ${c.id}`).to.contain(`"${c.id}"`);
    });
  }
});

/** A small valid definition to break one piece at a time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a definition being broken on purpose, one field at a time
type Loose = Record<string, any>;
function sample(): Loose {
  return {
    id: 'sample',
    version: 1,
    title: 'Sample',
    start: { intro: ['Intro'], youNeed: ['Nothing'], time: '1 minute' },
    settings: { strict: { description: 'x', default: 'no', allowed: ['yes', 'no'] } },
    firstQuestion: 'colour',
    questions: [
      {
        id: 'colour',
        kind: 'radios',
        text: 'Colour?',
        summary: 'Colour',
        errors: { required: 'Select a colour' },
        options: [
          { value: 'red', text: 'Red', next: 'age' },
          { value: 'blue', text: 'Blue', outcome: 'yes', criteria: ['is-blue'] },
        ],
      },
      {
        id: 'age',
        kind: 'number',
        text: 'Age?',
        summary: 'Age',
        errors: { required: 'Enter your age', invalid: 'Age must be a number' },
        routes: [{ when: { answer: 'age', atLeast: 18 }, outcome: 'yes', criteria: ['adult'] }, { outcome: 'no' }],
      },
    ],
    outcomes: [
      { id: 'yes', kind: 'eligible', title: 'Yes', body: ['Yes'] },
      { id: 'no', kind: 'not-eligible', title: 'No', body: ['No'] },
    ],
    criteria: [
      { id: 'is-blue', text: 'Blue', source: 'https://example.org/blue' },
      { id: 'adult', text: 'Adult', source: 'https://example.org/adult' },
    ],
  };
}
const problem = (mutate: (d: Loose) => void) => {
  const d = sample();
  mutate(d);
  const r = validateDefinition(d);
  return r.ok ? 'valid' : `${r.problem.path}: ${r.problem.message}`;
};

describe('validateDefinition: each malformed definition names its path', () => {
  it('accepts the sample', () => expect(problem(() => undefined)).to.equal('valid'));
  const cases: [string, (d: Loose) => void, string][] = [
    ['not an object', (d) => Object.keys(d).forEach((k) => delete d[k]), 'id: must be a lower-case id'],
    ['wrong version', (d) => (d.version = 2), 'version: must be 1 (got 2)'],
    ['no questions', (d) => (d.questions = []), 'questions: must be a non-empty list'],
    ['unknown first question', (d) => (d.firstQuestion = 'shape'), 'firstQuestion: unknown question "shape"'],
    ['duplicate question id', (d) => (d.questions[1].id = 'colour'), 'questions[1].id: "colour" is used twice'],
    [
      'unknown kind',
      (d) => (d.questions[0].kind = 'slider'),
      'questions[0].kind: must be one of radios, checkboxes, number, date',
    ],
    ['missing error message', (d) => delete d.questions[0].errors, 'questions[0].errors.required'],
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
      'questions[1].routes[0].when: refers to unknown question "height"',
    ],
    [
      'condition on an unknown setting',
      (d) => (d.questions[1].routes[0].when = { setting: 'lenient', is: true }),
      'questions[1].routes[0].when: refers to unknown setting "lenient"',
    ],
    ['no default route', (d) => d.questions[1].routes.pop(), 'questions[1].routes: needs a last route without "when"'],
    [
      'route with both next and outcome',
      (d) => (d.questions[1].routes[1].next = 'colour'),
      'questions[1].routes[1]: must have exactly one',
    ],
    [
      'criterion without source',
      (d) => (d.criteria[0].source = ''),
      'criteria[0].source: must be the https:// address',
    ],
    ['criterion with an http source', (d) => (d.criteria[1].source = 'http://example.org'), 'criteria[1].source'],
    ['unknown outcome kind', (d) => (d.outcomes[0].kind = 'great'), 'outcomes[0].kind: must be one of'],
    [
      'number question without invalid message',
      (d) => delete d.questions[1].errors.invalid,
      'questions[1].errors.invalid',
    ],
    [
      'radios without options',
      (d) => (d.questions[0].options = []),
      'questions[0].options: a radios question needs options',
    ],
    [
      'duplicate option value',
      (d) => (d.questions[0].options[1].value = 'red'),
      'questions[0].options[1].value: "red" is used twice',
    ],
  ];
  for (const [what, mutate, expected] of cases)
    it(`rejects ${what}`, () => expect(problem(mutate)).to.contain(expected));
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
    const answers = { applicant: 'myself', age: '3-or-over', benefits: 'none', 'main-reason': 'blind' };
    const before = evaluate(england, answers);
    expect(before.type === 'outcome' && before.outcome.id).to.equal('eligible');
    const after = evaluate(england, { ...answers, age: 'under-2' });
    expect(after.type === 'question' && after.question.id).to.equal('main-reason');
  });
});
