import { warnIgnored } from '../../core/warn.js';
import type { Answers, Definition, Settings } from '../../eligibility/types.js';
import { CHECK, RESULT, START } from './journey.js';

/** The format of a saved journey; a journey saved in another format is not resumed. */
export const PROGRESS_VERSION = 2;

/**
 * Restoring and keeping journeys: its own chunk, loaded only by checkers that are given progress
 * or keep answers (persist="session").
 */

/** What persist="session" keeps: answers and where the user is, nothing else. */
export interface SavedProgress {
  v: typeof PROGRESS_VERSION;
  answers: Answers;
  step: string;
  history: string[];
}

/**
 * Where one checker keeps its journey: per definition and per element (its `storage-key`, else
 * its `id`), so two checkers on one page, even for the same nation, keep their own answers.
 */
export function progressKey(definitionId: string, elementKey: string): string {
  return `ldc-eligibility:v${PROGRESS_VERSION}:${definitionId}${elementKey ? `:${elementKey}` : ''}`;
}

/** sessionStorage, or null where the page forbids it (privacy modes, sandboxed frames). */
function store(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function loadProgress(key: string): unknown {
  try {
    const raw = store()?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null; // corrupted: start fresh
  }
}

export function saveProgress(key: string, progress: SavedProgress): void {
  try {
    store()?.setItem(key, JSON.stringify(progress));
  } catch {
    // Storage full or forbidden: the checker still works, it just will not survive a reload.
  }
}

export function clearProgress(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    // nothing to clear
  }
}

/** Which element keeps its journey under which key on this page: a second claimant does not save. */
const claims = new Map<string, WeakRef<Element>>();

/**
 * Claims `key` for `element`; false when another element still on the page holds it (two
 * checkers with the same definition and no id or storage-key to tell them apart).
 */
export function claimKey(key: string, element: Element): boolean {
  const holder = claims.get(key)?.deref();
  if (holder && holder !== element && holder.isConnected) return false;
  claims.set(key, new WeakRef(element));
  return true;
}

export function releaseKey(key: string, element: Element): void {
  if (claims.get(key)?.deref() === element) claims.delete(key);
}

/**
 * The key an element keeps a definition's journey under, claimed for it: null when another
 * checker on the page already keeps the same definition under the same key (neither has an id or
 * storage-key to tell them apart), which is said once in the console. `claimed` is the key the
 * element held before, released when it changes.
 */
export function claimSlot(
  definitionId: string,
  elementKey: string,
  element: Element,
  claimed: string | null,
): string | null {
  const key = progressKey(definitionId, elementKey);
  if (claimed === key) return key;
  if (!claimKey(key, element)) {
    warnIgnored(
      { element: element.localName, attribute: 'persist' },
      'session',
      `another checker on this page already keeps "${definitionId}" answers under the same key; give each checker its own id or storage-key. Answers are not kept`,
    );
    return null;
  }
  if (claimed) releaseKey(claimed, element);
  return key;
}

/**
 * Saved or given progress, if it fits the definition: own answers only (copied as JSON data, so
 * later changes to the object given do not reach the checker, and "__proto__" is an ordinary
 * key), the Back history, and the step. The answers decide where: "check" and "result" only when
 * they reach an outcome, and a question only when it is on their path; otherwise the first
 * question still to answer. Null when it does not fit (then the journey starts fresh). The
 * journey hands in its engine, already loaded: this chunk does not carry the engine's code again.
 */
export function restore(
  { checkAnswers, evaluate, findQuestion }: typeof import('./engine.js'),
  def: Definition,
  saved: unknown,
  stored: boolean,
  settings: Settings,
  today: string,
): { answers: Answers; history: string[]; step: string } | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const p = saved as Partial<{ v: unknown; answers: unknown; step: unknown; history: unknown }>;
  if (stored && p.v !== PROGRESS_VERSION) return null;
  const known = (s: unknown): s is string =>
    typeof s === 'string' && (s === START || s === CHECK || s === RESULT || findQuestion(def, s) !== undefined);
  const history = p.history ?? [];
  if (checkAnswers(def, p.answers) !== null || !known(p.step) || !Array.isArray(history) || !history.every(known))
    return null;
  const answers = JSON.parse(JSON.stringify(p.answers)) as Answers;
  const r = evaluate(def, answers, settings, { today });
  if (r.type === 'error') return null;
  let step = p.step;
  if (r.type === 'question') {
    if (step !== START && step !== r.question.id && !r.path.includes(step)) step = r.question.id;
  } else if (step !== START && step !== CHECK && step !== RESULT && !r.path.includes(step)) step = CHECK;
  return { answers, history: history as string[], step };
}
