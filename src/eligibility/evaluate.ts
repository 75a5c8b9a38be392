import { holds } from './conditions.js';
import type {
  Answer,
  Answers,
  Criterion,
  Definition,
  Evaluation,
  Option,
  Question,
  Settings,
  Transition,
} from './types.js';

/** The settings a definition declares, with the host's overrides where they are allowed. */
export function resolveSettings(definition: Definition, overrides: Settings = {}): Settings {
  const settings: Settings = {};
  for (const [name, s] of Object.entries(definition.settings ?? {}))
    settings[name] = s.allowed.includes(overrides[name] as never) ? overrides[name] : s.default;
  return settings;
}

/** The options a question offers, given earlier answers (some only apply, e.g., to children under 3). */
export function visibleOptions(question: Question, answers: Answers, settings: Settings): Option[] {
  return (question.options ?? []).filter((o) => !o.when || holds(o.when, answers, settings));
}

/**
 * Checks answers against the definition: unknown question ids and values of the wrong type
 * or outside the options are rejected with a sentence naming the answer, never ignored.
 */
export function checkAnswers(definition: Definition, answers: unknown): string | null {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return 'answers must be an object';
  for (const [id, value] of Object.entries(answers as Record<string, unknown>)) {
    const q = definition.questions.find((x) => x.id === id);
    if (!q) return `answers.${id}: there is no question "${id}" in ${definition.id}`;
    const problem = checkAnswer(q, value);
    if (problem) return `answers.${id}: ${problem}`;
  }
  return null;
}

function checkAnswer(q: Question, value: unknown): string | null {
  const values = (q.options ?? []).map((o) => o.value);
  switch (q.kind) {
    case 'radios':
      return typeof value === 'string' && values.includes(value) ? null : `must be one of ${values.join(', ')}`;
    case 'checkboxes':
      return Array.isArray(value) && value.length > 0 && value.every((v) => values.includes(v))
        ? null
        : `must be a list of one or more of ${values.join(', ')}`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'must be a date (YYYY-MM-DD)';
  }
}

/**
 * Walks the flow from the first question over the answers given. Returns the first question
 * still to answer, or the outcome with the criteria that decided it (each with its source).
 * Pure: the same definition, answers and settings always give the same result.
 */
export function evaluate(definition: Definition, answers: Answers, overrides: Settings = {}): Evaluation {
  const problem = checkAnswers(definition, answers);
  if (problem) return { type: 'error', problem };
  const settings = resolveSettings(definition, overrides);
  const path: string[] = [];
  const decided: string[] = [];
  let id = definition.firstQuestion;
  for (;;) {
    const question = definition.questions.find((q) => q.id === id);
    if (!question) return { type: 'error', problem: `unknown question "${id}"` };
    if (path.includes(id)) return { type: 'error', problem: `the flow loops back to "${id}"` };
    const answer = answers[id];
    // An answer the question no longer offers (an earlier answer changed, e.g. the age) is
    // treated as not given, so the question is asked again rather than deciding anything.
    if (answer === undefined || !offered(question, answer, answers, settings))
      return { type: 'question', question, path };
    path.push(id);
    const step = transition(question, answer, answers, settings);
    if (!step) return { type: 'error', problem: `no route leads on from "${id}" for this answer` };
    decided.push(...(step.criteria ?? []));
    if (step.outcome) {
      const outcome = definition.outcomes.find((o) => o.id === step.outcome);
      if (!outcome) return { type: 'error', problem: `unknown outcome "${step.outcome}"` };
      const criteria = [...new Set(decided)]
        .map((c) => definition.criteria.find((x) => x.id === c))
        .filter((c): c is Criterion => Boolean(c));
      return { type: 'outcome', outcome, criteria, path };
    }
    id = step.next!;
  }
}

function offered(question: Question, answer: Answer, answers: Answers, settings: Settings): boolean {
  if (question.kind !== 'radios' && question.kind !== 'checkboxes') return true;
  const values = visibleOptions(question, answers, settings).map((o) => o.value);
  return Array.isArray(answer) ? answer.every((v) => values.includes(v)) : values.includes(answer as string);
}

function transition(question: Question, answer: Answer, answers: Answers, settings: Settings): Transition | undefined {
  if (question.kind === 'radios') {
    const option = question.options?.find((o) => o.value === answer);
    if (option && (option.next || option.outcome)) return option;
  }
  return question.routes?.find((r) => !r.when || holds(r.when, answers, settings));
}

/** Only the answers on the current path: what check-your-answers shows and the result uses. */
export function answersOnPath(answers: Answers, path: string[]): Answers {
  return Object.fromEntries(path.filter((id) => id in answers).map((id) => [id, answers[id]]));
}
