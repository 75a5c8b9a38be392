import type { Answers } from '../../eligibility/types.js';

/** What persist="session" keeps: answers and where the user is, nothing else. */
export interface SavedProgress {
  v: 1;
  answers: Answers;
  step: string;
  history: string[];
}

const key = (definitionId: string) => `ldc-eligibility:${definitionId}`;

/** sessionStorage, or null where the page forbids it (privacy modes, sandboxed frames). */
function store(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function loadProgress(definitionId: string): unknown {
  try {
    const raw = store()?.getItem(key(definitionId));
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null; // corrupted: start fresh
  }
}

export function saveProgress(definitionId: string, progress: SavedProgress): void {
  try {
    store()?.setItem(key(definitionId), JSON.stringify(progress));
  } catch {
    // Storage full or forbidden: the checker still works, it just will not survive a reload.
  }
}

export function clearProgress(definitionId: string): void {
  try {
    store()?.removeItem(key(definitionId));
  } catch {
    // nothing to clear
  }
}
