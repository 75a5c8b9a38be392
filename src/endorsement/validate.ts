import {
  ORGANISATION_TYPES,
  ROLES,
  SCHEMES,
  type Registry,
  type RegistryProblem,
  type SignatoryEntry,
} from './types.js';

/** More entries than any real registry (about 400 councils and bodies) could hold. */
export const MAX_ENTRIES = 20_000;
const MAX_TEXT = 300;

const GSS = /^[EWSN]\d{8}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Check = RegistryProblem | null;
const problem = (path: string, message: string): RegistryProblem => ({ path, message });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

function text(entry: Record<string, unknown>, key: string, path: string): Check {
  const v = entry[key];
  if (typeof v !== 'string' || !v.trim()) return problem(`${path}.${key}`, 'must be a non-empty string');
  if (v.length > MAX_TEXT) return problem(`${path}.${key}`, `must be at most ${MAX_TEXT} characters`);
  return null;
}

function oneOf(entry: Record<string, unknown>, key: string, allowed: readonly string[], path: string): Check {
  return allowed.includes(entry[key] as string)
    ? null
    : problem(`${path}.${key}`, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(entry[key])})`);
}

function checkEntry(entry: unknown, path: string): Check {
  if (!isObject(entry)) return problem(path, 'must be an object');
  const first =
    text(entry, 'id', path) ??
    text(entry, 'name', path) ??
    oneOf(entry, 'type', ORGANISATION_TYPES, path) ??
    oneOf(entry, 'scheme', SCHEMES, path) ??
    oneOf(entry, 'role', ROLES, path) ??
    text(entry, 'evidenceUrl', path) ??
    text(entry, 'lastVerified', path);
  if (first) return first;
  const e = entry as unknown as SignatoryEntry;
  if (!GSS.test(e.id) && !SLUG.test(e.id))
    return problem(`${path}.id`, `"${e.id}" is neither an ONS GSS code (E09000007) nor a lower-case slug (socitm)`);
  if (e.dateSigned !== null && (typeof e.dateSigned !== 'string' || !isRealDate(e.dateSigned)))
    return problem(`${path}.dateSigned`, 'must be an ISO date (2018-07-04) or null');
  if (!isRealDate(e.lastVerified)) return problem(`${path}.lastVerified`, 'must be an ISO date (2026-11-28)');
  let url: URL | null = null;
  try {
    url = new URL(e.evidenceUrl);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:')
    return problem(`${path}.evidenceUrl`, 'must be an https:// address of a public page that shows the endorsement');
  return null;
}

/**
 * Checks that a parsed JSON value is a version 1 registry and returns it typed, or the
 * first problem with its path (`entries[3].evidenceUrl: must be an https:// address…`).
 * Duplicate id + scheme pairs are a problem: a registry must say one thing per organisation.
 */
export function validateRegistry(
  value: unknown,
): { ok: true; registry: Registry } | { ok: false; problem: RegistryProblem } {
  const fail = (p: RegistryProblem) => ({ ok: false as const, problem: p });
  if (!isObject(value)) return fail(problem('(root)', 'must be a JSON object'));
  if (value.version !== 1) return fail(problem('version', `must be 1 (got ${JSON.stringify(value.version)})`));
  for (const key of ['publisher', 'updated']) {
    const p = text(value, key, '(root)');
    if (p) return fail(problem(key, p.message));
  }
  if (!Array.isArray(value.entries)) return fail(problem('entries', 'must be an array'));
  if (value.entries.length > MAX_ENTRIES)
    return fail(problem('entries', `has ${value.entries.length} entries; the limit is ${MAX_ENTRIES}`));
  const seen = new Map<string, number>();
  for (let i = 0; i < value.entries.length; i++) {
    const path = `entries[${i}]`;
    const p = checkEntry(value.entries[i], path);
    if (p) return fail(p);
    const e = value.entries[i] as SignatoryEntry;
    const key = `${e.scheme}\u0000${e.id}`;
    const previous = seen.get(key);
    if (previous !== undefined)
      return fail(problem(`${path}.id`, `"${e.id}" already appears for ${e.scheme} at entries[${previous}]`));
    seen.set(key, i);
  }
  return { ok: true, registry: value as unknown as Registry };
}
