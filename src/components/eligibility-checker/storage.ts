import type { Answers } from '../../eligibility/types.js';

/** The format of a saved journey; a journey saved in another format is not resumed. */
export const PROGRESS_VERSION = 2;

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
