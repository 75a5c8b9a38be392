// `npm run bench` (after `npm run build`): sizes beside GOV.UK Frontend's, and render timing
// in headless Chromium with 4× CPU throttling. Prints markdown and writes it to
// stories/Performance.mdx. A benchmark, not a test: the budgets are enforced by npm test.
import { writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { measure, sizeRows, table } from '../sizes.mjs';
import { paths } from '../browsers.mjs';
import { launchChromium, serveStatic } from '../static-server.mjs';
import { writeWasteFeed } from './waste-feed.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
// BENCH_CASES=waste (or a comma-separated list of case names or prefixes) times only those cases,
// prints them and leaves stories/Performance.mdx as it is.
const ONLY = (process.env.BENCH_CASES ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
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
const bb = rows.find((r) => r.name.startsWith('blue-badge-checker'));
const england = rows.find((r) => r.name.includes('blue-badge-england'));
const checkerPage = {
  name: 'Blue Badge checker, England: entry + rules chunk',
  ...measure([...bb.files, ...england.files]),
};

// ---- timing ----------------------------------------------------------------------------
const server = await serveStatic(process.cwd(), { index: '/scripts/bench/page.html' });
const browser = await launchChromium();
const cases = {
  'blue-badge-checker': 'Blue Badge checker: script load → start step',
  'waste-lookup': 'Waste lookup: script load → postcode question',
  'endorsement-badge': 'Endorsement badge: script load → verified badge',
  'signatories-list': 'Signatories list (bundled registry): script load → table',
  'waste-lookup-300': 'Waste lookup: 300-address postcode → address select → results',
  'signatories-list-1000': 'Signatories list: 1,000 entries → table rendered',
  'waste-lookup-ics-5mb': 'Waste lookup: 5 MB ICS feed, Continue → bin days (fetched, read, rendered)',
};
const feedChars = writeWasteFeed();
console.log(`bench: waste feed of ${feedChars} characters written to build/bench/`);
const timing = [];
for (const [name, label] of Object.entries(cases)) {
  if (ONLY.length && !ONLY.some((o) => name === o || name.startsWith(o))) continue;
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${server.origin}/?case=${name}`);
    await page.waitForFunction('window.__bench', { timeout: 60000 });
    const r = await page.evaluate('window.__bench');
    await page.close();
    if (r.error) throw new Error(`${name}: ${r.error}`);
    samples.push(r.ms);
  }
  samples.sort((a, b) => a - b);
  const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  timing.push({ label, median: q(0.5), p10: q(0.1), p90: q(0.9), min: samples[0], max: samples.at(-1) });
}
await browser.close();
server.close();

const ms = (n) => `${n.toFixed(0)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const chromeVersion = (await import('node:child_process'))
  .execFileSync(paths.chromium, ['--version'], { encoding: 'utf8' })
  .trim();
const markdown = `## Sizes

${table(rows)}

### Compared with GOV.UK Frontend

| assets | minified | gzip | brotli |
| --- | ---: | ---: | ---: |
${[checkerPage, ...govukRows].map((r) => `| ${r.name} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`).join('\n')}

GOV.UK Frontend's figures are its whole built JS and CSS, which a council page would load to get the same patterns (fonts and images not counted). Our components carry their own styles, so there is no CSS file to add.

## Render timing

Headless ${chromeVersion}, 4× CPU throttling, ${RUNS} runs each, served from localhost.

| case | median | p10–p90 | min–max |
| --- | ---: | ---: | ---: |
${timing.map((t) => `| ${t.label} | ${ms(t.median)} | ${ms(t.p10)}–${ms(t.p90)} | ${ms(t.min)}–${ms(t.max)} |`).join('\n')}
`;
console.log(markdown);
if (ONLY.length) {
  console.log(`bench: only ${ONLY.join(', ')}; stories/Performance.mdx left as it is`);
  process.exit(0);
}
await writeFile(
  'stories/Performance.mdx',
  `import { Meta } from '@storybook/addon-docs/blocks';\n\n<Meta title="Performance" />\n\n# Performance\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (2 cores). Budgets, enforced by \`npm test\`: each component entry at most 20 KB brotli with Lit, the CDN bundle at most 35 KB, and ical.js never in the default waste lookup.\n\n${markdown}`,
);
console.log('bench: written to stories/Performance.mdx');
