// Subresource Integrity for the CDN: dist/integrity.json lists the sha384 hash of every file a
// page may load from the CDN (dist/cdn/**/*.js, dist/tokens/**/*.css), keyed by its path in the
// package, with the package's name and version. The configurator and the documentation pin
// `<script … integrity="sha384-…" crossorigin="anonymous">` from it; `npm run release:check`
// checks it against the built files. Run by scripts/copy-assets.mjs at the end of `npm run build`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const INTEGRITY_FILE = 'dist/integrity.json';

/** The files a page may load from the CDN, as package-relative paths with forward slashes, sorted. */
export function cdnFiles(root = '.') {
  const out = [];
  const walk = (dir, keep) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, keep);
      else if (keep.test(name)) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(join(root, 'dist', 'cdn'), /\.js$/);
  walk(join(root, 'dist', 'tokens'), /\.css$/);
  return out.sort();
}

/** The SRI value of some bytes: "sha384-" and the base64 digest. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The integrity record for the files on disk now. */
export function computeIntegrity(root = '.') {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = Object.fromEntries(cdnFiles(root).map((f) => [f, sri(readFileSync(join(root, f)))]));
  return { name: pkg.name, version: pkg.version, algorithm: 'sha384', files };
}

/** Problems between dist/integrity.json and the built files (empty: they match). */
export function integrityProblems(root = '.') {
  const path = join(root, INTEGRITY_FILE);
  if (!existsSync(path)) return [`${INTEGRITY_FILE} is missing: run npm run build`];
  const recorded = JSON.parse(readFileSync(path, 'utf8'));
  const actual = computeIntegrity(root);
  const problems = [];
  if (recorded.name !== actual.name) problems.push(`${INTEGRITY_FILE} names ${recorded.name}, not ${actual.name}`);
  if (recorded.version !== actual.version)
    problems.push(`${INTEGRITY_FILE} is for version ${recorded.version}; package.json says ${actual.version}`);
  if (!actual.files['dist/cdn/ldc.js']) problems.push('dist/cdn/ldc.js is missing: run npm run build');
  for (const [file, hash] of Object.entries(actual.files)) {
    if (!recorded.files?.[file]) problems.push(`${file} has no hash in ${INTEGRITY_FILE}`);
    else if (recorded.files[file] !== hash) problems.push(`${file} does not match its hash in ${INTEGRITY_FILE}`);
  }
  for (const file of Object.keys(recorded.files ?? {}))
    if (!actual.files[file]) problems.push(`${INTEGRITY_FILE} lists ${file}, which is not built`);
  return problems;
}

export function writeIntegrity(root = '.') {
  const record = computeIntegrity(root);
  writeFileSync(join(root, INTEGRITY_FILE), JSON.stringify(record, null, 2) + '\n');
  return record;
}

if (process.argv[1]?.endsWith('integrity.mjs')) {
  const record = writeIntegrity();
  console.log(`integrity: sha384 of ${Object.keys(record.files).length} CDN files → ${INTEGRITY_FILE}`);
}
