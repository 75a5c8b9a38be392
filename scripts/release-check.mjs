// `npm run release:check`, after `npm run build`: what must hold before a release (CI runs it).
//   1. the package: `npm pack` holds every exported file and nothing else (scripts/check-package.mjs)
//   2. sizes: every entry within its budget (scripts/sizes.mjs --check)
//   3. integrity: dist/integrity.json is for this version and matches every built CDN file
//   4. the changelog: a changeset is pending (.changeset/*.md), or CHANGELOG.md has an entry for
//      this version; and every pending changeset names this package with patch, minor or major
// Prints one line per check; exits 1 if any fails, naming what to do.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { integrityProblems } from './integrity.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const failures = [];

function run(name, args) {
  try {
    const out = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    console.log(`release: ${name}: ok (${out.trim().split('\n').at(-1)})`);
  } catch (e) {
    console.error(`${e.stdout ?? ''}${e.stderr ?? ''}`.trim());
    failures.push(`${name}: see above`);
  }
}

/** Pending changesets and their problems. */
export function changesetProblems(dir = '.changeset', name = pkg.name) {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md') : [];
  const problems = [];
  for (const f of files) {
    const text = readFileSync(`${dir}/${f}`, 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
    if (!front) {
      problems.push(`${dir}/${f} has no front matter (---, '${name}': minor, ---)`);
      continue;
    }
    const entries = front[1]
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((l) => /^\s*["']?([^"':]+)["']?\s*:\s*(\S+)\s*$/.exec(l));
    if (!entries.length || entries.some((m) => !m))
      problems.push(`${dir}/${f}: front matter lines must be 'package': bump`);
    for (const m of entries.filter(Boolean)) {
      if (m[1] !== name) problems.push(`${dir}/${f} names ${m[1]}, not ${name}`);
      if (!['patch', 'minor', 'major'].includes(m[2]))
        problems.push(`${dir}/${f}: ${m[2]} is not patch, minor or major`);
    }
    if (!front[2].trim()) problems.push(`${dir}/${f} says nothing for the changelog`);
  }
  return { files, problems };
}

/** Whether CHANGELOG.md has a "## <version>" entry. */
export function changelogHasVersion(version = pkg.version, path = 'CHANGELOG.md') {
  if (!existsSync(path)) return false;
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^##\\s+${escaped}\\s*$`, 'm').test(readFileSync(path, 'utf8'));
}

if (process.argv[1]?.endsWith('release-check.mjs')) {
  if (!existsSync('dist/cdn/ldc.js')) {
    console.error('release: run `npm run build` first');
    process.exit(1);
  }
  run('package contents', ['scripts/check-package.mjs']);
  run('sizes', ['scripts/sizes.mjs', '--check']);

  const integrity = integrityProblems();
  if (integrity.length) {
    for (const p of integrity) console.error(`release: integrity: ${p}`);
    failures.push('integrity: run `npm run build` again, after any change to package.json or the sources');
  } else {
    const { files } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
    console.log(`release: integrity: ok (${Object.keys(files).length} CDN files match dist/integrity.json)`);
  }

  const { files: changesets, problems } = changesetProblems();
  for (const p of problems) console.error(`release: changeset: ${p}`);
  if (problems.length) failures.push('changesets: fix the files named above');
  else if (changesets.length) console.log(`release: changelog: ok (${changesets.length} pending changeset(s))`);
  else if (changelogHasVersion()) console.log(`release: changelog: ok (CHANGELOG.md has ${pkg.version})`);
  else
    failures.push(
      `changelog: no pending changeset and no "## ${pkg.version}" in CHANGELOG.md: run \`npm run changeset\` to describe the change`,
    );

  for (const f of failures) console.error(`release: FAILED ${f}`);
  if (failures.length) process.exit(1);
  console.log('release: every check passed');
}
