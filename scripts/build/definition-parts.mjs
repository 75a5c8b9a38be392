// Bundled eligibility definitions (src/eligibility/definitions/*.json), cut to what a page uses.
//
//   imported by blue-badge-checker/start-pages.ts → the start page only (`title`, `start`, `languages`): it is
//       in the entry, so the start page shows in the same frame as the element, before the rules
//       arrive (no layout shift), and the rules chunk does not carry it again;
//   imported from anywhere else (each nation's own chunk) → everything else, without what no
//       resident sees: `$schema`, the maintainers' `note`s and the settings' `description`s.
//
// The element merges the two (nations.ts). Without this plugin (tests, Storybook) both imports are
// the whole file, and merging the whole file with a part of itself changes nothing. The published
// JSON files (dist/definitions/, copied by scripts/copy-assets.mjs) stay whole.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

const DEFINITION = /\/eligibility\/definitions\/[\w-]+\.json$/;
const PREFIX = '\0ldc-definition:';
const START_KEYS = ['title', 'start', 'languages'];
// The rules keep `languages` too: the checker reads it on every step.
const MOVED = ['title', 'start'];

/** The start page of a definition: what the entry carries. */
export function startPart(definition) {
  return Object.fromEntries(START_KEYS.filter((k) => k in definition).map((k) => [k, definition[k]]));
}

/** The rest of a definition, without the start page and what no resident ever sees. */
export function rulesPart(definition) {
  const drop = (value, path) => {
    if (Array.isArray(value)) return value.map((v) => drop(v, path));
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => {
          if (path.length === 0) return k !== '$schema' && !MOVED.includes(k);
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
