import type { Definition } from './types.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, key: string) => Object.hasOwn(o, key);

/** A text's path in a definition, as validateDefinition writes paths: `questions[2].options[1].text`. */
export type TextVisitor = (text: unknown, path: string) => void;

/**
 * Visits every resident-facing text in a definition, with its path: what the language check, the
 * CLI and the playground read. Only fields that hold text; ids, values and links are not text.
 * Tolerates malformed data (skips what is not where it should be).
 */
export function forEachText(d: Definition, visit: TextVisitor): void {
  const one = (o: unknown, key: string, at: string) => {
    if (isObject(o) && own(o, key) && o[key] !== undefined) visit(o[key], at ? `${at}.${key}` : key);
  };
  const list = (o: unknown, key: string, at: string) => {
    if (isObject(o) && Array.isArray(o[key]))
      (o[key] as unknown[]).forEach((t, i) => visit(t, `${at ? `${at}.` : ''}${key}[${i}]`));
  };
  const each = (o: unknown, key: string, f: (item: unknown, at: string) => void) => {
    if (isObject(o) && Array.isArray(o[key])) (o[key] as unknown[]).forEach((item, i) => f(item, `${key}[${i}]`));
  };
  one(d, 'title', '');
  for (const k of ['resultsHeading', 'factsHeading', 'applyText']) one(d, k, '');
  list(d.start, 'intro', 'start');
  list(d.start, 'youNeed', 'start');
  one(d.start, 'time', 'start');
  each(d, 'facts', (f, at) => ['label', 'value'].forEach((k) => one(f, k, at)));
  each(d, 'questions', (q, at) => {
    for (const k of ['text', 'hint', 'summary', 'changeLabel', 'prefix', 'suffix']) one(q, k, at);
    if (isObject(q)) for (const k of ['required', 'invalid', 'min', 'max']) one(q.errors, k, `${at}.errors`);
    if (isObject(q))
      each(q, 'options', (o, oat) => ['text', 'hint', 'dividerBefore'].forEach((k) => one(o, k, `${at}.${oat}`)));
  });
  each(d, 'outcomes', (o, at) => {
    for (const k of ['title', 'whyHeading']) one(o, k, at);
    for (const k of ['body', 'haveReady', 'nextSteps']) list(o, k, at);
    if (isObject(o)) {
      one(o.link, 'text', `${at}.link`);
      each(o, 'help', (h, hat) => one(h, 'text', `${at}.${hat}`));
    }
  });
  each(d, 'criteria', (c, at) => {
    one(c, 'text', at);
    if (isObject(c)) one(c.guidance, 'text', `${at}.guidance`);
  });
}
