import { fix, isValid, toNormalised } from 'postcode';

export type PostcodeCheck = { ok: true; postcode: string } | { ok: false; error: 'empty' | 'invalid' };

/**
 * Normalises and checks a UK postcode: the `postcode` package repairs spacing, case and
 * O/0, I/1 slips ("sw1a2aa", "SWIA 2AA" → "SW1A 2AA"); GOV.UK Notify's stricter rule then
 * rejects inward units with letters never used there (C, I, K, M, O, V).
 * A shape check only: "no addresses found" is the real test.
 */
export function checkPostcode(input: string): PostcodeCheck {
  const trimmed = String(input ?? '').trim();
  if (!trimmed) return { ok: false, error: 'empty' };
  // A postcode is at most 8 characters with its space; longer text is not one (and costs nothing).
  if (trimmed.length > 16) return { ok: false, error: 'invalid' };
  const repaired = fix(trimmed);
  if (!isValid(repaired)) return { ok: false, error: 'invalid' };
  const normalised = toNormalised(repaired)!;
  // alphagov/notifications-utils postal_address.py: inward unit [0-9][A-BD-HJLNP-UW-Z]{2}
  if (!/\d[ABD-HJLNP-UW-Z]{2}$/.test(normalised)) return { ok: false, error: 'invalid' };
  return { ok: true, postcode: normalised };
}
