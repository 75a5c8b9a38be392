import { isRealDate, shiftYears } from './dates.js';
import { derivedValue, evaluate, offeredFor } from './evaluate.js';
import type { Answer, Answers, Definition, EvaluateOptions, Evaluation, Settings } from './types.js';

export interface Exploration {
  /**
   * The first (shortest) answers found that reach each step: a question id, or `outcome:<id>` for
   * each outcome (also one of several).
   */
  found: Record<string, Answers>;
  /** Every criterion some journey was decided by. */
  criteria: Set<string>;
  /** How many answer sets were evaluated. */
  tried: number;
}

/** Numbers and dates written anywhere in the definition: the thresholds answers are compared with. */
function literals(value: unknown, numbers: Set<number>, dates: Set<string>): void {
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'number') numbers.add(v);
    else if (isRealDate(v)) dates.add(v);
    else if (typeof v === 'object' && v !== null) stack.push(...Object.values(v));
  }
}

/** The answers conditions test directly (not only through derived values): routing depends on these. */
function testedAnswers(d: Definition): Set<string> {
  const ids = new Set<string>();
  const stack: unknown[] = [];
  const conditions = (v: unknown) => v !== undefined && stack.push(v);
  for (const q of d.questions ?? []) {
    for (const o of q.options ?? []) {
      conditions(o.when);
      for (const r of o.outcomes ?? []) conditions(r.when);
    }
    for (const r of q.routes ?? []) {
      conditions(r.when);
      for (const x of r.outcomes ?? []) conditions(x.when);
    }
  }
  for (const f of d.facts ?? []) conditions(f.when);
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (!Array.isArray(v) && typeof (v as { answer?: unknown }).answer === 'string')
      ids.add((v as { answer: string }).answer);
    stack.push(...Object.values(v));
  }
  return ids;
}

/** The conditions of a definition: routes, options, outcome rules, facts and counts. */
function conditionsOf(d: Definition): unknown[] {
  const out: unknown[] = [];
  for (const q of d.questions ?? [])
    for (const t of [...(q.options ?? []), ...(q.routes ?? [])]) {
      out.push((t as { when?: unknown }).when);
      for (const r of t.outcomes ?? []) out.push(r.when);
    }
  for (const f of d.facts ?? []) out.push(f.when);
  for (const x of d.derived ?? []) if ('count' in x) out.push(x.count);
  return out.filter((c) => c !== undefined);
}

/**
 * Tries answers breadth first, one question at a time, as a resident would give them, and
 * records the shortest answers that reach every question and outcome: what every outcome
 * being reachable really means (evaluate itself walks the flow, with its conditions, settings
 * and derived values). Number questions are tried at their minimum and around every number the
 * conditions name; date questions at every date the definition names and, when `today` is
 * given, at ages around every number it names. Answers that leave the journey in the same place
 * (the same next question, the same answers that conditions test and the same derived values)
 * are explored once, so questions that only feed a sum do not multiply the search. Bounded by
 * `limit` evaluations.
 */
export function explore(
  definition: Definition,
  settings: Settings = {},
  options: EvaluateOptions & { limit?: number } = {},
): Exploration {
  const conditions = conditionsOf(definition);
  const compared = new Set<number>([0]);
  const dates = new Set<string>();
  literals(conditions, compared, dates);
  const everywhere = new Set<number>();
  literals({ ...definition, version: undefined }, everywhere, dates);
  const around = [...compared].flatMap((n) => [n - 1, n, n + 1]).filter(Number.isFinite);
  const ages = options.today ? [...everywhere].filter((n) => n >= 0 && n < 130 && Number.isInteger(n)) : [];
  const dateCandidates = [
    ...new Set([
      ...dates,
      ...ages.flatMap((n) => [shiftYears(options.today!, -n), shiftYears(options.today!, -(n + 1))]),
    ]),
  ];
  const tested = [...testedAnswers(definition)];
  const derived = (definition.derived ?? []).map((x) => x.id);
  const found: Record<string, Answers> = {};
  const criteria = new Set<string>();
  const seen = new Set<string>();
  const limit = options.limit ?? 20_000;
  let tried = 0;
  /** Evaluates answers; a question not reached the same way before is queued. */
  const visit = (answers: Answers): Extract<Evaluation, { type: 'question' }> | null => {
    tried++;
    const r = evaluate(definition, answers, settings, options);
    if (r.type === 'error') return null;
    if (r.type === 'outcome') {
      for (const f of r.results) found[`outcome:${f.outcome.id}`] ??= answers;
      for (const c of r.criteria) criteria.add(c.id);
      return null;
    }
    found[r.question.id] ??= answers;
    const state = JSON.stringify([
      r.question.id,
      tested.map((id) => (Object.hasOwn(answers, id) ? answers[id] : null)),
      derived.map((id) => derivedValue(definition, id, answers, settings, options) ?? null),
    ]);
    if (seen.has(state)) return null;
    seen.add(state);
    return r;
  };
  const queue: [Answers, Extract<Evaluation, { type: 'question' }>][] = [];
  const first = visit({});
  if (first) queue.push([{}, first]);
  while (queue.length && tried < limit) {
    const [answers, r] = queue.shift()!;
    const q = r.question;
    const offered = offeredFor(definition, q, answers, settings, options).map((o) => o.value);
    const candidates: Answer[] =
      q.kind === 'radios'
        ? offered
        : q.kind === 'checkboxes'
          ? offered.map((v) => [v])
          : q.kind === 'number'
            ? [...new Set([q.min ?? 0, ...around])].filter(
                (n) => (q.min === undefined || n >= q.min) && (q.max === undefined || n <= q.max),
              )
            : dateCandidates.length
              ? dateCandidates
              : ['2000-01-01'];
    for (const c of candidates) {
      const next = { ...answers, [q.id]: c };
      const child = visit(next);
      if (child) queue.push([next, child]);
    }
  }
  return { found, criteria, tried };
}
