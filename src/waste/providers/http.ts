import { fetchJson, type FetchOptions } from '../../core/fetch-json.js';
import { ProviderError, type LookupOptions } from '../types.js';

/** Fills {postcode} or {uprn} in a URL template, encoded. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? encodeURIComponent(values[key]) : whole,
  );
}

/** Fetches for a provider; every failure becomes a ProviderError with a kind the widget words. */
export async function providerFetch<T = unknown>(
  url: string,
  options: LookupOptions,
  as: FetchOptions['as'] = 'json',
): Promise<T> {
  const res = await fetchJson<T>(url, { signal: options.signal, timeoutMs: options.timeoutMs, as });
  if (res.ok) return res.data;
  const e = res.error;
  if (e.kind === 'invalid-json') throw new ProviderError('invalid-data', e.message);
  throw new ProviderError(e.kind, e.message);
}

/** Throws a ProviderError('invalid-data') naming where the payload did not fit. */
export function invalid(path: string, message: string): never {
  throw new ProviderError('invalid-data', `${path}: ${message}`);
}

export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list at the top level, or in one of the wrappers APIs use ({ "hydra:member": [] } …). */
export function listFrom(payload: unknown, path: string, keys: string[]): unknown[] {
  if (Array.isArray(payload)) return payload;
  if (isObj(payload)) for (const k of keys) if (Array.isArray(payload[k])) return payload[k] as unknown[];
  return invalid(path, `must be a list${keys.length ? ` (or an object with ${keys.join(' or ')})` : ''}`);
}

/** A string (or number, for ids) that is not empty; otherwise the payload is invalid. */
export function text(v: unknown, path: string): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string' || !v.trim()) return invalid(path, 'must be a non-empty string');
  return v.trim();
}

/** Addresses in the normalised contract: [{ uprn, label, parentUprn? }]. */
export function parseAddressList(payload: unknown): { uprn: string; label: string; parentUprn?: string }[] {
  return listFrom(payload, 'addresses', ['addresses', 'results']).map((a, i) => {
    if (!isObj(a)) return invalid(`addresses[${i}]`, 'must be an object');
    const parent = a.parentUprn ?? a.parent_uprn;
    return {
      uprn: text(a.uprn, `addresses[${i}].uprn`),
      label: text(a.label ?? a.address, `addresses[${i}].label`),
      ...(parent ? { parentUprn: text(parent, `addresses[${i}].parentUprn`) } : {}),
    };
  });
}

/** findAddresses over a URL template with {postcode} that answers in the normalised contract. */
export async function lookUpAddresses(template: string, postcode: string, options: LookupOptions) {
  return parseAddressList(await providerFetch(fillTemplate(template, { postcode }), options));
}

/** "Mixed recycling" → "mixed-recycling": a stable service id from a council's label. */
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'service';
