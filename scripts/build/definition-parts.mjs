// Bundled eligibility definitions (src/eligibility/definitions/*.json), cut to what a page uses.
//
//   imported by blue-badge-checker/start-pages.ts → the start page only (`title`, `start`,
//       `languages`), in English only: it is in the entry, so an English start page shows in the
//       same frame as the element, before the rules arrive (no layout shift), and English pages
//       carry no Welsh for it;
//   imported from anywhere else (each nation's own chunk) → the rest, without what no resident
//       sees: `$schema`, the maintainers' `note`s and the settings' `description`s. The start page
//       stays in it only if it has words in another language (Wales), for pages in that language.
//
// The element merges the two, the rules last (nations.ts). Without this plugin (tests, Storybook)
// both imports are the whole file, and merging the whole file with a part of itself changes
// nothing. The published JSON files (dist/definitions/, copied by scripts/copy-assets.mjs) stay whole.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

const DEFINITION = /\/eligibility\/definitions\/[\w-]+\.json$/;
const PREFIX = '\0ldc-definition:';
const START_KEYS = ['title', 'start', 'languages'];
// The rules keep `languages` too: the checker reads it on every step.
const MOVED = ['title', 'start'];

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
/** A text with only its English (`{ "en": …, "cy": … }` → `{ "en": … }`), at any depth. */
function english(value) {
  if (Array.isArray(value)) return value.map(english);
  if (!value || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if ('en' in value && keys.every((k) => LANGUAGE.test(k))) return { en: english(value.en) };
  return Object.fromEntries(keys.map((k) => [k, english(value[k])]));
}

/** The start page of a definition, in English: what the entry carries. */
export function startPart(definition) {
  return english(Object.fromEntries(START_KEYS.filter((k) => k in definition).map((k) => [k, definition[k]])));
}

/** Whether the entry's start page is the whole start page (it has no other language's words). */
const startIsWhole = (definition) =>
  JSON.stringify(startPart(definition)) ===
  JSON.stringify(Object.fromEntries(START_KEYS.filter((k) => k in definition).map((k) => [k, definition[k]])));

/** The rest of a definition, without the start page and what no resident ever sees. */
export function rulesPart(definition) {
  const moved = startIsWhole(definition) ? MOVED : [];
  const drop = (value, path) => {
    if (Array.isArray(value)) return value.map((v) => drop(v, path));
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => {
          if (path.length === 0) return k !== '$schema' && !moved.includes(k);
          if (k === 'note') return false; // "For the people who maintain the definition; never shown."
          return !(path.length === 2 && path[0] === 'settings' && k === 'description');
        })
        .map(([k, v]) => [k, drop(v, [...path, k])]),
    );
  };
  return drop(definition, []);
}

export function definitionParts() {
  return {
    name: 'ldc-definition-parts',
    resolveId(source, importer) {
      if (!importer || !DEFINITION.test(source)) return null;
      const file = resolve(dirname(importer), source);
      const part = /[/\\]start-pages\.ts$/.test(importer) ? 'start' : 'rules';
      return `${PREFIX}${part}:${file}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [part, ...rest] = id.slice(PREFIX.length).split(':');
      const file = rest.join(':');
      this.addWatchFile(file);
      const definition = JSON.parse(readFileSync(file, 'utf8'));
      const value = part === 'start' ? startPart(definition) : rulesPart(definition);
      // One object literal: terser shortens it; the chunk is named after the definition.
      return {
        code: `export default ${JSON.stringify(value)};\n`,
        map: { mappings: '' },
        meta: { name: basename(file, '.json') },
      };
    },
  };
}
