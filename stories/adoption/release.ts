/// <reference types="vite/client" />
/**
 * The release the documentation's snippets pin: the package's name and version, and the SRI
 * hashes `npm run build` wrote to dist/integrity.json. Storybook and the standalone configurator
 * (both Vite) read that file when it exists; without a build (or in the test runner, which has no
 * import.meta.glob) the hashes are empty and the snippets say so.
 */
import pkg from '../../package.json';
import { BUNDLE, scriptTag, type Release } from './configurator/snippet.js';

interface IntegrityRecord {
  name: string;
  version: string;
  files: Record<string, string>;
}

function built(): IntegrityRecord | undefined {
  try {
    const found = import.meta.glob<IntegrityRecord>('../../dist/integrity.json', { eager: true, import: 'default' });
    return Object.values(found)[0];
  } catch {
    return undefined; // not bundled by Vite
  }
}

const record = built();

/** The release of this build of the documentation. */
export const release: Release = {
  name: record?.name ?? pkg.name,
  version: record?.version ?? pkg.version,
  files: record?.files ?? {},
};

/** Whether the hashes are here (the documentation was built after `npm run build`). */
export const hasIntegrity = (r: Release = release) => Boolean(r.files[BUNDLE]);

const UNPINNED = `<script type="module" src="https://cdn.jsdelivr.net/npm/@local-digital/components/dist/cdn/ldc.js"></script>`;

/**
 * A Getting started snippet with its CDN script tag pinned: the version in the address, the
 * integrity hash and crossorigin. Snippets are kept unpinned in the repository (the tests run
 * them against the local build); the pages show them pinned.
 */
export function pinSnippet(snippet: string, r: Release = release): string {
  return snippet.replace(UNPINNED, scriptTag(r));
}
