// Sizes of what a page downloads for each entry, Lit included: the entry file plus the
// chunks it imports statically (not the ones it loads on demand). Minified, gzip -9 and
// brotli -q 11 bytes. `npm run sizes` prints the table; `--check` enforces the budgets and that
// no code meant to load on demand is reached statically from an entry (a re-export would do it).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
/**
 * Brotli budgets, each a little above what the entry is (issue 16): a change that adds bytes
 * has to say so here. Where the bytes go: `node scripts/bench/where-bytes-go.mjs <entry>`.
 */
export const BUDGETS = {
  'blue-badge-checker': 13 * KB,
  /** The issue's measure: entry + the nation's rules (the start page shows with the entry alone; the rules come next). */
  'blue-badge-checker + England rules': 17 * KB,
  /** …with the engine and the steps after the start: everything Start now waits for (results and check your answers come after). */
  'blue-badge-checker + England rules + engine + later steps (Start now works)': 22.75 * KB,
  'eligibility-checker': 12.5 * KB,
  'waste-lookup': 16 * KB,
  'endorsement-badge': 11.75 * KB,
  'signatories-list': 13.5 * KB,
  patterns: 11 * KB,
  cdn: 25.25 * KB,
  /** An entry not named above (a component just made by `npm run new:component`). */
  other: 16 * KB,
};

/** Chunks that load on demand (a nation's rules, a provider, a later step, Welsh…): never in an entry's static graph. */
export const ON_DEMAND =
  /^(analytics|check|engine|blue-badge-(england|scotland|wales|northern-ireland)|catalogue-cy|steps|question-inputs|result-view|storage|check-definition|fetch-signed|validate|address-step|demo|http|ics|look-ahead|lwss|results|service-ids|ukbcd-json)-[\w-]{8}\.js$/;

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
    rows.push({ name: `${name} (entry)`, files, ...measure(files), budget: BUDGETS[name] ?? BUDGETS.other });
    if (name === 'blue-badge-checker') {
      /** The on-demand chunk whose file name matches `re`. */
      const chunk = (re) =>
        join(
          bundles,
          name,
          'chunks',
          readdirSync(join(bundles, name, 'chunks')).find((f) => re.test(f)),
        );
      const page = [...files, chunk(/^blue-badge-england-.*\.js$/)];
      const key = 'blue-badge-checker + England rules';
      rows.push({ name: key, files: page, ...measure(page), budget: BUDGETS[key], onDemandIncluded: true });
      // Start now also needs the engine (the first question's options and the next step come
      // from it) and the steps after the start, which load beside the rules; check your answers and
      // the results come after.
      const start = [
        ...new Set([...page, ...staticGraph(chunk(/^engine-.*\.js$/)), ...staticGraph(chunk(/^steps-.*\.js$/))]),
      ];
      const startKey = 'blue-badge-checker + England rules + engine + later steps (Start now works)';
      rows.push({ name: startKey, files: start, ...measure(start), budget: BUDGETS[startKey], onDemandIncluded: true });
    }
  }
  const cdn = staticGraph('dist/cdn/ldc.js');
  rows.push({ name: 'dist/cdn/ldc.js (all components)', files: cdn, ...measure(cdn), budget: BUDGETS.cdn });
  for (const chunk of readdirSync('dist/cdn/chunks')
    .filter((f) => f.endsWith('.js') && !cdn.includes(join('dist/cdn/chunks', f)))
    .sort())
    rows.push({
      name: `on demand: ${chunk.replace(/-[\w-]{8}\.js$/, '')}`,
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
    const eager = rows
      .filter((r) => r.budget && !r.onDemandIncluded)
      .flatMap((r) => r.files.filter((f) => ON_DEMAND.test(basename(f))).map((f) => `${r.name}: ${basename(f)}`));
    for (const r of over) console.error(`budget: ${r.name} is ${r.brotli} B brotli, over ${r.budget} B`);
    for (const e of eager) console.error(`budget: ${e} is loaded with the entry; it must load on demand`);
    if (over.length || eager.length) process.exit(1);
    console.log(
      `budgets: ${rows.filter((r) => r.budget).length} entries within budget; nothing meant to load on demand is in an entry`,
    );
  }
}
