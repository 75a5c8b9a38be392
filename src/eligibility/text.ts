import type { Audience, Text } from './types.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, key: string) => Object.hasOwn(o, key);

/** The audience keys a text may vary by. */
export const AUDIENCE_KEYS = ['self', 'someone-else', 'organisation'] as const;

/** Whether a text varies by audience: `{ "self": …, "someone-else": … }`. */
export function byAudience(text: unknown): text is Obj {
  return isObject(text) && own(text, 'self');
}

/**
 * The words to show for a definition's text: the variant for this audience (else "self"), in this
 * language (else its primary language, else English, else the first written). `lang` is a BCP 47
 * tag such as "cy" or "en-GB"; English when absent. Plain strings are used as they are. Never
 * throws on plain data; '' when there is nothing to show.
 */
export function textFor(text: Text | undefined, lang = 'en', audience: Audience = 'self'): string {
  let t: unknown = text;
  if (byAudience(t)) t = own(t, audience) && t[audience] !== undefined ? t[audience] : t.self;
  if (typeof t === 'string') return t;
  if (!isObject(t)) return '';
  const tag = String(lang);
  const primary = tag.toLowerCase().split('-')[0];
  for (const key of [tag, primary, 'en']) if (own(t, key) && typeof t[key] === 'string') return t[key] as string;
  for (const key of Object.keys(t)) if (typeof t[key] === 'string') return t[key] as string;
  return '';
}
