/**
 * The one URL policy: every address a component renders as a link or fetches goes through here
 * first, whether it came from an attribute, a definition, a provider's data or a registry.
 *
 * Allowed: `https:`, `http:`, relative addresses and, for links only, `mailto:` and `tel:` and
 * the `blob:` address of a file a component made itself (fileUrl), until it is revoked.
 * Refused: every other scheme (`javascript:`, `data:`, `vbscript:`, any other `blob:`, `file:`…).
 *
 * The check sees the address as a browser will: the WHATWG URL parser first strips leading and
 * trailing C0 control characters and spaces, and removes every tab, line feed and carriage
 * return anywhere, and schemes are case-insensitive. So "  JaVa\tScRiPt:alert(1)" is refused
 * here, as the browser would run it as javascript:. (https://url.spec.whatwg.org/#concept-basic-url-parser)
 * Plain TypeScript, no DOM.
 */
import { errorOnce } from './warn.js';

/** A link a resident follows, or a request a component makes. */
export type UrlPurpose = 'link' | 'request';

const SCHEMES: Record<UrlPurpose, readonly string[]> = {
  link: ['https', 'http', 'mailto', 'tel'],
  request: ['https', 'http'],
};

const isC0OrSpace = (code: number) => code <= 0x20;
const isTabOrNewline = (code: number) => code === 0x09 || code === 0x0a || code === 0x0d;
const SCHEME = /^[a-z][a-z0-9+.-]*$/i;

/** The address as a browser parses it: C0 controls and spaces trimmed, tabs and newlines removed. */
export function normaliseUrl(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isC0OrSpace(value.charCodeAt(start))) start++;
  while (end > start && isC0OrSpace(value.charCodeAt(end - 1))) end--;
  let out = '';
  for (let i = start; i < end; i++) if (!isTabOrNewline(value.charCodeAt(i))) out += value[i];
  return out;
}

/** The scheme in lower case ("https"), or '' for a relative address. */
export function schemeOf(normalised: string): string {
  const colon = normalised.indexOf(':');
  if (colon < 1) return '';
  const candidate = normalised.slice(0, colon);
  // "/path:x", "?q=a:b" and "#a:b" have a colon but no scheme: they are relative.
  return SCHEME.test(candidate) ? candidate.toLowerCase() : '';
}

/** The blob: addresses of files made by fileUrl and not yet revoked: the only blob: links allowed. */
const ownFiles = new Set<string>();

/**
 * A file a component made itself (e.g. a calendar), as a blob: address a link may point to.
 * Throws what the browser throws when it cannot make one; revoke it with revokeFileUrl.
 */
export function fileUrl(content: string, type: string): string {
  const url = URL.createObjectURL(new Blob([content], { type }));
  ownFiles.add(url);
  return url;
}

/** Frees a file made by fileUrl: its address is refused from now on. */
export function revokeFileUrl(url: string): void {
  ownFiles.delete(url);
  URL.revokeObjectURL(url);
}

/**
 * The address to use, normalised, or null when the policy refuses it (or there is none).
 * Never throws, whatever the value.
 */
export function safeUrl(value: unknown, purpose: UrlPurpose = 'link'): string | null {
  if (typeof value !== 'string') return null;
  const url = normaliseUrl(value);
  if (!url) return null;
  const scheme = schemeOf(url);
  if (scheme === 'blob') return purpose === 'link' && ownFiles.has(url) ? url : null;
  return scheme === '' || SCHEMES[purpose].includes(scheme) ? url : null;
}

/** Where an address came from, for the console: the element and the attribute or data field. */
export interface UrlSource {
  element: string;
  field: string;
}

/**
 * safeUrl, and one console error naming the element, the attribute or field and the value when
 * the policy refuses an address: the caller leaves the link out (or shows its text unlinked) or
 * makes no request. An empty value is simply absent: '' with no message.
 */
export function policyUrl(value: unknown, where: UrlSource, purpose: UrlPurpose = 'link'): string {
  const url = safeUrl(value, purpose);
  if (url !== null) return url;
  if (value === undefined || value === null || (typeof value === 'string' && !normaliseUrl(value))) return '';
  const shown = JSON.stringify(String(value).slice(0, 200));
  const allowed = SCHEMES[purpose].map((s) => `${s}:`).join(', ');
  errorOnce(
    `<${where.element}>: ${where.field}=${shown} is not an address it may ${purpose === 'link' ? 'link to' : 'request'} ` +
      `(allowed: ${allowed} and relative addresses), so it is ${purpose === 'link' ? 'left out' : 'not requested'}.`,
  );
  return '';
}
