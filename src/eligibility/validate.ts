import { safeUrl } from '../core/url-policy.js';
import { ANSWER_OPERATORS, COMBINATORS, SUBJECTS } from './conditions.js';
import { isRealDate } from './dates.js';
import schemaValidator, { type SchemaError } from './definition.validator.generated.js';
import { settingAccepts } from './evaluate.js';
import { forEachText } from './text-fields.js';
import type { Condition, Definition, Derived, Question, Route, SettingDefinition, Transition } from './types.js';

export interface DefinitionProblem {
  /** Where, JSON-ish: `questions[3].options[1].next`, or `(root)`. */
  path: string;
  message: string;
}
export type DefinitionCheck =
  | { ok: true; definition: Definition }
  | { ok: false; problems: DefinitionProblem[]; /** The first of `problems`. */ problem: DefinitionProblem };

/**
 * Deepest nesting of arrays and objects a definition may use. The bundled ones use 10; a
 * condition can still nest about a dozen all/any levels. Checked without recursion, before
 * anything else reads the value, so hostile nesting is a problem and never a stack overflow.
 */
export const MAX_NESTING = 32;
/** Most values (objects, arrays, strings, numbers…) a definition may hold. */
export const MAX_VALUES = 1_000_000;
/** Problems reported at most; the first is what a component shows. */
const MAX_PROBLEMS = 50;

const OPERATORS: readonly string[] = [...ANSWER_OPERATORS, ...COMBINATORS];
const CONDITION_FIELDS = new Set<string>([...SUBJECTS, ...OPERATORS]);

/**
 * Checks a definition when it loads. First the JSON Schema (definition.schema.json, compiled
 * ahead of time by Ajv into definition.validator.generated.js: no eval at run time), then what a
 * schema cannot say: every reference resolves, ids are unique, every question and outcome can be
 * reached, the flow has no cycle and no dead end, dates are real, and links pass the URL policy.
 *
 * Never throws, whatever the value: `{ ok: false, problems }` names each problem's path, e.g.
 * `questions[3].options[1].next: unknown question "pip-points"`. On success `definition` is a
 * frozen copy of the value, made of plain data only (no getters, prototypes or shared parts).
 */
export function validateDefinition(value: unknown): DefinitionCheck {
  try {
    const copied = plainCopy(value);
    if ('problem' in copied) return failed([copied.problem]);
    const data = copied.value;
    if (!schemaValidator(data)) return failed(schemaProblems(schemaValidator.errors ?? [], data));
    const definition = data as Definition;
    const problems = semanticProblems(definition);
    if (problems.length) return failed(problems);
    return { ok: true, definition: deepFreeze(definition) };
  } catch (e) {
    // Not expected on a plain copy; kept so that no input can make validation throw.
    return failed([{ path: '(root)', message: `could not be checked (${e instanceof Error ? e.name : 'error'})` }]);
  }
}

function failed(problems: DefinitionProblem[]): DefinitionCheck {
  const list = problems.slice(0, MAX_PROBLEMS);
  return { ok: false, problems: list, problem: list[0] };
}

// ---- paths ----------------------------------------------------------------------------------

type Segment = string | number;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `questions[3].options[1].next`; keys that are not identifiers are quoted: `settings["a b"]`. */
export function formatPath(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out || '(root)';
}

/** A JSON Pointer (`/questions/3/next`) as segments, numbers where the data holds an array. */
function pointerSegments(pointer: string, data: unknown): Segment[] {
  if (!pointer) return [];
  const segments: Segment[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node) && /^\d+$/.test(key)) {
      segments.push(Number(key));
      node = node[Number(key)];
    } else {
      segments.push(key);
      node = isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
    }
  }
  return segments;
}

function at(data: unknown, segments: readonly Segment[]): unknown {
  let node = data;
  for (const s of segments) {
    if (Array.isArray(node) && typeof s === 'number') node = node[s];
    else if (isObject(node) && typeof s === 'string' && Object.hasOwn(node, s)) node = node[s];
    else return undefined;
  }
  return node;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---- a plain, bounded copy ------------------------------------------------------------------

/**
 * Copies the value as JSON data: own enumerable string keys only (inherited properties are not
 * part of a definition), "__proto__" kept as an ordinary own key, and a problem for anything JSON
 * cannot hold (undefined, functions, NaN, class instances), for nesting deeper than MAX_NESTING
 * (a cycle is infinitely deep) or for more than MAX_VALUES values. The recursion stops at
 * MAX_NESTING, so hostile nesting cannot exhaust the stack.
 */
function plainCopy(value: unknown): { value: unknown } | { problem: DefinitionProblem } {
  const path: Segment[] = [];
  let count = 0;
  let found: DefinitionProblem | null = null;
  const fail = (message: string, segments: Segment[] = path): typeof FAILED => {
    found = { path: formatPath(segments), message };
    return FAILED;
  };
  const copy = (from: unknown): unknown => {
    if (++count > MAX_VALUES) return fail(`holds more than ${MAX_VALUES} values`, []);
    if (from === null || typeof from === 'string' || typeof from === 'boolean') return from;
    if (typeof from === 'number') return Number.isFinite(from) ? from : fail('must be a finite number');
    if (typeof from !== 'object') return fail(`must be JSON data (got ${typeof from})`);
    if (path.length >= MAX_NESTING) {
      fail(`nests deeper than ${MAX_NESTING} levels (a definition needs far fewer; is something circular?)`);
      found!.path = `${formatPath(path.slice(0, 8))}…`;
      return FAILED;
    }
    if (Array.isArray(from)) {
      const length = from.length;
      const list: unknown[] = new Array(length);
      for (let i = 0; i < length; i++) {
        path.push(i);
        const item = copy(from[i]);
        path.pop();
        if (item === FAILED) return FAILED;
        list[i] = item;
      }
      return list;
    }
    const proto = Object.getPrototypeOf(from) as object | null;
    if (proto !== null && Object.getPrototypeOf(proto) !== null)
      return fail('must be plain JSON data, not an instance of a class or an object with a custom prototype');
    const object: Obj = {};
    for (const key of Object.keys(from)) {
      path.push(key);
      const item = copy((from as Obj)[key]);
      path.pop();
      if (item === FAILED) return FAILED;
      // "__proto__" becomes an own key like any other, never the copy's prototype.
      if (key === '__proto__')
        Object.defineProperty(object, key, { value: item, enumerable: true, writable: true, configurable: true });
      else object[key] = item;
    }
    return object;
  };
  const result = copy(value);
  return result === FAILED || found ? { problem: found! } : { value: result };
}
const FAILED = Symbol('failed');

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
      Object.freeze(v);
      for (const child of Object.values(v)) stack.push(child);
    }
  }
  return value;
}

// ---- schema errors in words -----------------------------------------------------------------

const PATTERNS: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'must be a lower-case id like "blue-badge-england"',
  '^[A-Za-z][A-Za-z0-9]*$': 'must be a setting name like "minimumAge"',
  '\\S': 'must not be blank',
  '^https://[^\\s/?#]+[^\\s]*$': 'must be an https:// address',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'must be a date written YYYY-MM-DD, like "2024-09-01"',
  '^([0-9]{4}-[0-9]{2}-[0-9]{2}|today)$': 'must be a date written YYYY-MM-DD, or "today"',
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': 'must be a language code like "en" or "cy"',
};
const TYPES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};
/** What each value that may be a reference must be, by its schema definition. */
const OPERANDS: Record<string, string> = {
  operand: 'must be a value, or a reference like { "setting": "threshold" }',
  numberOperand: 'must be a number, or a reference like { "setting": "threshold" }',
  dateOperand: 'must be a date written YYYY-MM-DD, "today", or a reference like { "setting": "startDate" }',
};
const TEXT_TYPE = 'must be a string, or an object of languages like { "en": "…", "cy": "…" }';

/** Which kind of value an operand or a derived value's source is, from where it sits. */
function operandKind(segments: readonly Segment[]): keyof typeof OPERANDS {
  const names = segments.filter((s): s is string => typeof s === 'string');
  const last = names[names.length - 1];
  if (['atLeast', 'atMost', 'lessThan', 'moreThan', 'sum', 'min', 'max', 'difference'].includes(last))
    return 'numberOperand';
  if (['before', 'onOrAfter', 'born', 'on'].includes(last)) return 'dateOperand';
  return 'operand';
}

/** A condition sits at `…when` or in a derived value's `count`, and under `all`/`any` items and `not`. */
const CONDITION_PATH = /(?:\/when|\/count\/\d+)(?:\/(?:all|any)\/\d+|\/not)*$/;
const OPERATOR_LIST = OPERATORS.join(', ');

/** What is wrong with a condition's own shape, in words (its values are checked by the schema). */
function conditionProblem(c: unknown): string {
  if (!isObject(c)) return 'must be a condition object, like { "answer": "age", "is": "under-3" }';
  const keys = Object.keys(c);
  const unknown = keys.find((k) => !CONDITION_FIELDS.has(k));
  if (unknown !== undefined) return `"${unknown}" is not a condition operator; use one of ${OPERATOR_LIST}`;
  const ops = keys.filter((k) => OPERATORS.includes(k));
  if (ops.length === 0) return `has no operator; use one of ${OPERATOR_LIST}`;
  if (ops.length > 1)
    return `has more than one operator (${ops.join(', ')}); use one per condition and combine them with "all" or "any"`;
  const op = ops[0];
  const subject = keys.filter((k) => (SUBJECTS as readonly string[]).includes(k));
  if ((COMBINATORS as readonly string[]).includes(op))
    return subject.length ? `"${op}" combines conditions, so "${subject[0]}" cannot be used beside it` : 'is not valid';
  if (subject.length > 1) return `tests one of an answer, a derived value or a setting, not ${subject.join(' and ')}`;
  return `needs "answer" (the id of the question "${op}" tests), "derived" or "setting"`;
}

function schemaProblems(errors: SchemaError[], data: unknown): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const seen = new Set<string>();
  const add = (segments: Segment[], message: string) => {
    const path = formatPath(segments);
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ path, message });
  };
  // A value that may be a literal or a reference fails as a whole: one message, not one per branch.
  const alternatives = errors.filter((e) => e.keyword === 'anyOf');
  const branch = (e: SchemaError) =>
    e.keyword !== 'anyOf' &&
    alternatives.some((a) => e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath));
  // Where the data has text fields (whatever else is wrong with it), for messages about text.
  const texts = new Set<string>();
  if (isObject(data)) forEachText(data as unknown as Definition, (_, path) => texts.add(path));
  for (const e of errors) {
    if (e.keyword === 'if') continue; // which branch failed: its own errors say why
    if (branch(e)) continue;
    const segments = pointerSegments(e.instancePath, data);
    const value = at(data, segments);
    const p = e.params;
    // A condition whose own shape is wrong gets one message about the shape.
    if (CONDITION_PATH.test(e.instancePath)) {
      add(segments, conditionProblem(value));
      continue;
    }
    const path = formatPath(segments);
    switch (e.keyword) {
      case 'anyOf':
        add(segments, OPERANDS[operandKind(segments)]);
        break;
      case 'required':
        add([...segments, String(p.missingProperty)], 'is required');
        break;
      case 'additionalProperties':
        add([...segments, String(p.additionalProperty)], 'is not a field this format has (check the spelling)');
        break;
      case 'propertyNames':
        break; // reported with the name's own pattern error
      case 'type': {
        if (texts.has(path) || /^(.*\.(self|organisation)|.*\["someone-else"\])$/.test(path)) {
          add(segments, TEXT_TYPE);
          break;
        }
        const types = (Array.isArray(p.type) ? p.type : String(p.type).split(',')).map((t) => TYPES[t] ?? t);
        add(segments, `must be ${types.join(' or ')}`);
        break;
      }
      case 'pattern':
        add(
          e.propertyName === undefined ? segments : [...segments, e.propertyName],
          PATTERNS[String(p.pattern)] ?? `must match ${String(p.pattern)}`,
        );
        break;
      case 'const':
        add(segments, `must be ${JSON.stringify(p.allowedValue)} (got ${short(value)})`);
        break;
      case 'enum':
        add(segments, `must be one of ${(p.allowedValues as unknown[]).join(', ')} (got ${short(value)})`);
        break;
      case 'minItems':
        add(segments, 'must be a non-empty list');
        break;
      case 'minProperties':
        add(
          segments,
          /^derived\[\d+\]$/.test(path) ? 'needs one of sum, min, max, difference, count or age' : 'must not be empty',
        );
        break;
      default:
        add(segments, e.message ?? `fails "${e.keyword}"`);
    }
  }
  return problems.length ? problems : [{ path: '(root)', message: 'does not match the definition schema' }];
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

// ---- what a schema cannot say ---------------------------------------------------------------

/** What a value is, for checking that a condition compares like with like. */
interface ValueType {
  kind: 'choice' | 'list' | 'number' | 'date' | 'boolean';
  /** The values it can take, when they are listed (options, allowed setting values). */
  values?: readonly unknown[];
  /** How to name it in a message: `"colour", a radios question`. */
  name: string;
  /** How a wrong value is explained. */
  explain: (v: unknown) => string;
}

interface Context {
  d: Definition;
  questions: Map<string, number>;
  outcomes: Map<string, number>;
  criteria: Map<string, number>;
  derived: Map<string, number>;
  settings: Map<string, SettingDefinition>;
  languages: readonly string[];
  problems: DefinitionProblem[];
}

/** Ids in a Map (never an object's keys), so "constructor" or "__proto__" are ordinary ids. */
function ids(list: readonly { id: string }[], at: string, ctx: Context): Map<string, number> {
  const map = new Map<string, number>();
  list.forEach((item, i) => {
    const first = map.get(item.id);
    if (first === undefined) map.set(item.id, i);
    else problem(ctx, `${at}[${i}].id`, `"${item.id}" is used twice (also ${at}[${first}])`);
  });
  return map;
}

function problem(ctx: Context, path: string, message: string): void {
  if (ctx.problems.length < MAX_PROBLEMS) ctx.problems.push({ path, message });
}

/** A part of the format that version 1 does not have: a problem in a version 1 definition. */
function v2(ctx: Context, path: string, what: string): void {
  if (ctx.d.version === 1) problem(ctx, path, `${what} needs "version": 2`);
}

function semanticProblems(d: Definition): DefinitionProblem[] {
  const ctx: Context = {
    d,
    questions: new Map(),
    outcomes: new Map(),
    criteria: new Map(),
    derived: new Map(),
    settings: new Map(),
    languages: d.languages ?? ['en'],
    problems: [],
  };
  ctx.questions = ids(d.questions, 'questions', ctx);
  ctx.outcomes = ids(d.outcomes, 'outcomes', ctx);
  ctx.criteria = ids(d.criteria, 'criteria', ctx);
  ctx.derived = ids(d.derived ?? [], 'derived', ctx);
  for (const key of [
    'languages',
    'audience',
    'resultsHeading',
    'factsHeading',
    'applyText',
    'applyHref',
    'derived',
  ] as const)
    if (d[key] !== undefined) v2(ctx, key, `"${key}"`);
  if (new Set(ctx.languages).size !== ctx.languages.length) problem(ctx, 'languages', 'lists a language twice');

  const settings = d.settings ?? {};
  for (const name of Object.keys(settings)) {
    ctx.settings.set(name, settings[name]);
    checkSetting(ctx, settings[name], `settings.${name}`);
  }
  if (!ctx.questions.has(d.firstQuestion)) problem(ctx, 'firstQuestion', `unknown question "${d.firstQuestion}"`);
  if (d.audience) checkAudience(ctx, d.audience);
  forEachText(d, (t, path) => checkText(ctx, t, path));

  if (d.applyHref !== undefined) link(ctx, 'applyHref', d.applyHref);
  d.outcomes.forEach((o, i) => {
    const at = `outcomes[${i}]`;
    if (o.link) link(ctx, `${at}.link.href`, o.link.href);
    (o.help ?? []).forEach((h, j) => link(ctx, `${at}.help[${j}].href`, h.href));
    for (const key of ['whyHeading', 'nextSteps', 'help', 'note'] as const)
      if (o[key] !== undefined) v2(ctx, `${at}.${key}`, `"${key}"`);
  });
  d.criteria.forEach((c, i) => {
    link(ctx, `criteria[${i}].source`, c.source);
    if (c.guidance) link(ctx, `criteria[${i}].guidance.href`, c.guidance.href);
    for (const key of ['guidance', 'note'] as const)
      if (c[key] !== undefined) v2(ctx, `criteria[${i}].${key}`, `"${key}"`);
  });
  (d.facts ?? []).forEach((f, i) => {
    if (f.source !== undefined) link(ctx, `facts[${i}].source`, f.source);
    if (f.when !== undefined) {
      v2(ctx, `facts[${i}].when`, 'a fact with "when"');
      condition(ctx, f.when, `facts[${i}].when`);
    }
  });
  (d.derived ?? []).forEach((x, i) => checkDerived(ctx, x, i));
  d.questions.forEach((q, i) => checkQuestion(ctx, q, `questions[${i}]`));
  if (ctx.problems.length === 0) checkFlow(ctx);
  return ctx.problems;
}

/** An https address the URL policy allows and a browser can parse. */
function link(ctx: Context, path: string, value: string): void {
  const safe = safeUrl(value, 'link');
  let parsed: URL | null = null;
  try {
    parsed = safe === value ? new URL(value) : null;
  } catch {
    parsed = null;
  }
  if (!parsed || parsed.protocol !== 'https:' || !parsed.hostname)
    problem(ctx, path, `${short(value)} is not an https:// address a link may use`);
}

// ---- settings, audience, text ---------------------------------------------------------------

function checkSetting(ctx: Context, s: SettingDefinition, at: string): void {
  const { allowed, type } = s;
  if (type !== undefined || s.min !== undefined || s.max !== undefined || allowed === undefined)
    v2(ctx, at, 'a setting with a type, a range or no "allowed" list');
  if (allowed !== undefined && new Set(allowed).size !== allowed.length)
    problem(ctx, `${at}.allowed`, 'lists a value twice');
  if (type === undefined || type === 'choice') {
    if (allowed === undefined)
      problem(ctx, `${at}.allowed`, 'is required unless the setting has a "type" of number or date');
    for (const k of ['min', 'max'] as const)
      if (s[k] !== undefined) problem(ctx, `${at}.${k}`, `only a number or date setting has "${k}"`);
  } else {
    const fits = type === 'number' ? (v: unknown) => typeof v === 'number' : isRealDate;
    const what = type === 'number' ? 'a number' : 'a real date (YYYY-MM-DD)';
    if (!fits(s.default)) problem(ctx, `${at}.default`, `must be ${what} (got ${short(s.default)})`);
    (allowed ?? []).forEach((v, i) => {
      if (!fits(v)) problem(ctx, `${at}.allowed[${i}]`, `must be ${what} (got ${short(v)})`);
    });
    for (const k of ['min', 'max'] as const)
      if (s[k] !== undefined && !fits(s[k])) problem(ctx, `${at}.${k}`, `must be ${what} (got ${short(s[k])})`);
    if (s.min !== undefined && s.max !== undefined && fits(s.min) && fits(s.max) && s.min > s.max)
      problem(ctx, `${at}.max`, `is less than min (${s.min})`);
    if (fits(s.default) && (allowed ?? []).every(fits) && !settingAccepts({ ...s, allowed: undefined }, s.default))
      problem(ctx, `${at}.default`, `${short(s.default)} is outside the range`);
  }
  if (allowed !== undefined && !allowed.includes(s.default))
    problem(ctx, `${at}.default`, `${short(s.default)} is not one of the allowed values`);
}

function checkAudience(ctx: Context, a: NonNullable<Definition['audience']>): void {
  const index = ctx.questions.get(a.answer);
  if (index === undefined) return problem(ctx, 'audience.answer', `refers to unknown question "${a.answer}"`);
  const q = ctx.d.questions[index];
  if (q.kind !== 'radios') return problem(ctx, 'audience.answer', `"${a.answer}" must be a radios question`);
  const options = new Set((q.options ?? []).map((o) => o.value));
  for (const value of Object.keys(a.values))
    if (!options.has(value))
      problem(ctx, formatPath(['audience', 'values', value]), `"${value}" is not an option of "${q.id}"`);
}

/** A text is in every declared language and no other, and varies by audience only if the definition has one. */
function checkText(ctx: Context, t: unknown, path: string): void {
  if (typeof t !== 'string') v2(ctx, path, 'text in languages or by audience');
  const langs = ctx.languages;
  const one = (lt: unknown, at: string) => {
    if (typeof lt === 'string') {
      if (langs.length > 1)
        problem(
          ctx,
          at,
          `is in one language only; write it in each of ${langs.join(', ')}, like { "${langs[0]}": "…", "${langs[1]}": "…" }`,
        );
      return;
    }
    if (!isObject(lt)) return;
    for (const k of Object.keys(lt))
      if (!langs.includes(k))
        problem(ctx, `${at}.${k}`, `"${k}" is not one of the definition's languages (${langs.join(', ')})`);
    for (const l of langs)
      if (!Object.hasOwn(lt, l))
        problem(ctx, at, `has no "${l}" text (the definition's languages are ${langs.join(', ')})`);
  };
  if (isObject(t) && Object.hasOwn(t, 'self')) {
    if (!ctx.d.audience) problem(ctx, path, 'varies by audience, but the definition has no "audience"');
    for (const k of Object.keys(t)) one(t[k], `${path}.${formatPath([k])}`.replace('.[', '['));
  } else one(t, path);
}

// ---- values and conditions ------------------------------------------------------------------

const questionType = (q: Question): ValueType => {
  const options = (q.options ?? []).map((o) => o.value);
  const kind = q.kind === 'radios' ? 'choice' : q.kind === 'checkboxes' ? 'list' : q.kind;
  return {
    kind,
    values: q.kind === 'radios' || q.kind === 'checkboxes' ? options : undefined,
    name: `"${q.id}", a ${q.kind} question`,
    explain: (v) =>
      kind === 'number'
        ? `"${q.id}" is a number question; use a number`
        : kind === 'date'
          ? `${short(v)} is not a real date`
          : `${short(v)} is not an option of "${q.id}"`,
  };
};

const settingType = (name: string, s: SettingDefinition): ValueType => {
  const kind =
    s.type === 'number' || s.type === 'date'
      ? s.type
      : typeof s.default === 'number'
        ? 'number'
        : typeof s.default === 'boolean'
          ? 'boolean'
          : 'choice';
  return {
    kind,
    values: s.allowed,
    name: `setting "${name}", a ${kind}`,
    explain: (v) =>
      s.allowed
        ? `${short(v)} is not an allowed value of setting "${name}"`
        : `${short(v)} is not a ${kind} for setting "${name}"`,
  };
};

/**
 * The type of what a reference or a condition's subject names, or null (with a problem) when it
 * names nothing. `before` is set inside a derived value: only derived values listed earlier may
 * be used, so derived values never form a cycle.
 */
function typeOf(ctx: Context, ref: Record<string, unknown>, at: string, before?: number): ValueType | null {
  const named = SUBJECTS.filter((k) => Object.hasOwn(ref, k));
  if (named.length !== 1) {
    problem(ctx, at, 'must name one of "answer", "derived" or "setting"');
    return null;
  }
  const key = named[0];
  const id = String(ref[key]);
  if (key === 'answer') {
    const index = ctx.questions.get(id);
    if (index === undefined) {
      problem(ctx, `${at}.answer`, `refers to unknown question "${id}"`);
      return null;
    }
    return questionType(ctx.d.questions[index]);
  }
  if (key === 'derived') {
    v2(ctx, `${at}.derived`, 'a derived value');
    const index = ctx.derived.get(id);
    if (index === undefined) problem(ctx, `${at}.derived`, `refers to unknown derived value "${id}"`);
    else if (before !== undefined && index >= before)
      problem(
        ctx,
        `${at}.derived`,
        `"${id}" is not listed before this one; a derived value may use only those above it`,
      );
    else
      return {
        kind: 'number',
        name: `derived value "${id}", a number`,
        explain: () => `derived value "${id}" is a number; use a number`,
      };
    return null;
  }
  const s = ctx.settings.get(id);
  if (!s) {
    problem(ctx, `${at}.setting`, `refers to unknown setting "${id}"`);
    return null;
  }
  return settingType(id, s);
}

/** A literal or a reference of the right kind; `today` may stand for a date. */
function operand(ctx: Context, v: unknown, at: string, want: ValueType, before?: number): void {
  if (isObject(v)) {
    v2(ctx, at, 'a comparison with another value');
    if (Object.hasOwn(v, 'default')) problem(ctx, `${at}.default`, 'only a derived value uses "default"');
    const t = typeOf(ctx, v, at, before);
    if (t && t.kind !== want.kind) problem(ctx, at, `compares ${want.name} with ${t.name}`);
    return;
  }
  if (want.kind === 'date' && v === 'today') return v2(ctx, at, '"today"');
  const fits =
    want.kind === 'number'
      ? typeof v === 'number'
      : want.kind === 'date'
        ? isRealDate(v)
        : want.kind === 'boolean'
          ? typeof v === 'boolean'
          : typeof v === 'string';
  if (!fits || (want.values && !want.values.includes(v))) problem(ctx, at, want.explain(v));
}

/**
 * A condition's references and values: what it tests exists, and the operator fits it (is/in an
 * offered value, includes on checkboxes, atLeast on numbers, before on real dates…), so a typo is
 * a problem rather than a condition that silently never holds. The schema has already bounded
 * the nesting, so this recursion is shallow.
 */
function condition(ctx: Context, c: Condition, at: string, before?: number): void {
  const has = (key: string) => Object.hasOwn(c, key);
  if (has('all') || has('any')) {
    const key = has('all') ? 'all' : 'any';
    const list = (c as Record<string, Condition[]>)[key];
    list.forEach((x, i) => condition(ctx, x, `${at}.${key}[${i}]`, before));
    return;
  }
  if ('not' in c) return condition(ctx, c.not, `${at}.not`, before);
  const t = typeOf(ctx, c as Record<string, unknown>, at, before);
  if (!t) return;
  const op = ANSWER_OPERATORS.find(has)!;
  const value = (c as unknown as Record<string, unknown>)[op];
  const subject = SUBJECTS.find(has)!;
  if (subject === 'setting' && op !== 'is') v2(ctx, `${at}.${op}`, `a setting condition with "${op}"`);
  if (op === 'atMost' || op === 'moreThan') v2(ctx, `${at}.${op}`, `"${op}"`);
  const wrongKind = () => problem(ctx, `${at}.${op}`, `"${op}" cannot test ${t.name}`);
  switch (op) {
    case 'is':
      if (t.kind === 'list') return wrongKind();
      return operand(ctx, value, `${at}.is`, t, before);
    case 'in':
      if (t.kind === 'list' || t.kind === 'boolean') return wrongKind();
      (value as unknown[]).forEach((v, k) => operand(ctx, v, `${at}.in[${k}]`, t, before));
      return;
    case 'includes':
    case 'includesAny': {
      if (t.kind !== 'list') return wrongKind();
      const list = op === 'includes' ? [value] : (value as unknown[]);
      list.forEach((v, k) => {
        if (!t.values?.includes(v))
          problem(ctx, op === 'includes' ? `${at}.includes` : `${at}.includesAny[${k}]`, t.explain(v));
      });
      return;
    }
    case 'atLeast':
    case 'atMost':
    case 'lessThan':
    case 'moreThan':
      if (t.kind !== 'number') return wrongKind();
      return operand(ctx, value, `${at}.${op}`, { ...t, values: undefined }, before);
    case 'before':
    case 'onOrAfter':
      if (t.kind !== 'date') return wrongKind();
      return operand(ctx, value, `${at}.${op}`, { ...t, values: undefined }, before);
  }
}

const DERIVED_OPS = ['sum', 'min', 'max', 'difference', 'count', 'age'] as const;

function checkDerived(ctx: Context, x: Derived, position: number): void {
  const at = `derived[${position}]`;
  const ops = DERIVED_OPS.filter((k) => Object.hasOwn(x, k));
  if (ops.length !== 1)
    return problem(ctx, at, `needs exactly one of ${DERIVED_OPS.join(', ')} (has ${ops.join(', ') || 'none'})`);
  const op = ops[0];
  const value = (x as Record<string, unknown>)[op];
  const number: ValueType = { kind: 'number', name: 'a number', explain: (v) => `${short(v)} is not a number` };
  const date: ValueType = { kind: 'date', name: 'a date', explain: (v) => `${short(v)} is not a real date` };
  const source = (v: unknown, path: string, want: ValueType) => {
    if (!isObject(v)) return operand(ctx, v, path, want, position);
    const t = typeOf(ctx, v, path, position);
    if (t && t.kind !== want.kind) problem(ctx, path, `must be ${want.name}, not ${t.name}`);
    if (Object.hasOwn(v, 'default')) {
      if (!Object.hasOwn(v, 'answer')) problem(ctx, `${path}.default`, 'only an answer has a default');
      else operand(ctx, v.default, `${path}.default`, want, position);
    }
  };
  if (op === 'count') (value as Condition[]).forEach((c, i) => condition(ctx, c, `${at}.count[${i}]`, position));
  else if (op === 'age') {
    const a = value as { born: unknown; on: unknown };
    source(a.born, `${at}.age.born`, date);
    source(a.on, `${at}.age.on`, date);
  } else (value as unknown[]).forEach((v, i) => source(v, `${at}.${op}[${i}]`, number));
}

// ---- questions and the flow -----------------------------------------------------------------

const CHOICE = new Set(['radios', 'checkboxes']);

function checkQuestion(ctx: Context, q: Question, at: string): void {
  const choice = CHOICE.has(q.kind);
  const values = new Map<string, number>();
  for (const key of ['changeLabel', 'note'] as const) if (q[key] !== undefined) v2(ctx, `${at}.${key}`, `"${key}"`);
  if (choice && !q.options) problem(ctx, `${at}.options`, `a ${q.kind} question needs options`);
  if (!choice && q.options) problem(ctx, `${at}.options`, `a ${q.kind} question has no options`);
  if ((q.kind === 'number' || q.kind === 'date') && q.errors.invalid === undefined)
    problem(ctx, `${at}.errors.invalid`, `a ${q.kind} question needs a message for an answer that is not a ${q.kind}`);
  if (q.kind !== 'number')
    for (const field of ['min', 'max', 'prefix', 'suffix'] as const)
      if (q[field] !== undefined) problem(ctx, `${at}.${field}`, `only a number question has "${field}"`);
  if (q.min !== undefined && q.max !== undefined && q.min > q.max)
    problem(ctx, `${at}.max`, `is less than min (${q.min})`);

  (q.options ?? []).forEach((o, j) => {
    const op = `${at}.options[${j}]`;
    const first = values.get(o.value);
    if (first === undefined) values.set(o.value, j);
    else problem(ctx, `${op}.value`, `"${o.value}" is used twice (also options[${first}])`);
    const leads = [o.next, o.outcome, o.outcomes].filter((x) => x !== undefined).length;
    if (q.kind === 'checkboxes' && leads) problem(ctx, op, 'checkbox options cannot lead anywhere; use routes');
    if (q.kind === 'radios' && leads > 1) problem(ctx, op, 'can have only one of "next", "outcome" or "outcomes"');
    transition(ctx, o, op);
    if (o.when !== undefined) condition(ctx, o.when, `${op}.when`);
  });

  if (choice && q.options && q.options.every((o) => o.when !== undefined))
    problem(ctx, `${at}.options`, 'needs an option without "when", so that the question can always be answered');

  const routes: readonly Route[] = q.routes ?? [];
  let always = -1;
  routes.forEach((r, j) => {
    const rp = `${at}.routes[${j}]`;
    if ([r.next, r.outcome, r.outcomes].filter((x) => x !== undefined).length !== 1)
      problem(ctx, rp, 'must have exactly one of "next", "outcome" or "outcomes"');
    transition(ctx, r, rp);
    if (r.when !== undefined) condition(ctx, r.when, `${rp}.when`);
    if (always >= 0) problem(ctx, rp, `is never taken: routes[${always}] has no "when" and always applies`);
    else if (r.when === undefined) always = j;
  });
  const optionsLead =
    q.kind === 'radios' &&
    (q.options ?? []).every((o) => o.next !== undefined || o.outcome !== undefined || o.outcomes !== undefined);
  if (!optionsLead && always < 0)
    problem(ctx, `${at}.routes`, 'needs a last route without "when", so every answer leads somewhere');
}

function criteriaOf(ctx: Context, list: readonly string[] | undefined, at: string): void {
  (list ?? []).forEach((c, k) => {
    if (!ctx.criteria.has(c)) problem(ctx, `${at}.criteria[${k}]`, `unknown criterion "${c}"`);
  });
}

function transition(ctx: Context, t: Transition, at: string): void {
  if (t.next !== undefined && !ctx.questions.has(t.next)) problem(ctx, `${at}.next`, `unknown question "${t.next}"`);
  if (t.outcome !== undefined && !ctx.outcomes.has(t.outcome))
    problem(ctx, `${at}.outcome`, `unknown outcome "${t.outcome}"`);
  criteriaOf(ctx, t.criteria, at);
  if (t.outcomes === undefined) return;
  v2(ctx, `${at}.outcomes`, 'several outcomes');
  const seen = new Map<string, number>();
  let final = -1;
  t.outcomes.forEach((rule, k) => {
    const rp = `${at}.outcomes[${k}]`;
    if (!ctx.outcomes.has(rule.outcome)) problem(ctx, `${rp}.outcome`, `unknown outcome "${rule.outcome}"`);
    const first = seen.get(rule.outcome);
    if (first === undefined) seen.set(rule.outcome, k);
    else problem(ctx, `${rp}.outcome`, `"${rule.outcome}" is listed twice (also outcomes[${first}])`);
    criteriaOf(ctx, rule.criteria, rp);
    if (rule.when !== undefined) condition(ctx, rule.when, `${rp}.when`);
    if (rule.otherwise && rule.when !== undefined)
      problem(ctx, rp, '"otherwise" applies when no rule before it did, so it cannot also have "when"');
    if (final >= 0) problem(ctx, rp, `is never considered: outcomes[${final}] always applies and stops the list`);
    else if (rule.stop && rule.when === undefined && !rule.otherwise) final = k;
  });
  const last = t.outcomes[t.outcomes.length - 1];
  if (last.when !== undefined && !last.otherwise)
    problem(
      ctx,
      `${at}.outcomes[${t.outcomes.length - 1}]`,
      'the last rule needs no "when", or "otherwise": true, so every journey ends with an outcome',
    );
}

/** Every outcome a transition can lead to. */
function outcomesOf(t: Transition): string[] {
  return [...(t.outcome !== undefined ? [t.outcome] : []), ...(t.outcomes ?? []).map((r) => r.outcome)];
}

/**
 * Reachability and cycles over the question graph (an edge for every option and route that
 * leads on), iteratively so that a long chain of questions cannot exhaust the stack.
 */
function checkFlow(ctx: Context): void {
  const { d } = ctx;
  const edges = d.questions.map((q) => {
    const next: number[] = [];
    const outcomes: string[] = [];
    for (const t of [...(q.options ?? []), ...(q.routes ?? [])]) {
      if (t.next !== undefined) next.push(ctx.questions.get(t.next)!);
      outcomes.push(...outcomesOf(t));
    }
    return { next, outcomes };
  });
  const start = ctx.questions.get(d.firstQuestion)!;
  // Depth-first, colouring each question: 1 while on the current path, 2 when finished.
  const colour = new Uint8Array(d.questions.length);
  const reachedOutcomes = new Set<string>();
  const stack: { node: number; edge: number }[] = [{ node: start, edge: 0 }];
  colour[start] = 1;
  while (stack.length) {
    const top = stack[stack.length - 1];
    const { next, outcomes } = edges[top.node];
    if (top.edge === 0) for (const o of outcomes) reachedOutcomes.add(o);
    if (top.edge < next.length) {
      const target = next[top.edge++];
      if (colour[target] === 1) {
        const loop = stack.slice(stack.findIndex((s) => s.node === target)).map((s) => d.questions[s.node].id);
        const shown = loop.length > 6 ? [...loop.slice(0, 3), '…', ...loop.slice(-2)] : loop;
        problem(
          ctx,
          `questions[${top.node}]`,
          `the flow can loop back to "${d.questions[target].id}" (${[...shown, d.questions[target].id].join(' → ')})`,
        );
        return;
      }
      if (colour[target] === 0) {
        colour[target] = 1;
        stack.push({ node: target, edge: 0 });
      }
    } else {
      colour[top.node] = 2;
      stack.pop();
    }
  }
  d.questions.forEach((q, i) => {
    if (colour[i] === 0) problem(ctx, `questions[${i}]`, `"${q.id}" is never asked: no option or route leads to it`);
  });
  d.outcomes.forEach((o, i) => {
    if (!reachedOutcomes.has(o.id))
      problem(ctx, `outcomes[${i}]`, `"${o.id}" is never reached: no option or route leads to it`);
  });
}
