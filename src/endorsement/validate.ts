import { isEvidenceUrl, isRealDate } from './evidence.js';
import { validate as matchesSchema, type SchemaError } from './registry.validator.generated.js';
import type { Registry, RegistryCheck, RegistryProblem, SignatoryEntry } from './types.js';

/** More entries than any real registry (about 400 councils and bodies) could hold. */
export const MAX_ENTRIES = 20_000;
/** At most this many problems are reported: the first ones are enough to fix a file. */
export const MAX_PROBLEMS = 20;

const ENTRY_FIELDS = [
  'id',
  'name',
  'type',
  'scheme',
  'role',
  'dateSigned',
  'evidenceUrl',
  'lastVerified',
] as const satisfies readonly (keyof SignatoryEntry)[];
const ROOT_FIELDS = ['version', 'publisher', 'updated', 'entries'] as const;

const ISO_DATE = 'must be an ISO date (2018-07-04)';
const EVIDENCE = 'must be an https:// address of a public page that shows the endorsement';

/** "/entries/3/evidenceUrl" → "entries[3].evidenceUrl"; "" → "(root)". */
function pathOf(pointer: string, child?: unknown): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (typeof child === 'string') parts.push(child);
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const p of pointer.split('/').slice(1)) v = (v as Record<string, unknown> | null)?.[p];
  return v;
}

const shown = (v: unknown) => JSON.stringify(v)?.slice(0, 80) ?? String(v);

/** An Ajv error as a sentence a council developer can act on. */
function sentence(e: SchemaError, root: unknown): RegistryProblem {
  const field = e.instancePath.split('/').pop() ?? '';
  const value = valueAt(root, e.instancePath);
  switch (e.keyword) {
    case 'required':
      return { path: pathOf(e.instancePath, e.params.missingProperty), message: 'is missing' };
    case 'additionalProperties':
      return {
        path: pathOf(e.instancePath, e.params.additionalProperty),
        message: 'is not a field of the registry format (version 1)',
      };
    case 'type': {
      const type = String(e.params.type);
      const what = { object: 'a JSON object', array: 'an array', string: 'a string' }[type] ?? type;
      return { path: pathOf(e.instancePath), message: `must be ${type === 'string,null' ? 'a string or null' : what}` };
    }
    case 'const':
      return { path: pathOf(e.instancePath), message: `must be 1 (got ${shown(value)})` };
    case 'enum':
      return {
        path: pathOf(e.instancePath),
        message: `must be one of ${(e.params.allowedValues as string[]).join(', ')} (got ${shown(value)})`,
      };
    case 'maxItems':
      return {
        path: pathOf(e.instancePath),
        message: `has ${(value as unknown[]).length} entries; the limit is ${MAX_ENTRIES}`,
      };
    case 'maxLength':
      return { path: pathOf(e.instancePath), message: `must be at most ${String(e.params.limit)} characters` };
    case 'minLength':
      return { path: pathOf(e.instancePath), message: 'must not be empty' };
    case 'pattern': {
      const messages: Record<string, string> = {
        id: `${shown(value)} is neither an ONS GSS code (E09000007) nor a lower-case slug (socitm)`,
        evidenceUrl: EVIDENCE,
        name: 'must not be blank',
        publisher: 'must not be blank',
      };
      return { path: pathOf(e.instancePath), message: messages[field] ?? ISO_DATE };
    }
    default:
      return { path: pathOf(e.instancePath), message: e.message ?? `fails ${e.keyword}` };
  }
}

/** The checks a JSON Schema cannot express: own fields, real dates, safe links, one entry per id and scheme. */
function semanticProblems(value: Record<string, unknown>): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const add = (path: string, message: string) => problems.length < MAX_PROBLEMS && problems.push({ path, message });
  // Fields inherited through a polluted Object.prototype are not the file's: every field must be its own.
  for (const key of ROOT_FIELDS) if (!Object.hasOwn(value, key)) add(key, 'is missing');
  if (!isRealDate(value.updated as string)) add('updated', ISO_DATE);
  const seen = new Map<string, number>();
  const entries = value.entries as Record<string, unknown>[];
  for (let i = 0; i < entries.length && problems.length < MAX_PROBLEMS; i++) {
    const e = entries[i];
    const path = `entries[${i}]`;
    const missing = ENTRY_FIELDS.find((key) => !Object.hasOwn(e, key));
    if (missing) {
      add(`${path}.${missing}`, 'is missing');
      continue;
    }
    if (e.dateSigned !== null && !isRealDate(e.dateSigned as string)) add(`${path}.dateSigned`, ISO_DATE);
    if (!isRealDate(e.lastVerified as string)) add(`${path}.lastVerified`, ISO_DATE);
    if (!isEvidenceUrl(e.evidenceUrl as string)) add(`${path}.evidenceUrl`, EVIDENCE);
    const key = `${e.scheme as string}\u0000${e.id as string}`;
    const previous = seen.get(key);
    if (previous !== undefined)
      add(`${path}.id`, `"${e.id as string}" already appears for ${e.scheme as string} at entries[${previous}]`);
    else seen.set(key, i);
  }
  return problems;
}

/** A copy holding only the format's fields, frozen: nothing the caller or the page holds can change it later. */
function cleanCopy(value: Record<string, unknown>): Registry {
  const entries = (value.entries as Record<string, unknown>[]).map((e) => {
    const copy = {} as Record<string, unknown>;
    for (const key of ENTRY_FIELDS) copy[key] = e[key];
    return Object.freeze(copy as unknown as SignatoryEntry);
  });
  return Object.freeze({
    version: 1,
    publisher: value.publisher as string,
    updated: value.updated as string,
    entries: Object.freeze(entries) as SignatoryEntry[],
  });
}

/**
 * Checks a parsed JSON value against the registry format: first the JSON Schema
 * (registry.schema.json, compiled ahead of time, so the runtime check *is* the schema), then
 * what a schema cannot say (real calendar dates, evidence links the URL policy allows, one
 * entry per organisation per scheme, fields that are the value's own). Returns a clean,
 * frozen copy, or up to MAX_PROBLEMS problems with their paths
 * (`entries[3].evidenceUrl: must be an https:// address…`). Never throws, whatever the value.
 */
export function validateRegistry(value: unknown): RegistryCheck {
  try {
    if (!matchesSchema(value)) {
      const problems: RegistryProblem[] = [];
      const paths = new Set<string>();
      for (const error of matchesSchema.errors ?? []) {
        const p = sentence(error, value);
        if (paths.has(p.path)) continue; // one problem per place (an empty name is also blank)
        paths.add(p.path);
        problems.push(p);
        if (problems.length === MAX_PROBLEMS) break;
      }
      return { ok: false, problems: problems.length ? problems : [{ path: '(root)', message: 'is not a registry' }] };
    }
    const problems = semanticProblems(value as Record<string, unknown>);
    if (problems.length) return { ok: false, problems };
    return { ok: true, registry: cleanCopy(value as Record<string, unknown>) };
  } catch {
    // A value that throws when read (a getter, a proxy) is not a registry.
    return { ok: false, problems: [{ path: '(root)', message: 'could not be read' }] };
  }
}

/** "entries[3].evidenceUrl: must be…; entries[7].id: …" (the first three), for a console message. */
export function describeProblems(problems: readonly RegistryProblem[]): string {
  const first = problems
    .slice(0, 3)
    .map((p) => `${p.path}: ${p.message}`)
    .join('; ');
  return problems.length > 3 ? `${first} (and ${problems.length - 3} more)` : first;
}
