import { fetchJson, type FetchOptions } from '../core/fetch-json.js';
import { bundledRegistry } from './bundled-registry.js';
import type { Registry } from './types.js';
import { validateRegistry } from './validate.js';

export type RegistryLoad = { ok: true; registry: Registry } | { ok: false; problem: string };

/**
 * The bundled registry, or the one at `url`, validated. Every failure (network, timeout,
 * HTTP status, bad JSON, a registry that does not fit the format) is a sentence for the
 * console, never an exception.
 */
export async function loadRegistry(url?: string | null, options: FetchOptions = {}): Promise<RegistryLoad> {
  if (!url) return { ok: true, registry: bundledRegistry };
  const res = await fetchJson(url, options);
  if (!res.ok) return { ok: false, problem: `could not load the registry at ${url}: ${res.error.message}` };
  const checked = validateRegistry(res.data);
  return checked.ok
    ? checked
    : {
        ok: false,
        problem: `the registry at ${url} is not valid: ${checked.problem.path}: ${checked.problem.message}`,
      };
}

const cache = new Map<string, Promise<RegistryLoad>>();

/**
 * loadRegistry, shared by every badge and list on the page that names the same URL, so
 * twenty badges make one request. A failed load is forgotten so a later element retries.
 */
export function loadRegistryOnce(
  url?: string | null,
  options: Omit<FetchOptions, 'signal'> = {},
): Promise<RegistryLoad> {
  const key = url || '(bundled)';
  let pending = cache.get(key);
  if (!pending) {
    pending = loadRegistry(url, options).then((res) => {
      if (!res.ok) cache.delete(key);
      return res;
    });
    cache.set(key, pending);
  }
  return pending;
}
