import { expect } from '@open-wc/testing';
import {
  checkAnswers,
  evaluate,
  holds,
  validateDefinition,
  type Answers,
  type Condition,
  type Definition,
} from '../../src/eligibility/index.js';
import { withinBudget } from '../support/property.js';
import { chain, nested, sample, type Loose } from './support.js';

/** The sample with one change, used without validation: what evaluate does on data nobody checked. */
const unchecked = (change: (d: Loose) => void): Definition => {
  const d = sample();
  change(d);
  return d as unknown as Definition;
};

describe('evaluate: issue 11 regressions', () => {
  it('a 20,000-question chain is validated and evaluated well within budget (it took 9 s)', () => {
    const r = validateDefinition(chain(20_000));
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).to.be.true;
    if (!r.ok) return;
    const all: Answers = Object.fromEntries(r.definition.questions.map((q) => [q.id, 'yes']));
    // Linear: ~20–40 ms here on an idle machine, 9 s when it was quadratic. The bound sits far
    // from both, so a busy CI machine (104 ms seen twice under load) cannot fail it, and a
    // quadratic evaluate still does.
    const LINEAR_MS = 2_000;
    const done = withinBudget(() => evaluate(r.definition, all), 'evaluate over 20,000 questions', LINEAR_MS);
    expect(done.type === 'outcome' && done.path.length).to.equal(20_000);
    const half = { ...all };
    delete half.q10000;
    const asked = withinBudget(() => evaluate(r.definition, half), 'evaluate over 10,000 questions', LINEAR_MS);
    expect(asked.type === 'question' && asked.question.id).to.equal('q10000');
  });

  it('answers inherited through the prototype are ignored', () => {
    const d = sample() as unknown as Definition;
    const inherited = Object.create({ colour: 'blue' }) as Answers;
    const r = evaluate(d, inherited);
    expect(r.type === 'question' && r.question.id).to.equal('colour');
    expect(checkAnswers(d, inherited)).to.be.null;
    const polluted = Object.create({ colour: 'red', age: 40 }) as Answers;
    polluted.colour = 'red';
    const r2 = evaluate(d, polluted);
    expect(r2.type === 'question' && r2.question.id).to.equal('age');
  });

  it('an own "__proto__" or "constructor" answer is an unknown answer, not a prototype', () => {
    const d = sample() as unknown as Definition;
    expect(checkAnswers(d, JSON.parse('{"__proto__": {"colour": "blue"}}'))).to.equal(
      'answers.__proto__: there is no question "__proto__" in sample',
    );
    expect(evaluate(d, { constructor: 'red' } as unknown as Answers)).to.deep.equal({
      type: 'error',
      problem: 'answers.constructor: there is no question "constructor" in sample',
    });
  });

  it('a string "in" never matches by substring, even in a definition nobody validated', () => {
    const condition = { answer: 'colour', in: 'bred' } as unknown as Condition;
    expect(holds(condition, { colour: 'red' }, {})).to.be.false;
    const d = unchecked((d) => (d.questions[1].routes[0].when = condition));
    const r = evaluate(d, { colour: 'red', age: 30 });
    expect(r).to.deep.equal({ type: 'error', problem: 'a route condition of "age" is not well formed' });
    expect(holds({ answer: 'colour', in: ['red', 'blue'] }, { colour: 'red' }, {})).to.be.true;
    expect(holds({ answer: 'colour', in: ['reddish'] }, { colour: 'red' }, {})).to.be.false;
  });

  it('an unknown operator never silently evaluates: holds is false and evaluate says so', () => {
    const condition = { answer: 'age', matches: 30 } as unknown as Condition;
    expect(holds(condition, { age: 30 }, {})).to.be.false;
    expect(holds({ not: condition }, { age: 30 }, {})).to.be.false;
    const d = unchecked((d) => (d.questions[1].routes[0].when = condition));
    expect(evaluate(d, { colour: 'red', age: 30 }).type).to.equal('error');
  });

  it('broken definitions nobody validated give an error value, never an exception', () => {
    const broken: [string, (d: Loose) => void][] = [
      ['routes: [null]', (d) => (d.questions[1].routes = [null])],
      ['when: { not: null }', (d) => (d.questions[1].routes[0].when = { not: null })],
      ['{ all: 5 }', (d) => (d.questions[1].routes[0].when = { all: 5 })],
      ['20,000-deep nesting', (d) => (d.questions[1].routes[0].when = nested(20_000))],
      ['questions: null', (d) => (d.questions = null)],
      ['options: 5', (d) => (d.questions[0].options = 5)],
      ['a loop', (d) => (d.questions[1].routes = [{ next: 'colour' }])],
      ['a dead end', (d) => (d.questions[1].routes = [])],
      ['settings of the wrong type', (d) => (d.settings = { strict: null })],
    ];
    for (const [what, change] of broken) {
      const r = evaluate(unchecked(change), { colour: 'red', age: 30 });
      expect(r.type, what).to.equal('error');
    }
  });

  it('checkAnswers checks real calendar dates and number ranges', () => {
    const d = unchecked((d) => {
      d.questions[1] = {
        ...d.questions[1],
        id: 'born',
        kind: 'date',
        routes: [{ when: { answer: 'born', before: '2008-09-01' }, outcome: 'yes' }, { outcome: 'no' }],
      };
      d.questions[0].options[0].next = 'born';
      d.questions.push({ ...sample().questions[1], min: 0, max: 120 });
    });
    expect(checkAnswers(d, { born: '2024-02-30' })).to.equal('answers.born: must be a real date (YYYY-MM-DD)');
    expect(checkAnswers(d, { born: '2023-02-29' })).to.equal('answers.born: must be a real date (YYYY-MM-DD)');
    expect(checkAnswers(d, { born: '2024-13-01' })).to.equal('answers.born: must be a real date (YYYY-MM-DD)');
    expect(checkAnswers(d, { born: '2024-02-29' })).to.be.null;
    expect(checkAnswers(d, { age: 121 })).to.equal('answers.age: must be 120 or less');
    expect(checkAnswers(d, { age: Number.NaN })).to.equal('answers.age: must be a number');
    const r = evaluate(d, { colour: 'red', born: '2000-01-31' });
    expect(r.type === 'outcome' && r.outcome.id).to.equal('yes');
  });

  it('checkbox answers must be a list of offered values, holes and all', () => {
    const d = sample() as unknown as Definition;
    (d.questions[0] as Loose).kind = 'checkboxes';
    const sparse = new Array(2);
    sparse[1] = 'red';
    expect(checkAnswers(d, { colour: sparse })).to.contain('must be a list of one or more of red, blue');
    expect(checkAnswers(d, { colour: [] })).to.contain('must be a list');
    expect(checkAnswers(d, { colour: ['red', 'blue'] })).to.be.null;
  });
});
