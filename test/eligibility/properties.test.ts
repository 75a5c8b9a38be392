/**
 * Property-based tests (fast-check) for the eligibility engine: validateDefinition, evaluate and
 * checkAnswers. Each property runs RUNS (300) generated inputs; the number is in each title.
 * Tallies (inputs, unexpected exceptions, hangs, wrong acceptances) are logged at the end.
 */
import { expect } from '@open-wc/testing';
import schemaAccepts from '../../src/eligibility/definition.validator.generated.js';
import { safeUrl } from '../../src/core/url-policy.js';
import {
  checkAnswers,
  evaluate,
  validateDefinition,
  offeredFor,
  type Answers,
  type Definition,
  type DefinitionCheck,
  type Evaluation,
} from '../../src/eligibility/index.js';
import { check, fc, RUNS, withinBudget } from '../support/property.js';
import {
  anyAnswers,
  bundled,
  copy,
  HOSTILE_STRINGS,
  mutatedDefinition,
  nested,
  sample,
  validDefinition,
  type Loose,
} from './support.js';

// The schema side of the agreement is definition.schema.json as Ajv compiles it: the standalone
// validator generated from it, called directly on the value given. (Compiling the schema with
// Ajv here is not possible: Ajv requires its JSON meta-schemas, and the test server's CommonJS
// proxies for them are handed to esbuild's JSON loader, so Ajv does not load in the test page.)
// `node scripts/build-validators.mjs --check`, part of npm run lint, fails when the generated
// file is not exactly what Ajv compiles from the schema now, so this is the schema. What this
// proves beyond that: validateDefinition never accepts a value the schema rejects, whatever its
// own copying and semantic checks do.

interface Tally {
  inputs: number;
  exceptions: number;
  hangs: number;
  wrongAcceptances: number;
  accepted: number;
}
const tallies: Record<string, Tally> = {};
const tally = (name: string): Tally =>
  (tallies[name] ??= { inputs: 0, exceptions: 0, hangs: 0, wrongAcceptances: 0, accepted: 0 });

/** Runs `call` within the budget, counting an exception or a hang before rethrowing it. */
function counted<T>(t: Tally, what: string, call: () => T): T {
  t.inputs++;
  try {
    return withinBudget(call, what);
  } catch (e) {
    if (e instanceof Error && / took \d+ ms twice /.test(e.message)) t.hangs++;
    else t.exceptions++;
    throw e;
  }
}

/** The result has the documented shape: ok with a definition, or problems with path and message. */
function expectCheckShape(r: DefinitionCheck): void {
  if (r.ok) {
    expect(r.definition).to.be.an('object');
    return;
  }
  expect(r.problems).to.be.an('array').that.is.not.empty;
  expect(r.problem).to.equal(r.problems[0]);
  for (const p of r.problems) {
    expect(p.path).to.be.a('string').that.is.not.empty;
    expect(p.message).to.be.a('string').that.is.not.empty;
  }
}

/** Every address an accepted definition can render is an https link the URL policy allows. */
function expectSafeLinks(d: Definition): void {
  const hrefs = [
    ...d.outcomes.flatMap((o) => (o.link ? [o.link.href] : [])),
    ...d.criteria.map((c) => c.source),
    ...(d.facts ?? []).flatMap((f) => (f.source ? [f.source] : [])),
  ];
  for (const href of hrefs) {
    expect(safeUrl(href, 'link'), href).to.equal(href);
    expect(href.startsWith('https://'), href).to.be.true;
  }
}

/** validateDefinition within budget, never throwing, agreeing with the schema on JSON values. */
function validateAndCompare(t: Tally, value: unknown, json: boolean): DefinitionCheck {
  const r = counted(t, 'validateDefinition', () => validateDefinition(value));
  expectCheckShape(r);
  if (r.ok) {
    t.accepted++;
    // Accepted by validateDefinition ⇒ accepted by the schema (equivalently: whatever the schema
    // rejects, validateDefinition rejects).
    if (json && !schemaAccepts(value)) {
      t.wrongAcceptances++;
      throw new Error(`accepted what the schema rejects: ${JSON.stringify(schemaAccepts.errors?.slice(0, 3))}`);
    }
    expectSafeLinks(r.definition);
  }
  return r;
}

describe('validateDefinition: property-based', function () {
  this.timeout(120_000);

  it(`arbitrary JSON values (${RUNS} inputs): never throws, within budget, never accepts what the schema rejects`, () => {
    const t = tally('validateDefinition: arbitrary JSON');
    check(fc.property(fc.jsonValue(), (value) => void validateAndCompare(t, value, true)));
  });

  it(`arbitrary JavaScript values (${RUNS} inputs): getters, class instances, sparse arrays, null prototypes, bigints — never throws`, () => {
    const t = tally('validateDefinition: arbitrary JS values');
    const anything = fc.anything({
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
    });
    check(
      fc.property(
        fc.oneof(
          anything,
          anything.map((a) => ({ ...sample(), questions: a })),
          anything.map((a) => ({ ...sample(), settings: a })),
        ),
        (value) => void validateAndCompare(t, value, false),
      ),
    );
  });

  it(`mutated valid definitions (${RUNS} inputs): never throws, within budget, agrees with the schema, links pass the URL policy`, () => {
    const t = tally('validateDefinition: mutated definitions');
    check(fc.property(mutatedDefinition(), (value) => void validateAndCompare(t, value, true)));
  });

  it(`a hostile or near-miss address in a random link field (${RUNS} inputs): accepted only when https and within the URL policy`, () => {
    const t = tally('validateDefinition: link fields');
    const bases = [sample(), ...Object.values(bundled)] as Loose[];
    check(
      fc.property(
        fc.constantFrom(...bases),
        fc.nat(),
        fc.oneof(
          fc.constantFrom(...HOSTILE_STRINGS),
          fc.string(),
          fc.webUrl().map((u) => u.replace(/^\w+:/, 'https:')),
        ),
        (base, at, href) => {
          const d = copy(base);
          const fields: ((v: string) => void)[] = [
            ...d.criteria.map((c: Loose) => (v: string) => (c.source = v)),
            ...d.outcomes.map((o: Loose) => (v: string) => (o.link = { href: v, text: 'Elsewhere' })),
            ...(d.facts ?? []).map((f: Loose) => (v: string) => (f.source = v)),
          ];
          fields[at % fields.length](href);
          const r = validateAndCompare(t, d, true);
          if (r.ok) expect(safeUrl(href, 'link')).to.equal(href);
        },
      ),
    );
  });

  it(`deep nesting up to 25,000 levels through not and all (${RUNS} inputs): a problem, never a RangeError`, () => {
    const t = tally('validateDefinition: deep nesting');
    check(
      fc.property(fc.integer({ min: 0, max: 25_000 }), fc.constantFrom<'not' | 'all'>('not', 'all'), (depth, via) => {
        const d = sample();
        d.questions[1].routes[0].when = nested(depth, via);
        d.questions[1].routes[0].when = { all: [d.questions[1].routes[0].when, { answer: 'age', atLeast: 18 }] };
        const r = validateAndCompare(t, d, depth < 200);
        if (depth > 40) expect(r.ok).to.be.false;
      }),
    );
  });

  it(`generated valid definitions (${RUNS} inputs, ids and values named like Object.prototype members): all accepted, as by the schema`, () => {
    const t = tally('validateDefinition: generated valid definitions');
    check(
      fc.property(validDefinition(), (d) => {
        const r = validateAndCompare(t, d, true);
        expect(r.ok, JSON.stringify(!r.ok && r.problems.slice(0, 3))).to.be.true;
      }),
    );
  });
});

const OUTCOME_TYPES = ['question', 'outcome', 'error'];

function expectEvaluation(r: Evaluation, answers: Answers): void {
  expect(OUTCOME_TYPES).to.include(r.type);
  if (r.type === 'error') expect(r.problem).to.be.a('string').that.is.not.empty;
  else {
    // Only own answers decide anything.
    for (const id of r.path) expect(Object.hasOwn(answers, id), `path answer ${id} is own`).to.be.true;
    if (r.type === 'outcome') {
      if (r.outcome.link) expect(safeUrl(r.outcome.link.href, 'link')).to.equal(r.outcome.link.href);
      for (const c of r.criteria) expect(safeUrl(c.source, 'link')).to.equal(c.source);
    }
  }
}

/** Valid definitions, generated and bundled, each validated (and so frozen plain data). */
const definitions = (): fc.Arbitrary<Definition> =>
  fc.oneof(validDefinition(), fc.constantFrom(...(Object.values(bundled) as Loose[]))).map((d) => {
    const r = validateDefinition(d);
    if (!r.ok) throw new Error(`generator made an invalid definition: ${JSON.stringify(r.problems.slice(0, 3))}`);
    return r.definition;
  });

describe('evaluate and checkAnswers: property-based', function () {
  this.timeout(120_000);

  it(`valid definitions with arbitrary answers (${RUNS} inputs: wrong types, unknown ids, __proto__, inherited): a question, outcome or error, never an exception`, () => {
    const t = tally('evaluate: arbitrary answers');
    check(
      fc.property(
        definitions().chain((d) => fc.tuple(fc.constant(d), anyAnswers(d.questions.map((q) => q.id)))),
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxKeys: 3 }),
        ([d, answers], settings) => {
          const r = counted(t, 'evaluate', () => evaluate(d, answers as Answers, settings));
          expectEvaluation(r, answers as Answers);
          const problem = counted(t, 'checkAnswers', () => checkAnswers(d, answers));
          expect(problem === null || typeof problem === 'string').to.be.true;
          // Inherited answers are never used: the same own answers alone give the same result.
          const own: Answers = {};
          for (const k of Object.keys(answers))
            Object.defineProperty(own, k, { value: answers[k], enumerable: true, writable: true, configurable: true });
          expect(evaluate(d, own, settings)).to.deep.equal(r);
        },
      ),
    );
  });

  it(`valid definitions with answers that are not objects at all (${RUNS} inputs): an error value`, () => {
    const t = tally('evaluate: non-object answers');
    check(
      fc.property(
        definitions(),
        fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true }),
        (d, answers) => {
          const r = counted(t, 'evaluate', () => evaluate(d, answers as Answers));
          expect(OUTCOME_TYPES).to.include(r.type);
          counted(t, 'checkAnswers', () => checkAnswers(d, answers));
        },
      ),
    );
  });

  it(`valid definitions answered one valid step at a time (${RUNS} inputs): always reach an outcome, never an error, links within the URL policy`, () => {
    const t = tally('evaluate: valid journeys');
    check(
      fc.property(
        definitions(),
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        fc.boolean(),
        (d, choices, alt) => {
          const settings =
            alt && d.settings
              ? Object.fromEntries(
                  Object.entries(d.settings).map(([k, s]) => [k, s.allowed?.at(-1) ?? s.max ?? s.default]),
                )
              : {};
          const answers: Answers = {};
          for (let step = 0; step <= d.questions.length; step++) {
            const r = counted(t, 'evaluate', () => evaluate(d, answers, settings));
            expect(r.type, JSON.stringify(r).slice(0, 200)).to.not.equal('error');
            expectEvaluation(r, answers);
            if (r.type === 'outcome') return;
            if (r.type !== 'question') return;
            const q = r.question;
            const c = choices[step % choices.length];
            const values = offeredFor(d, q, answers, settings).map((o) => o.value);
            const value =
              q.kind === 'radios'
                ? values[c % values.length]
                : q.kind === 'checkboxes'
                  ? values.filter((_, i) => i === c % values.length || (c >> (i + 2)) & 1)
                  : q.kind === 'number'
                    ? Math.min(q.max ?? 1e6, Math.max(q.min ?? 0, c % 200))
                    : `20${10 + (c % 20)}-0${1 + (c % 9)}-1${c % 10}`;
            Object.defineProperty(answers, q.id, { value, enumerable: true, writable: true, configurable: true });
          }
          throw new Error('no outcome after every question was answered');
        },
      ),
    );
  });
});

after(() => {
  // The closing counts for issue 11: inputs per property, unexpected exceptions, hangs, wrong acceptances.
  for (const [name, t] of Object.entries(tallies))
    console.log(
      `[eligibility properties] ${name}: ${t.inputs} calls, ${t.exceptions} unexpected exceptions, ${t.hangs} hangs, ` +
        `${t.wrongAcceptances} wrong acceptances, ${t.accepted} accepted`,
    );
});
