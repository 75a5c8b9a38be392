import { evaluate, resolveSettings, visibleOptions } from '../../src/eligibility/evaluate.js';
import type { Answer, Answers, Definition, Settings } from '../../src/eligibility/types.js';

/**
 * The shortest answers that reach every question and every outcome of a definition, found by
 * trying each option in turn (breadth first). Stories and tests use them to show every step.
 */
export function journeys(definition: Definition, settings: Settings = {}): Record<string, Answers> {
  const found: Record<string, Answers> = {};
  const queue: Answers[] = [{}];
  const resolved = resolveSettings(definition, settings);
  // Keep exploring past a step already found: another route to it may lead further (the
  // same question with other options visible). Bounded, as definitions are small.
  for (let visited = 0; queue.length && visited < 20_000; visited++) {
    const answers = queue.shift()!;
    const r = evaluate(definition, answers, settings);
    if (r.type === 'error') continue;
    const key = r.type === 'question' ? r.question.id : `outcome:${r.outcome.id}`;
    found[key] ??= answers;
    if (r.type !== 'question') continue;
    const q = r.question;
    const candidates: Answer[] =
      q.kind === 'radios'
        ? visibleOptions(q, answers, resolved).map((o) => o.value)
        : q.kind === 'checkboxes'
          ? visibleOptions(q, answers, resolved).map((o) => [o.value])
          : q.kind === 'number'
            ? [q.min ?? 0, 1_000_000, 7399, 16190]
            : ['2000-01-01'];
    for (const c of candidates) queue.push({ ...answers, [q.id]: c });
  }
  return found;
}
