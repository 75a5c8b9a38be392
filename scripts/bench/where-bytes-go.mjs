// `node scripts/bench/where-bytes-go.mjs [bundle …]` (after `npm run build`): where the brotli bytes
// of an entry go. Each minified character is attributed, through the source map, to the module it
// came from; modules are grouped into parts (Lit, patterns' CSS, a component's code…) and each part's
// marginal brotli is the whole minus the whole without that part's characters. Marginals do not add
// up to the total exactly (brotli shares a dictionary between parts); the table says by how much.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';
import { staticGraph } from '../sizes.mjs';

const brotli = (s) => brotliCompressSync(Buffer.from(s), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The part a source file belongs to. */
export function partOf(source) {
  const s = source.replace(/^(\.\.\/)+/, '');
  if (/node_modules\/(lit-html|lit-element|@lit\/reactive-element|lit)\//.test(s)) {
    if (/directives?\/|directive-helpers|directive\.js/.test(s)) return 'Lit directives';
    return 'Lit';
  }
  if (/node_modules\/@lit\/localize/.test(s)) return '@lit/localize';
  if (/node_modules\/tslib/.test(s)) return 'tslib';
  if (/node_modules\//.test(s)) return s.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1');
  if (/src\/patterns\/styles\//.test(s)) return 'pattern CSS';
  if (/src\/patterns\//.test(s)) return 'pattern templates';
  if (/src\/core\/tokens\.generated|src\/core\/css\./.test(s)) return 'tokens';
  if (/src\/core\/(i18n|locale|language-watch)/.test(s)) return 'i18n';
  if (/src\/core\//.test(s)) return 'core';
  if (/src\/eligibility\/definitions\//.test(s)) return 'rules (definition)';
  if (/\.styles\.ts$/.test(s)) return 'component CSS';
  const m = s.match(/src\/(components|eligibility|waste|endorsement|locales|define)\/([^/]+)/);
  if (m) return m[1] === 'components' ? `component: ${m[2]}` : m[1] === 'define' ? 'define' : `engine: ${m[1]}`;
  return s;
}

/** Characters of `file` by source file, from its source map. */
async function attribute(file) {
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const owner = lines.map((l) => new Array(l.length).fill(null));
  const raw = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  await SourceMapConsumer.with(raw, null, (map) => {
    const all = [];
    map.eachMapping((m) => all.push(m));
    all.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
    // A mapping owns everything up to the next one, across lines (template literals keep their
    // newlines, so a line may start inside a string that began on an earlier line).
    for (let i = 0; i < all.length; i++) {
      const m = all[i];
      const next = all[i + 1] ?? { generatedLine: lines.length, generatedColumn: lines.at(-1).length };
      for (let l = m.generatedLine - 1; l <= next.generatedLine - 1 && l < lines.length; l++) {
        const from = l === m.generatedLine - 1 ? m.generatedColumn : 0;
        const to = l === next.generatedLine - 1 ? next.generatedColumn : lines[l].length;
        for (let c = from; c < to; c++) owner[l][c] = m.source;
      }
    }
  });
  return { lines, owner };
}

/** A file without mappings (a definition's chunk, made by the build): named after what it holds. */
const unmapped = (file) =>
  /(^|\/)blue-badge-(england|scotland|wales|northern-ireland)-/.test(file)
    ? 'rules (definition)'
    : `(${basename(file)})`;

export async function whereBytesGo(files, parts = partOf) {
  const pieces = []; // [part, text]
  for (const f of files) {
    let map;
    try {
      map = await attribute(f);
    } catch {
      map = null;
    }
    if (!map || map.owner.every((line) => line.every((o) => o === null))) {
      pieces.push([unmapped(f), readFileSync(f, 'utf8')]);
      continue;
    }
    map.lines.forEach((line, i) => {
      let cur = null;
      let buf = '';
      for (let c = 0; c <= line.length; c++) {
        const p = c < line.length ? (map.owner[i][c] ? parts(map.owner[i][c]) : '(glue)') : null;
        if (p !== cur) {
          if (buf) pieces.push([cur, buf]);
          cur = p;
          buf = '';
        }
        if (c < line.length) buf += line[c];
      }
      pieces.push(['(glue)', '\n']);
    });
  }
  const whole = pieces.map((p) => p[1]).join('');
  const total = brotli(whole);
  const names = [...new Set(pieces.map((p) => p[0]))];
  const rows = names.map((name) => {
    const min = pieces.filter((p) => p[0] === name).reduce((n, p) => n + p[1].length, 0);
    const without = pieces
      .filter((p) => p[0] !== name)
      .map((p) => p[1])
      .join('');
    return { name, min, marginal: total - brotli(without) };
  });
  rows.sort((a, b) => b.marginal - a.marginal);
  return { total, min: whole.length, rows };
}

/**
 * The files of `name`: an entry of build/bundles (`waste-lookup`), an entry with on-demand chunks
 * of it (`blue-badge-checker+blue-badge-england`), or `cdn` (dist/cdn/ldc.js).
 */
export function filesOf(name) {
  if (name === 'cdn') return staticGraph('dist/cdn/ldc.js');
  const [entry, ...extra] = name.split('+');
  const files = staticGraph(join('build/bundles', entry, `${entry === 'patterns' ? 'index' : entry}.js`));
  const chunks = extra.length ? readdirSync(join('build/bundles', entry, 'chunks')) : [];
  for (const x of extra)
    files.push(
      join(
        'build/bundles',
        entry,
        'chunks',
        chunks.find((c) => c.startsWith(`${x}-`) && c.endsWith('.js')),
      ),
    );
  return files;
}

if (process.argv[1]?.endsWith('where-bytes-go.mjs')) {
  const args = process.argv.slice(2);
  const byModule = args.includes('--modules');
  const names = args.filter((a) => !a.startsWith('--'));
  const groups = names.length ? names : readdirSync('build/bundles').sort();
  for (const name of groups) {
    const r = await whereBytesGo(filesOf(name), byModule ? (s) => s.replace(/^(\.\.\/)+/, '') : partOf);
    console.log(`\n${name}: ${(r.total / 1024).toFixed(2)} KB brotli, ${(r.min / 1024).toFixed(1)} KB minified`);
    const sum = r.rows.reduce((n, x) => n + x.marginal, 0);
    for (const x of r.rows)
      console.log(
        `  ${(x.marginal / 1024).toFixed(2).padStart(6)} KB  ${(x.min / 1024).toFixed(1).padStart(5)} KB min  ${x.name}`,
      );
    console.log(`  (marginals add up to ${(sum / 1024).toFixed(2)} KB; the rest is shared between parts)`);
  }
}
