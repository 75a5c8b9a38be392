import { safeUrl } from '../core/url-policy.js';
import { ANSWER_OPERATORS, COMBINATORS } from './conditions.js';
import { isRealDate } from './dates.js';
import schemaValidator, { type SchemaError } from './definition.validator.generated.js';
import type { Condition, Definition, Question, Route, SettingValue, Transition } from './types.js';

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
const CONDITION_FIELDS = new Set<string>(['answer', 'setting', ...OPERATORS]);

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

/** A condition sits at `…when`, and under `all`/`any` items and `not`. */
const CONDITION_PATH = /\/when(?:\/(?:all|any)\/\d+|\/not)*$/;
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
  const subject = keys.filter((k) => k === 'answer' || k === 'setting');
  if ((COMBINATORS as readonly string[]).includes(op))
    return subject.length ? `"${op}" combines conditions, so "${subject[0]}" cannot be used beside it` : 'is not valid';
  if (subject.length === 2) return 'tests an answer or a setting, not both';
  if (subject[0] === 'setting') return 'a setting condition uses "is" only';
  return `needs "answer": the id of the question "${op}" tests`;
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
  for (const e of errors) {
    if (e.keyword === 'if') continue; // which branch failed: its own errors say why
    const segments = pointerSegments(e.instancePath, data);
    const value = at(data, segments);
    const p = e.params;
    // A condition whose own shape is wrong gets one message about the shape.
    if (CONDITION_PATH.test(e.instancePath)) {
      add(segments, conditionProblem(value));
      continue;
    }
    switch (e.keyword) {
      case 'required':
        add([...segments, String(p.missingProperty)], 'is required');
        break;
      case 'additionalProperties':
        add([...segments, String(p.additionalProperty)], 'is not a field this format has (check the spelling)');
        break;
      case 'propertyNames':
        break; // reported with the name's own pattern error
      case 'type': {
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

interface Context {
  d: Definition;
  questions: Map<string, number>;
  outcomes: Map<string, number>;
  criteria: Map<string, number>;
  settings: Map<string, readonly SettingValue[]>;
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

function semanticProblems(d: Definition): DefinitionProblem[] {
  const ctx: Context = {
    d,
    questions: new Map(),
    outcomes: new Map(),
    criteria: new Map(),
    settings: new Map(),
    problems: [],
  };
  ctx.questions = ids(d.questions, 'questions', ctx);
  ctx.outcomes = ids(d.outcomes, 'outcomes', ctx);
  ctx.criteria = ids(d.criteria, 'criteria', ctx);
  const settings = d.settings ?? {};
  for (const name of Object.keys(settings)) {
    const s = settings[name];
    const at = `settings.${name}`;
    ctx.settings.set(name, s.allowed);
    if (new Set(s.allowed).size !== s.allowed.length) problem(ctx, `${at}.allowed`, 'lists a value twice');
    if (!s.allowed.includes(s.default))
      problem(ctx, `${at}.default`, `${short(s.default)} is not one of the allowed values`);
  }
  if (!ctx.questions.has(d.firstQuestion)) problem(ctx, 'firstQuestion', `unknown question "${d.firstQuestion}"`);

  d.outcomes.forEach((o, i) => {
    if (o.link) link(ctx, `outcomes[${i}].link.href`, o.link.href);
  });
  d.criteria.forEach((c, i) => link(ctx, `criteria[${i}].source`, c.source));
  (d.facts ?? []).forEach((f, i) => {
    if (f.source !== undefined) link(ctx, `facts[${i}].source`, f.source);
  });

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

const CHOICE = new Set(['radios', 'checkboxes']);

function checkQuestion(ctx: Context, q: Question, at: string): void {
  const choice = CHOICE.has(q.kind);
  const values = new Map<string, number>();
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
    if (q.kind === 'checkboxes' && (o.next !== undefined || o.outcome !== undefined))
      problem(ctx, op, 'checkbox options cannot lead anywhere; use routes');
    if (q.kind === 'radios' && o.next !== undefined && o.outcome !== undefined)
      problem(ctx, op, 'cannot have both "next" and "outcome"');
    transition(ctx, o, op);
    if (o.when !== undefined) condition(ctx, o.when, `${op}.when`);
  });

  if (choice && q.options && q.options.every((o) => o.when !== undefined))
    problem(ctx, `${at}.options`, 'needs an option without "when", so that the question can always be answered');

  const routes: readonly Route[] = q.routes ?? [];
  let always = -1;
  routes.forEach((r, j) => {
    const rp = `${at}.routes[${j}]`;
    if ((r.next === undefined) === (r.outcome === undefined))
      problem(ctx, rp, 'must have exactly one of "next" or "outcome"');
    transition(ctx, r, rp);
    if (r.when !== undefined) condition(ctx, r.when, `${rp}.when`);
    if (always >= 0) problem(ctx, rp, `is never taken: routes[${always}] has no "when" and always applies`);
    else if (r.when === undefined) always = j;
  });
  const optionsLead =
    q.kind === 'radios' && (q.options ?? []).every((o) => o.next !== undefined || o.outcome !== undefined);
  if (!optionsLead && always < 0)
    problem(ctx, `${at}.routes`, 'needs a last route without "when", so every answer leads somewhere');
}

function transition(ctx: Context, t: Transition, at: string): void {
  if (t.next !== undefined && !ctx.questions.has(t.next)) problem(ctx, `${at}.next`, `unknown question "${t.next}"`);
  if (t.outcome !== undefined && !ctx.outcomes.has(t.outcome))
    problem(ctx, `${at}.outcome`, `unknown outcome "${t.outcome}"`);
  (t.criteria ?? []).forEach((c, k) => {
    if (!ctx.criteria.has(c)) problem(ctx, `${at}.criteria[${k}]`, `unknown criterion "${c}"`);
  });
}

/**
 * A condition's references and values: the question or setting exists, and the operator fits
 * the question (is/in an offered value, includes on checkboxes, atLeast on numbers, before on
 * real dates…), so a typo is a problem rather than a condition that silently never holds.
 * The schema has already bounded the nesting, so this recursion is shallow.
 */
function condition(ctx: Context, c: Condition, at: string): void {
  const has = (key: string) => Object.hasOwn(c, key);
  if (has('all') || has('any')) {
    const key = has('all') ? 'all' : 'any';
    const list = (c as Record<string, Condition[]>)[key];
    list.forEach((x, i) => condition(ctx, x, `${at}.${key}[${i}]`));
    return;
  }
  if ('not' in c) return condition(ctx, c.not, `${at}.not`);
  if ('setting' in c) {
    const allowed = ctx.settings.get(c.setting);
    if (!allowed) problem(ctx, `${at}.setting`, `refers to unknown setting "${c.setting}"`);
    else if (!allowed.includes(c.is))
      problem(ctx, `${at}.is`, `${short(c.is)} is not an allowed value of setting "${c.setting}"`);
    return;
  }
  const { answer } = c as { answer: string };
  const index = ctx.questions.get(answer);
  if (index === undefined) return problem(ctx, `${at}.answer`, `refers to unknown question "${answer}"`);
  const q = ctx.d.questions[index];
  const op = ANSWER_OPERATORS.find(has)!;
  const value = (c as unknown as Record<string, unknown>)[op];
  const options = new Set((q.options ?? []).map((o) => o.value));
  const wrongKind = () => problem(ctx, `${at}.${op}`, `"${op}" cannot test "${q.id}", a ${q.kind} question`);
  const fits = (v: unknown): boolean =>
    q.kind === 'radios'
      ? typeof v === 'string' && options.has(v)
      : q.kind === 'number'
        ? typeof v === 'number'
        : q.kind === 'date'
          ? isRealDate(v)
          : false;
  const explain = (v: unknown) =>
    q.kind === 'radios'
      ? `${short(v)} is not an option of "${q.id}"`
      : q.kind === 'number'
        ? `"${q.id}" is a number question; use a number`
        : `${short(v)} is not a real date`;
  switch (op) {
    case 'is':
    case 'in': {
      if (q.kind === 'checkboxes') return wrongKind();
      const list = op === 'is' ? [value] : (value as unknown[]);
      list.forEach((v, k) => {
        if (!fits(v)) problem(ctx, op === 'is' ? `${at}.is` : `${at}.in[${k}]`, explain(v));
      });
      return;
    }
    case 'includes':
    case 'includesAny': {
      if (q.kind !== 'checkboxes') return wrongKind();
      const list = op === 'includes' ? [value] : (value as unknown[]);
      list.forEach((v, k) => {
        if (!options.has(v as string))
          problem(
            ctx,
            op === 'includes' ? `${at}.includes` : `${at}.includesAny[${k}]`,
            `${short(v)} is not an option of "${q.id}"`,
          );
      });
      return;
    }
    case 'atLeast':
    case 'lessThan':
      if (q.kind !== 'number') wrongKind();
      return;
    case 'before':
    case 'onOrAfter':
      if (q.kind !== 'date') return wrongKind();
      if (!isRealDate(value)) problem(ctx, `${at}.${op}`, `${short(value)} is not a real date`);
      return;
  }
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
      if (t.outcome !== undefined) outcomes.push(t.outcome);
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
