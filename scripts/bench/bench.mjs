// `npm run bench` (after `npm run build`): sizes beside GOV.UK Frontend's, and timing in headless
// Chromium with 4× CPU throttling. Prints markdown and writes it to stories/Performance.mdx.
// A benchmark, not a test: the budgets are enforced by npm test (scripts/sizes.mjs).
//
// Timing: every case runs BENCH_RUNS times (20 by default), interleaved (run 1 of every case, then
// run 2…), each in a new page; medians and p10–p90. An element's time is split in two: loading its
// module (fetch, compile, evaluate, define) and define → first interactive control laid out. Both
// for a first visit (a new browser profile each run: nothing cached) and a repeat visit (modules in
// the HTTP and code caches). A minimal Lit element and GOV.UK Frontend's radios page are the
// reference rows. Timing starts once the machine's load average is below 1 (or after two minutes).
//
//   BENCH_CASES=waste            only the cases whose names start so (comma-separated); prints them
//                                and leaves stories/Performance.mdx as it is. A name after "-" is
//                                left out instead (BENCH_CASES=-waste-lookup-ics: all but the big feed)
//   BENCH_BEFORE=<dir>/build/bundles   adds "(before)" rows from another build of the entries
//                                (e.g. a git worktree of an older commit), run interleaved with these
//   BENCH_RUNS=30                runs per case
import { writeFile } from 'node:fs/promises';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { measure, sizeRows, table } from '../sizes.mjs';
import { paths } from '../browsers.mjs';
import { launchChromium } from '../static-server.mjs';
import { runCase, serveBench } from './bench-page.mjs';
import { writeWasteFeed } from './waste-feed.mjs';
import { filesOf, whereBytesGo } from './where-bytes-go.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const ONLY = (process.env.BENCH_CASES ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const BEFORE = process.env.BENCH_BEFORE ? resolve(process.env.BENCH_BEFORE) : '';
if (!existsSync('build/bundles') || !existsSync('dist/cdn/ldc.js')) {
  console.error('bench: run `npm run build` first');
  process.exit(1);
}

// ---- sizes -----------------------------------------------------------------------------
const rows = sizeRows();
const govuk = 'node_modules/govuk-frontend/dist/govuk';
const govukVersion = JSON.parse(readFileSync('node_modules/govuk-frontend/package.json', 'utf8')).version;
const govukRows = [
  {
    name: `GOV.UK Frontend ${govukVersion} JS (govuk-frontend.min.js)`,
    ...measure([`${govuk}/govuk-frontend.min.js`]),
  },
  {
    name: `GOV.UK Frontend ${govukVersion} CSS (govuk-frontend.min.css)`,
    ...measure([`${govuk}/govuk-frontend.min.css`]),
  },
  {
    name: `GOV.UK Frontend ${govukVersion} JS + CSS`,
    ...measure([`${govuk}/govuk-frontend.min.js`, `${govuk}/govuk-frontend.min.css`]),
  },
];
const checkerPage = rows.find((r) => r.name === 'blue-badge-checker + England rules');
const checkerStart = rows.find((r) => r.name.startsWith('blue-badge-checker + England rules + engine'));
/** Where the bytes go: each part's marginal brotli (the whole minus the whole without it). */
const parts = [];
for (const [name, label] of [
  ['blue-badge-checker+blue-badge-england', 'Blue Badge checker, England: entry + rules'],
  ['eligibility-checker', 'Eligibility checker: entry'],
  ['waste-lookup', 'Waste lookup: entry'],
  ['cdn', 'CDN bundle (all five)'],
])
  parts.push({ label, ...(await whereBytesGo(filesOf(name))) });

// ---- pages to time ---------------------------------------------------------------------
mkdirSync('build/bench', { recursive: true });
const feedChars = writeWasteFeed();
console.log(`bench: waste feed of ${feedChars} characters written to build/bench/`);
// The reference element: one Lit element with a button, built like our entries.
{
  const source = 'build/bench/minimal-lit.src.js';
  await writeFile(
    source,
    `import { LitElement, html, css } from 'lit';
class BenchMinimal extends LitElement {
  static styles = css\`button { font: inherit; padding: 8px 10px; }\`;
  render() { return html\`<button type="button">Continue</button>\`; }
}
customElements.define('bench-minimal', BenchMinimal);\n`,
  );
  const bundle = await rollup({
    input: source,
    plugins: [nodeResolve({ exportConditions: ['production'] }), terser({ ecma: 2022, module: true })],
  });
  await bundle.write({ dir: 'build/bench/minimal-lit', format: 'es', entryFileNames: 'minimal-lit.js' });
}
if (BEFORE) {
  rmSync('build/bench/before', { force: true });
  symlinkSync(BEFORE, 'build/bench/before');
}

/** Interactive cases: what a page pays to show the element's first step. */
const elementCases = [
  { id: 'minimal-lit', label: 'Minimal Lit element (reference): a button' },
  {
    id: 'govuk-radios',
    label: `GOV.UK Frontend ${govukVersion} radios page (reference): CSS + JS, radios initialised`,
  },
  { id: 'blue-badge-checker', label: 'Blue Badge checker (England): start page' },
  { id: 'waste-lookup', label: 'Waste lookup: postcode step' },
  { id: 'endorsement-badge', label: 'Endorsement badge: verified badge' },
  { id: 'signatories-list', label: 'Signatories list (bundled registry): table' },
];
const OURS = ['blue-badge-checker', 'waste-lookup', 'endorsement-badge', 'signatories-list'];
if (BEFORE)
  for (const id of OURS)
    elementCases.push({
      id,
      base: '/build/bench/before',
      label: `${elementCases.find((c) => c.id === id).label} (before)`,
    });
/** Steps inside a component, timed from the resident's action. */
const stepCases = [
  {
    id: 'waste-lookup-300',
    label: 'Waste lookup: 300-address postcode → address select, then address → results (reading time not counted)',
  },
  { id: 'signatories-list-1000', label: 'Signatories list: 1,000 entries → table rendered' },
  { id: 'waste-lookup-ics-5mb', label: 'Waste lookup: 5 MB ICS feed, Continue → bin days (fetched, read, rendered)' },
];
if (BEFORE)
  for (const c of [...stepCases]) stepCases.push({ ...c, base: '/build/bench/before', label: `${c.label} (before)` });
const named = (c, o) => c.id === o || c.id.startsWith(o);
const [LEAVE_OUT, TAKE] = [
  ONLY.filter((o) => o.startsWith('-')).map((o) => o.slice(1)),
  ONLY.filter((o) => !o.startsWith('-')),
];
const wanted = (c) => (!TAKE.length || TAKE.some((o) => named(c, o))) && !LEAVE_OUT.some((o) => named(c, o));

const { origin, close } = await serveBench();
const browser = await launchChromium();

/** One run of a case in a page of `context`; resolves to what the runner reported. */
async function runOnce(context, c) {
  const { page, result } = await runCase(context, origin, { case: c.id, ...(c.base ? { base: c.base } : {}) });
  await page.close();
  return result;
}

const quantiles = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), min: s[0], max: s.at(-1) };
};

/** Runs `cases` RUNS times each, interleaved; `fresh` opens a new profile for every run. */
async function timeCases(cases, { fresh }) {
  const samples = new Map(cases.map((c) => [c, []]));
  const shared = fresh ? null : await browser.createBrowserContext();
  if (shared) for (const c of cases) for (let w = 0; w < 2; w++) await runOnce(shared, c); // fill the caches
  for (let i = 0; i < RUNS; i++)
    for (const c of cases) {
      const context = shared ?? (await browser.createBrowserContext());
      samples.get(c).push(await runOnce(context, c));
      if (!shared) await context.close();
    }
  if (shared) await shared.close();
  return cases.map((c) => {
    const s = samples.get(c);
    return s[0].ms !== undefined
      ? { label: c.label, ms: quantiles(s.map((x) => x.ms)) }
      : {
          label: c.label,
          load: quantiles(s.map((x) => x.load)),
          interactive: quantiles(s.map((x) => x.interactive)),
          total: quantiles(s.map((x) => x.load + x.interactive)),
        };
  });
}

const elements = elementCases.filter(wanted);
const steps = stepCases.filter(wanted);
// What ran just before (a build, a test run) leaves the machine busy for a while, and a busy
// machine moved medians by 10–20 ms: wait, up to two minutes, until the load average is below 1.
for (const until = Date.now() + 120_000; loadavg()[0] >= 1 && Date.now() < until;)
  await new Promise((r) => setTimeout(r, 5000));
const started = Date.now();
const loadBefore = loadavg()[0];
const first = elements.length ? await timeCases(elements, { fresh: true }) : [];
const repeat = elements.length ? await timeCases(elements, { fresh: false }) : [];
const inner = steps.length ? await timeCases(steps, { fresh: false }) : [];
await browser.close();
close();
const loadAfter = loadavg()[0];
if (BEFORE) rmSync('build/bench/before', { force: true });

// ---- report ----------------------------------------------------------------------------
const ms = (n) => `${n.toFixed(0)} ms`;
const range = (q) => `${ms(q.median)} (${q.p10.toFixed(0)}–${q.p90.toFixed(0)})`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const chromeVersion = (await import('node:child_process'))
  .execFileSync(paths.chromium, ['--version'], { encoding: 'utf8' })
  .trim();
const elementTable = (results) =>
  [
    '| case | load: module fetched, compiled, defined | define → first interactive control laid out | both |',
    '| --- | ---: | ---: | ---: |',
    ...results.map((t) => `| ${t.label} | ${range(t.load)} | ${range(t.interactive)} | ${range(t.total)} |`),
  ].join('\n');
const markdown = `## Sizes

${table(rows)}

### Compared with GOV.UK Frontend

| assets | minified | gzip | brotli |
| --- | ---: | ---: | ---: |
${[
  checkerPage && {
    ...checkerPage,
    name: 'Blue Badge checker, England: entry + rules chunk',
  },
  checkerStart && {
    ...checkerStart,
    name: 'Blue Badge checker, England: entry + rules + engine + later steps (what Start now needs)',
  },
  ...govukRows,
]
  .filter(Boolean)
  .map((r) => `| ${r.name} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`)
  .join('\n')}

GOV.UK Frontend's figures are its whole built JS and CSS, which a council page would load to get the same patterns (fonts and images not counted). Our components carry their own styles, so there is no CSS file to add.

### Where the bytes go

Each part's marginal brotli: the whole, less the whole without that part's characters (\`scripts/bench/where-bytes-go.mjs\` maps every minified character to its source through the source maps). Marginals add up to a little less than the whole: brotli shares its dictionary between parts.

${parts
  .map(
    (p) =>
      `**${p.label}: ${kb(p.total)} brotli** — ${p.rows
        .filter((r) => r.marginal >= 20)
        .map((r) => `${r.name} ${(r.marginal / 1024).toFixed(2)}`)
        .join(', ')} (KB)`,
  )
  .join('\n\n')}

## Timing

Headless ${chromeVersion}, 4× CPU throttling, ${RUNS} interleaved runs of each case, each in a new page, served from localhost (load average ${loadBefore.toFixed(1)} when the timing began, ${loadAfter.toFixed(1)} when it ended, on 2 cores); medians with p10–p90 in brackets. "Load" is from the page's script starting to the element being defined; "define → first interactive" from putting the element in the page to its first control existing and laid out (style and layout forced, paint not included).

### First visit (a new browser profile for every run: nothing cached)

${elementTable(first)}

### Repeat visit (modules in the HTTP and code caches)

${elementTable(repeat)}

### Steps inside a component (repeat visit)

| case | median | p10–p90 | min–max |
| --- | ---: | ---: | ---: |
${inner.map((t) => `| ${t.label} | ${ms(t.ms.median)} | ${ms(t.ms.p10)}–${ms(t.ms.p90)} | ${ms(t.ms.min)}–${ms(t.ms.max)} |`).join('\n')}
`;
console.log(markdown);
console.log(`bench: ${((Date.now() - started) / 1000).toFixed(0)} s of timing`);
if (ONLY.length || BEFORE) {
  console.log('bench: only some cases, or with a comparison build; stories/Performance.mdx left as it is');
  process.exit(0);
}
await writeFile(
  'stories/Performance.mdx',
  `import { Meta } from '@storybook/addon-docs/blocks';\n\n<Meta title="Performance" />\n\n# Performance\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (2 cores). Budgets, enforced by \`npm test\` (\`scripts/sizes.mjs\`): each entry's brotli size with Lit in the table below, and nothing meant to load on demand (a nation's rules, a provider, a later step, Welsh) in an entry. \`node scripts/bench/where-bytes-go.mjs <entry>\` says which part of an entry its bytes belong to, and \`node scripts/bench/where-time-goes.mjs <case>\` where a case's time goes.\n\n${markdown}`,
);
console.log('bench: written to stories/Performance.mdx');
