/**
 * Personas: people whose answers must lead to a known result, one file per definition in
 * test/eligibility/personas/ (the format `ldc-definition test` reads, documented in
 * src/eligibility/personas.ts). Each runs through the same engine code as the checker and the
 * CLI; a persona fails when its outcome or deciding criteria differ, when its journey stops at an
 * unanswered question, or when one of its answers is never asked on its journey.
 */
import { expect } from '@open-wc/testing';
import { readPersonas, runPersona, validateDefinition, type Definition } from '../../src/eligibility/index.js';
import england from '../../src/eligibility/definitions/blue-badge-england.json';
import scotland from '../../src/eligibility/definitions/blue-badge-scotland.json';
import wales from '../../src/eligibility/definitions/blue-badge-wales.json';
import northernIreland from '../../src/eligibility/definitions/blue-badge-northern-ireland.json';
import fsm from '../../src/eligibility/definitions/free-school-meals-england.json';
import councilTax from '../../src/eligibility/definitions/council-tax-england.json';
import englandPersonas from './personas/blue-badge-england.json';
import scotlandPersonas from './personas/blue-badge-scotland.json';
import walesPersonas from './personas/blue-badge-wales.json';
import northernIrelandPersonas from './personas/blue-badge-northern-ireland.json';
import fsmPersonas from './personas/free-school-meals-england.json';
import councilTaxPersonas from './personas/council-tax-england.json';

const sets: [string, unknown, unknown][] = [
  ['Blue Badge, England', england, englandPersonas],
  ['Blue Badge, Scotland', scotland, scotlandPersonas],
  ['Blue Badge, Wales', wales, walesPersonas],
  ['Blue Badge, Northern Ireland', northernIreland, northernIrelandPersonas],
  ['Free school meals (England)', fsm, fsmPersonas],
  ['Council Tax discounts and exemptions (England)', councilTax, councilTaxPersonas],
];

for (const [name, value, file] of sets) {
  describe(`personas: ${name}`, () => {
    const checked = validateDefinition(value);
    const read = readPersonas(file);
    it('the definition and the personas file are valid', () => {
      expect(checked.ok, JSON.stringify(!checked.ok && checked.problems)).to.be.true;
      expect(read.ok, JSON.stringify(!read.ok && read.problems)).to.be.true;
    });
    if (!checked.ok || !read.ok) return;
    const definition: Definition = checked.definition;
    for (const persona of read.personas) {
      const expected = persona.expect.outcomes?.join(' + ') ?? persona.expect.outcome;
      it(`${persona.name} → ${expected}`, () => {
        const run = runPersona(definition, persona);
        expect(run.problems).to.deep.equal([]);
        expect(run.outcomes).to.deep.equal(persona.expect.outcomes ?? [persona.expect.outcome]);
        expect(run.passed).to.be.true;
      });
    }
    it('every outcome is the result of at least one persona', () => {
      const reached = new Set(read.personas.flatMap((p) => runPersona(definition, p).outcomes));
      expect(definition.outcomes.map((o) => o.id).filter((id) => !reached.has(id))).to.deep.equal([]);
    });
  });
}

describe('runPersona cannot pass by accident', () => {
  const d = validateDefinition(england);
  if (!d.ok) throw new Error('England is not valid');
  const base = { applicant: 'myself', age: '3-or-over', benefits: ['wpms'] };
  it('a different outcome fails', () => {
    const run = runPersona(d.definition, { name: 'x', answers: base, expect: { outcome: 'not-eligible' } });
    expect([run.passed, run.problems]).to.deep.equal([false, ['expected not-eligible, got eligible']]);
  });
  it('different criteria fail', () => {
    const run = runPersona(d.definition, {
      name: 'x',
      answers: base,
      expect: { outcome: 'eligible', criteria: ['registered-blind'] },
    });
    expect(run.passed).to.be.false;
    expect(run.problems[0]).to.contain(
      'expected criteria [registered-blind], got [war-pensioners-mobility-supplement]',
    );
  });
  it('an answer the journey never asks fails (a typo, or an answer that no longer matters)', () => {
    const run = runPersona(d.definition, {
      name: 'x',
      answers: { ...base, walking: ['none'] },
      expect: { outcome: 'eligible' },
    });
    expect(run.problems).to.deep.equal(['answer "walking" is never asked on this journey']);
  });
  it('a journey that stops at a question fails', () => {
    const run = runPersona(d.definition, {
      name: 'x',
      answers: { applicant: 'myself' },
      expect: { outcome: 'eligible' },
    });
    expect(run.problems).to.deep.equal(['stops at question "age": the persona has no answer for it']);
  });
  it('answers the definition cannot take fail', () => {
    const run = runPersona(d.definition, {
      name: 'x',
      answers: { applicant: 'martian' },
      expect: { outcome: 'eligible' },
    });
    expect(run.problems[0]).to.contain('the answers cannot be evaluated: answers.applicant: must be one of');
  });
  it('a malformed personas file names each problem', () => {
    const r = readPersonas({
      personas: [{ name: '', answers: 5, expect: { outcome: 'x', outcomes: ['y'] }, colour: 'red' }],
    });
    expect(!r.ok && r.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'personas[0].name: must be a non-empty string',
      'personas[0].answers: must be an object of answers by question id',
      'personas[0].expect: needs exactly one of "outcome" or "outcomes"',
      'personas[0].colour: is not a field of a persona',
    ]);
  });
});
