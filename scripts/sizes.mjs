// Sizes of what a page downloads for each entry, Lit included: the entry file plus the
// chunks it imports statically (not the ones it loads on demand). Minified, gzip -9 and
// brotli -q 11 bytes. `npm run sizes` prints the table; `--check` enforces the budgets.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGETS = { entry: 20 * 1024, cdn: 35 * 1024 };

/** The entry and every file it imports statically, as one concatenated buffer, and the files. */
export function staticGraph(file) {
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    const code = readFileSync(f, 'utf8');
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`; import() is on demand.
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"();]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
      walk(join(dirname(f), m[1]));
    for (const m of code.matchAll(/export\s*[^'"();]*?\s*from\s*["'](\.{1,2}\/[^"']+)["']/g))
      walk(join(dirname(f), m[1]));
  };
  walk(file);
  return [...seen];
}

export function measure(files) {
  const buf = Buffer.concat(files.map((f) => readFileSync(f)));
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function sizeRows() {
  const rows = [];
  const bundles = 'build/bundles';
  for (const name of readdirSync(bundles).sort()) {
    const entry = readdirSync(join(bundles, name)).find((f) => f.endsWith('.js'));
    const files = staticGraph(join(bundles, name, entry));
    rows.push({ name: `${name} (entry)`, files, ...measure(files), budget: BUDGETS.entry });
  }
  const cdn = staticGraph('dist/cdn/ldc.js');
  rows.push({ name: 'dist/cdn/ldc.js (all components)', files: cdn, ...measure(cdn), budget: BUDGETS.cdn });
  for (const chunk of readdirSync('dist/cdn/chunks')
    .filter((f) => f.endsWith('.js') && !cdn.includes(join('dist/cdn/chunks', f)))
    .sort())
    rows.push({
      name: `on demand: ${chunk.replace(/-[\w]{8}\.js$/, '')}`,
      files: [join('dist/cdn/chunks', chunk)],
      ...measure([join('dist/cdn/chunks', chunk)]),
    });
  return rows;
}

export function table(rows) {
  const kb = (n) => (n / 1024).toFixed(1);
  return [
    '| what a page loads (Lit included) | minified | gzip | brotli | budget (brotli) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${kb(r.min)} KB | ${kb(r.gzip)} KB | ${kb(r.brotli)} KB | ${r.budget ? `${kb(r.budget)} KB` : '—'} |`,
    ),
  ].join('\n');
}

if (process.argv[1]?.endsWith('sizes.mjs')) {
  if (!existsSync('dist/cdn/ldc.js')) {
    console.error('sizes: run `npm run build` first');
    process.exit(1);
  }
  const rows = sizeRows();
  console.log(table(rows));
  if (process.argv.includes('--check')) {
    const over = rows.filter((r) => r.budget && r.brotli > r.budget);
    const waste = rows.find((r) => r.name.startsWith('waste-lookup'));
    const icalInDefault = waste.files.some(
      (f) => /ical/.test(f) || /Timezone|RecurExpansion/.test(readFileSync(f, 'utf8')),
    );
    for (const r of over) console.error(`budget: ${r.name} is ${r.brotli} B brotli, over ${r.budget} B`);
    if (icalInDefault) console.error('budget: ical.js is in the default waste-lookup entry; it must load on demand');
    if (over.length || icalInDefault) process.exit(1);
    console.log(`budgets: ${rows.filter((r) => r.budget).length} entries within budget; ical.js loads on demand`);
  }
}
