import { TRUSTED_PUBLISHERS } from './trusted-publishers.js';
import { NO_PUBLISHER_KEY, type TrustedPublisher } from './types.js';

/**
 * Detached signatures for registries: ECDSA with the P-256 curve and SHA-256 over the exact
 * bytes of the registry file, checked with WebCrypto (crypto.subtle, in every engine). The
 * signature file holds the 64-byte signature (r ‖ s, as WebCrypto makes it) in base64: 88
 * characters, with its padding; whitespace around it is ignored. No DOM.
 */
export type SignatureCheck = { ok: true; publisher: TrustedPublisher } | { ok: false; problem: string };

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;
/** 64 bytes in canonical base64: 86 characters, the last holding 2 bits (A, Q, g or w), then "==". */
const SIGNATURE = /^[A-Za-z0-9+/]{85}[AQgw]==$/;

/** Bytes from base64, or null; only the canonical form, so no two texts mean one signature. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** The signature's 64 bytes from the text of a signature file, or null when it is not one. */
export function parseSignature(text: unknown): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string' || text.length > 1000) return null;
  const trimmed = text.trim();
  return SIGNATURE.test(trimmed) ? fromBase64(trimmed) : null;
}

const keys = new WeakMap<TrustedPublisher, Promise<CryptoKey | null>>();

function importKey(subtle: SubtleCrypto, publisher: TrustedPublisher): Promise<CryptoKey | null> {
  let key = keys.get(publisher);
  if (!key) {
    const k = publisher.publicKey;
    const spki = typeof k === 'string' ? fromBase64(k.replace(/\s+/g, '')) : null;
    key = (
      spki
        ? subtle.importKey('spki', spki, ECDSA_P256, false, ['verify'])
        : subtle.importKey(
            'jwk',
            { kty: 'EC', crv: 'P-256', x: (k as { x: string }).x, y: (k as { y: string }).y },
            ECDSA_P256,
            false,
            ['verify'],
          )
    ).catch(() => null);
    keys.set(publisher, key);
  }
  return key;
}

/**
 * Does `signature` (the text of a .sig file) sign exactly these bytes with the key of one of
 * the trusted publishers? Answers with that publisher or a sentence saying why not. Never
 * throws, whatever it is given.
 */
export async function verifyRegistrySignature(
  bytes: Uint8Array<ArrayBuffer>,
  signature: unknown,
  publishers: readonly TrustedPublisher[] = TRUSTED_PUBLISHERS,
): Promise<SignatureCheck> {
  try {
    if (!publishers.length) return { ok: false, problem: NO_PUBLISHER_KEY };
    const subtle = globalThis.crypto?.subtle;
    if (!subtle)
      return {
        ok: false,
        problem: 'this browser cannot check signatures here (WebCrypto needs a page served over https)',
      };
    const sig = parseSignature(signature);
    if (!sig)
      return {
        ok: false,
        problem: 'the signature file does not hold an ECDSA P-256 signature (88 characters of base64)',
      };
    for (const publisher of publishers) {
      const key = await importKey(subtle, publisher);
      if (key && (await subtle.verify(ECDSA_SHA256, key, sig, bytes))) return { ok: true, publisher };
    }
    return {
      ok: false,
      problem:
        "the signature does not match the file with any trusted publisher's key (the file was changed after it was signed, or someone else signed it)",
    };
  } catch {
    return { ok: false, problem: 'the signature could not be checked' };
  }
}
