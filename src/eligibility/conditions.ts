import type { Answers, Condition, Settings } from './types.js';

/** The operators that test one answer: `{ "answer": id, <operator>: value }`. */
export const ANSWER_OPERATORS = [
  'is',
  'in',
  'includes',
  'includesAny',
  'atLeast',
  'lessThan',
  'before',
  'onOrAfter',
] as const;
/** The operators that combine conditions. */
export const COMBINATORS = ['all', 'any', 'not'] as const;

/**
 * Deeper than any real definition nests conditions; validateDefinition refuses deeper data, and
 * the engine stops here rather than run out of stack on data that was never validated.
 */
export const MAX_CONDITION_DEPTH = 32;

type Obj = Record<string, unknown>;
const has = (o: Obj, key: string) => Object.hasOwn(o, key);

/** An answer given for `id`: own properties only, never one inherited through the prototype. */
export function answerOf(answers: Answers, id: unknown): unknown {
  return typeof id === 'string' && Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/**
 * Whether the condition holds: true, false, or undefined when it is not a condition this engine
 * knows (an unknown operator, a wrong type, nesting too deep). Never throws on plain data.
 */
export function test(condition: unknown, answers: Answers, settings: Settings, depth = 0): boolean | undefined {
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) return undefined;
  if (depth >= MAX_CONDITION_DEPTH) return undefined;
  const c = condition as Obj;
  const size = Object.keys(c).length;
  if (has(c, 'all') || has(c, 'any')) {
    const list = has(c, 'all') ? c.all : c.any;
    if (size !== 1 || !Array.isArray(list) || list.length === 0) return undefined;
    const all = has(c, 'all');
    let result = all;
    for (const item of list) {
      const r = test(item, answers, settings, depth + 1);
      if (r === undefined) return undefined;
      if (r !== all) result = r; // keep going: a malformed later condition is still an error
    }
    return result;
  }
  if (has(c, 'not')) {
    if (size !== 1) return undefined;
    const r = test(c.not, answers, settings, depth + 1);
    return r === undefined ? undefined : !r;
  }
  if (size !== 2) return undefined;
  if (has(c, 'setting')) {
    if (typeof c.setting !== 'string' || !has(c, 'is')) return undefined;
    return Object.hasOwn(settings, c.setting) && settings[c.setting] === c.is;
  }
  if (typeof c.answer !== 'string' || !has(c, 'answer')) return undefined;
  const value = answerOf(answers, c.answer);
  if (has(c, 'is')) return value !== undefined && value === c.is;
  if (has(c, 'in')) {
    // Element equality in a list only: a string "in" would match by substring, so it is refused.
    if (!Array.isArray(c.in)) return undefined;
    return (typeof value === 'string' || typeof value === 'number') && c.in.includes(value);
  }
  if (has(c, 'includes')) return Array.isArray(value) && value.includes(c.includes);
  if (has(c, 'includesAny')) {
    if (!Array.isArray(c.includesAny)) return undefined;
    const list = c.includesAny as unknown[];
    return Array.isArray(value) && list.some((v) => value.includes(v as string));
  }
  if (has(c, 'atLeast'))
    return typeof c.atLeast === 'number' ? typeof value === 'number' && value >= c.atLeast : undefined;
  if (has(c, 'lessThan'))
    return typeof c.lessThan === 'number' ? typeof value === 'number' && value < c.lessThan : undefined;
  if (has(c, 'before')) return typeof c.before === 'string' ? typeof value === 'string' && value < c.before : undefined;
  if (has(c, 'onOrAfter'))
    return typeof c.onOrAfter === 'string' ? typeof value === 'string' && value >= c.onOrAfter : undefined;
  return undefined; // an unknown operator never silently evaluates
}

/**
 * Does the condition hold for these answers and settings? Missing answers never match, and a
 * condition that is not well formed never holds. Never throws on plain data.
 */
export function holds(condition: Condition, answers: Answers, settings: Settings): boolean {
  return test(condition, answers, settings) === true;
}
