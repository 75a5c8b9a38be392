import type { Registry, VerifyResult } from './types.js';

/**
 * Is this organisation recorded as endorsing (or signing) this scheme? Matches the exact
 * id only: a name, a look-alike name or a host-supplied flag can never verify anything.
 * The registry must have been validated (validateRegistry), so every entry has evidence.
 */
export function verify(registry: Registry, orgId: string, scheme: string): VerifyResult {
  const id = orgId.trim();
  const entry = registry.entries.find((e) => e.id === id && e.scheme === scheme);
  return entry ? { status: 'verified', entry } : { status: 'not-found', orgId: id, scheme };
}
