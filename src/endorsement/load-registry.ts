import { safeUrl } from '../core/url-policy.js';
import { bundledRegistry } from './bundled-registry.js';
import { TRUSTED_PUBLISHERS } from './trusted-publishers.js';
import { NO_PUBLISHER_KEY, type Registry, type TrustedPublisher } from './types.js';

/**
 * A registry the components may believe, and who vouches for it: the trusted publisher whose
 * key signed it, or, for the bundled registry, its own publisher (it ships inside the script).
 */
export type RegistryLoad =
  | { ok: true; registry: Registry; listedBy: string; signedBy: TrustedPublisher | null }
  | { ok: false; problem: string };

export interface RegistryLoadOptions {
  /** Where the detached signature is; `signatureUrlFor(url)` when absent. */
  signatureUrl?: string | null;
  /** Milliseconds before giving up on either file; default 10 000. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Where a registry's signature is unless the page says otherwise: beside it, with `.sig` added
 * to the path (a query string or fragment stays at the end): `/r.json?v=2` → `/r.json.sig?v=2`.
 */
export function signatureUrlFor(url: string): string {
  const cut = url.search(/[?#]/);
  return cut < 0 ? `${url}.sig` : `${url.slice(0, cut)}.sig${url.slice(cut)}`;
}

const refused = (problem: string): RegistryLoad => ({ ok: false, problem });

/**
 * The bundled registry, or the one at `url` once its signature checks out against a publisher
 * key compiled into the bundle (TRUSTED_PUBLISHERS), then validated (fetch-signed.ts, loaded on
 * demand). The registry is read as text and the signature checked over exactly those bytes
 * before anything is parsed. Every failure (no trusted key, network, timeout, HTTP status, a
 * missing, wrong or foreign signature, bad JSON, a registry that does not fit the format) is a
 * sentence for the console, never an exception.
 */
export async function loadRegistry(url?: string | null, options: RegistryLoadOptions = {}): Promise<RegistryLoad> {
  if (!url) return { ok: true, registry: bundledRegistry, listedBy: bundledRegistry.publisher, signedBy: null };
  const registryUrl = safeUrl(url, 'request');
  if (!registryUrl) return refused(`the registry address ${JSON.stringify(url)} is not one it may request`);
  const signatureUrl = safeUrl(options.signatureUrl || signatureUrlFor(registryUrl), 'request');
  if (!signatureUrl)
    return refused(`the signature address ${JSON.stringify(options.signatureUrl)} is not one it may request`);
  // Say so before asking the network for files nothing could vouch for.
  if (!TRUSTED_PUBLISHERS.length) return refused(`the registry at ${url} is refused: ${NO_PUBLISHER_KEY}`);
  try {
    const { fetchSignedRegistry } = await import('./fetch-signed.js');
    return await fetchSignedRegistry(url, registryUrl, signatureUrl, options);
  } catch {
    return refused(`the registry at ${url} could not be checked (the signature checker did not load)`);
  }
}

const cache = new Map<string, Promise<RegistryLoad>>();

/**
 * loadRegistry, shared by every badge and list on the page that names the same registry and
 * signature, so twenty badges make one request. A failed load is forgotten so a later element
 * retries.
 */
export function loadRegistryOnce(
  url?: string | null,
  options: Omit<RegistryLoadOptions, 'signal'> = {},
): Promise<RegistryLoad> {
  const key = url ? `${url}\n${options.signatureUrl ?? ''}` : '(bundled)';
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
