// Resolves "@local-digital/components/…" through this repository's package.json exports map,
// so the examples import exactly what an installed package would give them, before publishing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  name: string;
  exports: Record<string, string | { import: string }>;
};

export const packageAlias = Object.entries(pkg.exports)
  .filter(([key]) => !key.includes('*'))
  .map(([key, target]) => ({
    find: `${pkg.name}${key === '.' ? '' : key.slice(1)}`,
    replacement: `${root}${(typeof target === 'string' ? target : target.import).slice(2)}`,
  }))
  .sort((a, b) => b.find.length - a.find.length);
