/**
 * Shared by the eligibility tests: the bundled definitions, a small sample to break one piece at
 * a time, and fast-check generators for valid definitions, mutated definitions and answers.
 */
import { fc } from '../support/property.js';
import england from '../../src/eligibility/definitions/blue-badge-england.json';
import scotland from '../../src/eligibility/definitions/blue-badge-scotland.json';
import wales from '../../src/eligibility/definitions/blue-badge-wales.json';
import northernIreland from '../../src/eligibility/definitions/blue-badge-northern-ireland.json';
import fsm from '../../src/eligibility/definitions/free-school-meals-england.json';
import councilTax from '../../src/eligibility/definitions/council-tax-england.json';
import fsmStoryCopy from '../../stories/assets/free-school-meals-england.json';

export const bundled: Record<string, unknown> = {
  england,
  scotland,
  wales,
  northernIreland,
  fsm,
  councilTax,
  fsmStoryCopy,
};

/** A definition being broken on purpose, one field at a time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Loose = Record<string, any>;

/** A fresh deep copy of JSON data. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A small valid definition to break one piece at a time. */
export function sample(): Loose {
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

/**
 * A linear definition of `n` yes/no questions, each leading to the next, the last to an outcome:
 * the shape that made evaluate quadratic.
 */
export function chain(n: number): Loose {
  return {
    id: 'chain',
    version: 1,
    title: 'Chain',
    start: { intro: ['Intro'], youNeed: ['Nothing'], time: '1 minute' },
    firstQuestion: 'q0',
    questions: Array.from({ length: n }, (_, i) => ({
      id: `q${i}`,
      kind: 'radios',
      text: `Question ${i}?`,
      summary: `Question ${i}`,
      errors: { required: 'Select yes' },
      options: [{ value: 'yes', text: 'Yes', ...(i + 1 < n ? { next: `q${i + 1}` } : { outcome: 'done' }) }],
    })),
    outcomes: [{ id: 'done', kind: 'eligible', title: 'Done', body: ['Done'] }],
    criteria: [],
  };
}

/** A condition nested `depth` levels deep (`not` inside `not`, or `all: [ … ]` inside `all`). */
export function nested(depth: number, via: 'not' | 'all' = 'not'): unknown {
  let c: unknown = { answer: 'colour', is: 'red' };
  for (let i = 0; i < depth; i++) c = via === 'not' ? { not: c } : { all: [c] };
  return c;
}

/** Ids that are also names on Object.prototype or otherwise special to JavaScript objects. */
export const PROTOTYPE_IDS = ['constructor', 'tostring', 'valueof', 'hasownproperty', 'prototype', 'length'];
/** Keys that are special to objects: used for answers, setting names and option values. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype'];

/** Strings that should never become a link, and some near misses that should. */
export const HOSTILE_STRINGS = [
  'javascript:alert(1)',
  ' JaVa\tScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https://',
  'https:// example.org',
  ' https://example.org',
  'https://exa\u0001mple.org',
  'http://example.org',
  '//example.org',
  '/relative',
  'mailto:a@example.org',
  'https://example.org/ok',
  '',
  ' ',
  '2024-02-30',
  '2023-02-29',
  '2024-02-29',
  '__proto__',
  'constructor',
  'toString',
];

/** Values a careless editor or an attacker might put anywhere in a definition. */
export const NASTY_VALUES: unknown[] = [
  null,
  0,
  -1,
  5,
  1e308,
  true,
  [],
  {},
  [null],
  { not: null },
  { all: 5 },
  { any: [] },
  { answer: 'colour' },
  { answer: 'colour', matches: 'red' },
  { answer: 'colour', in: 'red' },
  { answer: 'colour', is: 'red', in: ['red'] },
  { setting: 'strict', in: ['yes'] },
  { answer: 'constructor', is: 'x' },
  ...HOSTILE_STRINGS,
];

// ---- mutations -----------------------------------------------------------------------------

type Segment = string | number;

/** Every path to a value in JSON data (objects and arrays included), root first. */
export function paths(value: unknown, prefix: Segment[] = [], out: Segment[][] = []): Segment[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const k of Object.keys(value)) paths((value as Loose)[k], [...prefix, k], out);
  return out;
}

function parentOf(root: unknown, path: Segment[]): [Loose | unknown[], Segment] | null {
  if (path.length === 0) return null;
  let node = root as Loose;
  for (const s of path.slice(0, -1)) node = node[s as string];
  return [node, path[path.length - 1]];
}

const setOwn = (o: Loose, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

export type Mutation =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: unknown }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; other: number };

/** Applies mutations in turn to a copy of `base` (each picks its path by index, modulo). */
export function mutate(base: unknown, mutations: Mutation[]): unknown {
  const root = { value: copy(base) } as Loose;
  for (const m of mutations) {
    const all = paths(root.value, ['value']);
    const path = all[m.at % all.length];
    const [parent, key] = parentOf(root, path)!;
    if (m.op === 'set') {
      if (Array.isArray(parent)) parent[key as number] = m.value;
      else setOwn(parent, key as string, m.value);
    } else if (m.op === 'delete') {
      if (key === 'value') continue;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Loose)[key as string];
    } else if (m.op === 'add') {
      const target = (parent as Loose)[key as string];
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) setOwn(target, m.key, m.value);
      else if (Array.isArray(target)) target.push(m.value);
    } else if (m.op === 'duplicate') {
      if (Array.isArray(parent)) parent.splice(key as number, 0, copy(parent[key as number]));
    } else {
      const other = all[m.other % all.length];
      const [p2, k2] = parentOf(root, other)!;
      const a = (parent as Loose)[key as string];
      const b = (p2 as Loose)[k2 as string];
      // Swapping a value into its own descendant would make a cycle: skip those.
      if (other.join('\u0000').startsWith(path.join('\u0000')) || path.join('\u0000').startsWith(other.join('\u0000')))
        continue;
      (parent as Loose)[key as string] = b;
      (p2 as Loose)[k2 as string] = a;
    }
  }
  return root.value;
}

const FIELD_NAMES = [
  'foo',
  'when',
  'next',
  'outcome',
  'criteria',
  'hint',
  'in',
  'is',
  'not',
  'all',
  'any',
  'answer',
  'setting',
  'link',
  'href',
  'source',
  'min',
  'max',
  'options',
  'routes',
  ...PROTOTYPE_KEYS,
];

/** A small JSON value, a nasty one, or an id that exists somewhere in the sample definitions. */
export const anyValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_VALUES) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('colour', 'age', 'yes', 'no', 'red', 'blue', 'adult', 'is-blue', 'strict'),
    },
  );

export const mutation = (): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: anyValue() }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({
      op: fc.constant('add' as const),
      at: fc.nat(),
      key: fc.constantFrom(...FIELD_NAMES),
      value: anyValue(),
    }),
    fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  );

/** A valid definition (the sample or a bundled one) with one to three mutations. */
export const mutatedDefinition = (): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      fc.constantFrom<unknown>(sample(), ...Object.values(bundled)),
      fc.array(mutation(), { minLength: 1, maxLength: 3 }),
    )
    .map(([base, ms]) => mutate(base, ms));

// ---- valid definitions -----------------------------------------------------------------------

const KINDS = ['radios', 'checkboxes', 'number', 'date'] as const;
type Kind = (typeof KINDS)[number];
const OPTION_VALUES = ['yes', 'no', 'maybe', '__proto__', 'constructor', 'toString'];
const SAFE_LINKS = ['https://example.org/', 'https://www.gov.uk/apply-blue-badge', 'https://example.org/a?b=c#d'];

interface Shape {
  kinds: Kind[];
  optionCounts: number[];
  outcomes: number;
  criteria: number;
  settings: boolean;
  idPool: boolean;
}

/**
 * Valid definitions of every shape: 1–7 questions of every kind, options that lead on or not,
 * routes with conditions of every operator (nested up to three levels through all/any/not),
 * settings, criteria, links, and ids and values named like Object.prototype's members. Each
 * question leads forward only, and a default route at every question keeps every answer going.
 */
export const validDefinition = (): fc.Arbitrary<Loose> =>
  fc
    .record({
      kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 7 }),
      optionCounts: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 7, maxLength: 7 }),
      outcomes: fc.integer({ min: 1, max: 4 }),
      criteria: fc.integer({ min: 0, max: 3 }),
      settings: fc.boolean(),
      idPool: fc.boolean(),
    })
    .chain((shape) => fc.infiniteStream(fc.nat()).map((stream) => build(shape, stream[Symbol.iterator]())));

function build(shape: Shape, random: Iterator<number>): Loose {
  const pick = (n: number) => (random.next().value as number) % n;
  const qIds = shape.kinds.map((_, i) => (shape.idPool && i < PROTOTYPE_IDS.length ? PROTOTYPE_IDS[i] : `q-${i}`));
  const oIds = Array.from({ length: shape.outcomes }, (_, i) =>
    shape.idPool ? ['constructor', 'tostring', 'o-2', 'o-3'][i] : `o-${i}`,
  );
  const cIds = Array.from({ length: shape.criteria }, (_, i) =>
    shape.idPool ? ['valueof', 'constructor', 'c-2'][i] : `c-${i}`,
  );
  const settingName = shape.idPool ? 'toString' : 'mode';
  const settings = shape.settings
    ? { [settingName]: { description: 'A setting', default: 'a', allowed: ['a', 'b'] } }
    : undefined;
  const optionValues = shape.kinds.map((_, i) => OPTION_VALUES.slice(0, shape.optionCounts[i]));
  const criteria = () => (cIds.length && pick(2) ? { criteria: [cIds[pick(cIds.length)]] } : {});
  const date = () => `20${String(10 + pick(20))}-0${1 + pick(9)}-${String(10 + pick(18))}`;

  /** A condition on question `upTo` or an earlier one, or on the setting. */
  const condition = (upTo: number, depth = 0): Loose => {
    const choice = pick(depth < 3 ? 7 : 4);
    if (choice === 4) return { all: [condition(upTo, depth + 1), condition(upTo, depth + 1)] };
    if (choice === 5) return { any: [condition(upTo, depth + 1)] };
    if (choice === 6) return { not: condition(upTo, depth + 1) };
    if (choice === 3 && settings) return { setting: settingName, is: ['a', 'b'][pick(2)] };
    const q = pick(upTo + 1);
    const values = optionValues[q];
    switch (shape.kinds[q]) {
      case 'radios':
        return pick(2)
          ? { answer: qIds[q], is: values[pick(values.length)] }
          : { answer: qIds[q], in: values.slice(0, 1 + pick(values.length)) };
      case 'checkboxes':
        return pick(2)
          ? { answer: qIds[q], includes: values[pick(values.length)] }
          : { answer: qIds[q], includesAny: values.slice(0, 1 + pick(values.length)) };
      case 'number':
        return [
          { answer: qIds[q], atLeast: pick(100) },
          { answer: qIds[q], lessThan: pick(100) },
          { answer: qIds[q], is: pick(100) },
          { answer: qIds[q], in: [pick(100), pick(100)] },
        ][pick(4)];
      default:
        return [
          { answer: qIds[q], before: date() },
          { answer: qIds[q], onOrAfter: date() },
          { answer: qIds[q], is: '2024-02-29' },
        ][pick(3)];
    }
  };
  const last = shape.kinds.length - 1;
  /** Forward only: a later question, or an outcome. */
  const lead = (i: number): Loose =>
    i < last && pick(3) ? { next: qIds[i + 1 + pick(last - i)] } : { outcome: oIds[pick(oIds.length)] };

  const questions = shape.kinds.map((kind, i) => {
    const q: Loose = {
      id: qIds[i],
      kind,
      text: `Question ${i}?`,
      summary: `Question ${i}`,
      errors: { required: 'Answer the question' },
    };
    if (kind === 'number' || kind === 'date') q.errors.invalid = 'Enter a real answer';
    if (kind === 'number' && pick(2)) Object.assign(q, { min: 0, max: 1000, prefix: '£', suffix: 'a year' });
    if (kind === 'radios' || kind === 'checkboxes')
      q.options = optionValues[i].map((value, j) => ({
        value,
        text: `Option ${value}`,
        ...(j > 0 && pick(3) === 0 && i > 0 ? { when: condition(i - 1) } : {}),
        ...(kind === 'radios' && pick(2) ? { ...lead(i), ...criteria() } : {}),
      }));
    const routes: Loose[] = [];
    for (let r = pick(3); r > 0; r--) routes.push({ when: condition(i), ...lead(i), ...criteria() });
    // The default route: the next question (so every question is asked on some path), or an outcome.
    routes.push({ ...(i < last ? { next: qIds[i + 1] } : { outcome: oIds[0] }), ...criteria() });
    q.routes = routes;
    return q;
  });
  // Every outcome reached: the last question offers a conditional route to each one.
  questions[last].routes.splice(-1, 0, ...oIds.slice(1).map((o) => ({ when: condition(last), outcome: o })));
  const definition: Loose = {
    id: 'generated',
    version: 1,
    title: 'Generated',
    start: { intro: ['Intro'], youNeed: ['Nothing'], time: '1 minute' },
    firstQuestion: qIds[0],
    questions,
    outcomes: oIds.map((id, i) => ({
      id,
      kind: ['eligible', 'may-be-eligible', 'not-eligible', 'different-service'][i],
      title: `Outcome ${id}`,
      body: ['Body'],
      ...(pick(2) ? { link: { href: SAFE_LINKS[pick(SAFE_LINKS.length)], text: 'Somewhere else' } } : {}),
      ...(pick(2) ? { apply: true, haveReady: ['Proof'] } : {}),
    })),
    criteria: cIds.map((id) => ({ id, text: `Criterion ${id}`, source: SAFE_LINKS[pick(SAFE_LINKS.length)] })),
  };
  if (settings) definition.settings = settings;
  if (pick(2)) definition.facts = [{ label: 'Fee', value: '£10', source: SAFE_LINKS[0] }];
  return definition;
}

/** Answers of every kind a page might hand over: right, wrong, inherited, prototype-named. */
export const anyAnswers = (ids: string[]): fc.Arbitrary<Loose> =>
  fc
    .tuple(
      fc.dictionary(fc.constantFrom(...ids, ...PROTOTYPE_KEYS, 'nope'), anyAnswerValue(), { maxKeys: 8 }),
      fc.dictionary(fc.constantFrom(...ids, ...PROTOTYPE_KEYS), anyAnswerValue(), { maxKeys: 3 }),
      fc.boolean(),
    )
    .map(([own, inherited, useProto]) => {
      const answers = useProto ? (Object.create(inherited) as Loose) : {};
      for (const [k, v] of Object.entries(own)) setOwn(answers, k, v);
      return answers;
    });

const anyAnswerValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(...OPTION_VALUES, '2024-02-30', '2024-02-29', '2024-13-01', 'red', '', 7399, 16190, -1, 1e300),
    fc.array(fc.constantFrom(...OPTION_VALUES, 'none', 7), { maxLength: 4 }),
    fc.anything({ maxDepth: 2 }),
  );

// ---- version 2 -------------------------------------------------------------------------------

/** Text in English and (pretend) Welsh. */
export const both = (en: string) => ({ en, cy: `CY ${en}` });

/**
 * A small version 2 definition using every new part: languages, audience variants, derived values
 * (sum, difference, age on "today"), number and date settings, a comparison with a setting,
 * several outcomes with "otherwise", and a fact for one route.
 */
export function sampleV2(): Loose {
  return {
    id: 'household',
    version: 2,
    languages: ['en', 'cy'],
    audience: { answer: 'who', values: { me: 'self', other: 'someone-else' } },
    title: both('Household'),
    resultsHeading: both('What you can get'),
    start: { intro: [both('Intro')], youNeed: [both('Nothing')], time: both('1 minute') },
    facts: [{ label: both('Discount'), value: both('25%'), when: { derived: 'counted', is: 1 } }],
    settings: {
      limit: { description: 'Care leavers up to this age', type: 'number', default: 25, min: 18, max: 25 },
      from: { description: 'Scheme start', type: 'date', default: '2026-04-01', min: '2020-01-01' },
    },
    derived: [
      { id: 'adults', sum: [{ answer: 'workers' }, { answer: 'students', default: 0 }] },
      { id: 'counted', difference: [{ derived: 'adults' }, { answer: 'students', default: 0 }] },
      { id: 'age', age: { born: { answer: 'born' }, on: 'today' } },
    ],
    firstQuestion: 'who',
    questions: [
      {
        id: 'who',
        kind: 'radios',
        text: both('Who are you checking for?'),
        summary: both('Checking for'),
        changeLabel: both('who you are checking for'),
        errors: { required: both('Select who') },
        options: [
          { value: 'me', text: both('Me'), next: 'workers' },
          { value: 'other', text: both('Someone else'), next: 'workers' },
        ],
      },
      {
        id: 'workers',
        kind: 'number',
        text: { self: both('How many adults work?'), 'someone-else': both('How many adults in their home work?') },
        summary: both('Working adults'),
        errors: { required: both('Enter a number'), invalid: both('Enter a number, like 2') },
        min: 0,
        max: 20,
        routes: [{ when: { answer: 'workers', atMost: 3 }, next: 'students' }, { next: 'born' }],
      },
      {
        id: 'students',
        kind: 'number',
        text: both('How many adults are students?'),
        summary: both('Students'),
        errors: { required: both('Enter a number'), invalid: both('Enter a number, like 2') },
        min: 0,
        routes: [{ next: 'born' }],
      },
      {
        id: 'born',
        kind: 'date',
        text: { self: both('What is your date of birth?'), 'someone-else': both('What is their date of birth?') },
        summary: both('Date of birth'),
        errors: { required: both('Enter a date'), invalid: both('Enter a real date') },
        routes: [
          {
            outcomes: [
              { when: { derived: 'counted', is: 1 }, outcome: 'single', criteria: ['one-adult'] },
              { when: { derived: 'age', lessThan: { setting: 'limit' } }, outcome: 'young', criteria: ['young'] },
              { otherwise: true, outcome: 'none' },
            ],
          },
        ],
      },
    ],
    outcomes: [
      {
        id: 'single',
        kind: 'eligible',
        title: { self: both('You get 25% off'), 'someone-else': both('They get 25% off') },
        whyHeading: both('Why you get a discount'),
        body: [both('Apply to {council}.')],
      },
      { id: 'young', kind: 'eligible', title: both('Care leaver discount'), body: [both('Local scheme.')] },
      {
        id: 'none',
        kind: 'not-eligible',
        title: both('No discount'),
        body: [both('Nothing found.')],
        nextSteps: [both('Contact {council}.')],
        help: [{ href: 'https://www.gov.uk/council-tax', text: both('Council Tax on GOV.UK') }],
      },
    ],
    criteria: [
      {
        id: 'one-adult',
        text: { self: both('You are the only adult counted'), 'someone-else': both('They are the only adult counted') },
        source: 'https://www.legislation.gov.uk/ukpga/1992/14/section/11',
        guidance: { href: 'https://www.gov.uk/council-tax/who-has-to-pay', text: both('Who has to pay') },
      },
      { id: 'young', text: both('You are under the scheme’s age limit'), source: 'https://example.org/scheme' },
    ],
  };
}
