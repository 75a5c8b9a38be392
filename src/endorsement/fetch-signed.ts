import { fetchJson } from '../core/fetch-json.js';
import type { RegistryLoad, RegistryLoadOptions } from './load-registry.js';
import { verifyRegistrySignature } from './signature.js';
import { describeProblems, validateRegistry } from './validate.js';

/** Larger than any real registry file (20,000 entries of about 400 characters). */
export const MAX_REGISTRY_CHARS = 10_000_000;

const refused = (problem: string): RegistryLoad => ({ ok: false, problem });

/**
 * The remote half of loadRegistry, loaded only when a page names a registry URL (most pages use
 * the bundled registry and never download the validator or the signature check). Both addresses
 * have passed the URL policy. The registry is read as text and the signature checked over exactly
 * those bytes before anything is parsed; then the registry is validated. Never throws.
 */
export async function fetchSignedRegistry(
  shown: string,
  registryUrl: string,
  signatureUrl: string,
  options: RegistryLoadOptions,
): Promise<RegistryLoad> {
  const fetchOptions = { timeoutMs: options.timeoutMs, signal: options.signal, as: 'text' as const };
  const [body, signature] = await Promise.all([
    fetchJson<string>(registryUrl, fetchOptions),
    fetchJson<string>(signatureUrl, fetchOptions),
  ]);
  if (!body.ok) return refused(`could not load the registry at ${shown}: ${body.error.message}`);
  if (!signature.ok)
    return refused(
      `the registry at ${shown} is refused: its signature could not be loaded from ${signatureUrl} (${signature.error.message}), and a registry from an address is used only when it is signed`,
    );
  if (body.data.length > MAX_REGISTRY_CHARS)
    return refused(`the registry at ${shown} is larger than ${MAX_REGISTRY_CHARS} characters`);
  // The bytes the publisher signed: the signing script refuses files that do not survive
  // UTF-8 decoding unchanged (a byte order mark, invalid sequences), so these are the file's bytes.
  const signed = await verifyRegistrySignature(new TextEncoder().encode(body.data), signature.data);
  if (!signed.ok) return refused(`the registry at ${shown} is refused: ${signed.problem}`);
  let data: unknown;
  try {
    data = JSON.parse(body.data);
  } catch {
    return refused(`the registry at ${shown} is not valid JSON`);
  }
  const checked = validateRegistry(data);
  if (!checked.ok) return refused(`the registry at ${shown} is not valid: ${describeProblems(checked.problems)}`);
  return { ok: true, registry: checked.registry, listedBy: signed.publisher.name, signedBy: signed.publisher };
}
