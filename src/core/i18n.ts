/**
 * Strings in two languages, chosen per element: each element speaks the language of its nearest
 * `lang` attribute, so English and Welsh elements can sit side by side on one bilingual page.
 *
 * Why not @lit/localize's runtime mode: it keeps one global locale for the whole page (and
 * installing it configures a module a host page may share with its own Lit app). We keep its
 * message format and its tooling instead: `msg()` here has the same signature and the same
 * brand as @lit/localize's, so `lit-localize extract` finds every message and writes
 * `xliff/cy.xlf`, and `lit-localize build` turns the translations into `src/locales/cy.ts`
 * (runtime format: id → string or `str` template). What differs is how a message is looked up:
 * in the catalogue of the language of the element that is rendering (LdcElement sets it around
 * each update with `withLanguage`). So every string a resident sees must be computed during
 * render, never stored from an event handler.
 *
 * English is the source: an English page never loads the Welsh catalogue, which is its own
 * chunk, loaded the first time an element resolves to Welsh (before that element renders, so
 * Welsh readers never see English first).
 */
import type { msg as litMsg, str as litStr } from '@lit/localize';
import { isStrTagged, joinStringsAndValues, str as strTag } from '@lit/localize/internal/str-tag.js';
import { errorOnce } from './warn.js';

/**
 * @lit/localize's `str`, with its type (which `lit-localize extract` recognises), from the module
 * that holds only it: importing it from '@lit/localize' would bring the runtime mode's code along.
 */
export const str = strTag as typeof litStr;

/** The languages the library speaks: English (the source) and Welsh. */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];
export const SOURCE_LANGUAGE: Language = 'en';

/** A translated message: a string, or a `str` template whose values are indexes into the source's. */
type Localized = string | { strTag: true; strings: TemplateStringsArray | string[]; values: number[] };
type Catalogue = Record<string, Localized>;

const catalogues = new Map<Language, Catalogue>();
const loading = new Map<Language, Promise<void>>();
type CatalogueModule = { templates: Catalogue; generateMsgId: (strings: string | string[], isHtml: boolean) => string };
const loaders: Record<Exclude<Language, 'en'>, () => Promise<CatalogueModule>> = {
  cy: () => import('./catalogue-cy.js') as unknown as Promise<CatalogueModule>,
};
/** Names a message as @lit/localize does; it comes with the first catalogue (English looks nothing up). */
let generateMsgId: CatalogueModule['generateMsgId'] | undefined;

let current: Language = SOURCE_LANGUAGE;

/** The language for a BCP 47 tag: Welsh for `cy` and `cy-GB`, English for everything else. */
export function languageOf(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'cy' ? 'cy' : 'en';
}

/** Runs `render` with messages looked up in `language` (LdcElement wraps each update in this). */
export function withLanguage<T>(language: Language, render: () => T): T {
  const previous = current;
  current = language;
  try {
    return render();
  } finally {
    current = previous;
  }
}

/** The language messages are being looked up in right now. */
export const currentLanguage = (): Language => current;

/** Whether `language`'s catalogue must be loaded before an element can render in it. */
export function needsCatalogue(language: Language): boolean {
  return language !== SOURCE_LANGUAGE && !catalogues.has(language);
}

/**
 * Loads `language`'s catalogue once. Never rejects: if the chunk cannot load, elements speak
 * English and the console says why once.
 */
export function loadCatalogue(language: Language): Promise<void> {
  if (language === SOURCE_LANGUAGE || catalogues.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language as Exclude<Language, 'en'>]()
      .then((m) => {
        generateMsgId = m.generateMsgId;
        catalogues.set(language, m.templates);
      })
      .catch((e: unknown) => {
        loading.delete(language);
        errorOnce(
          `Local Digital components: the ${language} strings could not be loaded (${String(e)}); showing English.`,
        );
      });
    loading.set(language, pending);
  }
  return pending;
}

const ids = new WeakMap<object, string>();
const stringIds = new Map<string, string>();

/** The message's id, as @lit/localize generates it (so lit-localize extract agrees). */
function idOf(template: string | { strings: TemplateStringsArray }): string {
  if (typeof template === 'string') {
    let id = stringIds.get(template);
    if (id === undefined) stringIds.set(template, (id = generateMsgId!(template, false)));
    return id;
  }
  let id = ids.get(template.strings);
  if (id === undefined)
    ids.set(template.strings, (id = generateMsgId!(template.strings as unknown as string[], false)));
  return id;
}

type Template = string | { strTag: true; strings: TemplateStringsArray; values: unknown[] };

function lookUp(template: Template, options?: { id?: string }): string {
  const catalogue = current === SOURCE_LANGUAGE ? undefined : catalogues.get(current);
  const localized = catalogue?.[options?.id ?? idOf(template)];
  if (localized !== undefined) {
    if (typeof localized === 'string') return localized;
    if (typeof template !== 'string')
      return joinStringsAndValues(localized.strings as TemplateStringsArray, template.values, localized.values);
  }
  return typeof template !== 'string' && isStrTagged(template)
    ? joinStringsAndValues(template.strings, template.values)
    : (template as string);
}

/**
 * A message in the language of the element rendering it: `msg('Start now')`,
 * `msg(str\`Apply to ${council}\`)`. Strings and `str` templates only (no html templates):
 * text from the library is always text.
 */
export const msg = lookUp as unknown as typeof litMsg;
