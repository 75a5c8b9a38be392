// `node scripts/bench/where-time-goes.mjs <case> [runs]` (after `npm run build`): where the timed
// span of one `npm run bench` case goes, from Chromium traces at 4× CPU, like the bench. The
// counterpart of where-bytes-go.mjs, for time.
//
// Each run opens the bench page (scripts/bench/runner.js) in a new browser profile, as a first
// visit (a step case such as waste-lookup-300 runs twice first in one profile and is then timed
// there, as a repeat visit, like the bench). The runner marks what it times (bench:start …
// bench:end, leaving out bench:searched … bench:chosen, the resident's reading time). Printed,
// as medians per run:
//   - the timed span, traced (tracing slows it: compare the parts with each other, not with the bench);
//   - the main thread's self time by trace event (style, layout, text shaping, font look-ups, HTML parsing…);
//   - JavaScript self time by function, sampled, at its source (src/… or the package) through the
//     bundles' source maps. A function that forces style or layout (focus(), a box read) is
//     charged for it here, as the profiler sees it.
//
//   BENCH_BASE=/build/bench/before   another build of the entries, as in the runner's ?base=
//   BENCH_SPAN=1                     only the first (or 2: the second) timed span of a case that has
//                                    two (waste-lookup-300: 1 is postcode → select, 2 is Continue → results)
import { readFileSync, existsSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { launchChromium } from '../static-server.mjs';
import { runCase, serveBench } from './bench-page.mjs';

const [which, runsArg = '8'] = process.argv.slice(2);
const RUNS = Number(runsArg);
const STEP_CASES = ['waste-lookup-300', 'waste-lookup-ics-5mb', 'signatories-list-1000'];
if (!which || !Number.isInteger(RUNS) || RUNS < 1) {
  console.error('usage: node scripts/bench/where-time-goes.mjs <case> [runs]   e.g. blue-badge-checker 8');
  process.exit(2);
}
if (!existsSync('build/bundles')) {
  console.error('where-time-goes: run `npm run build` first');
  process.exit(1);
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'blink',
  'loading',
  'fonts',
  'disabled-by-default-v8.cpu_profiler',
];

/** Where a minified bundle position comes from: `src/…:line` or the package's file. */
const maps = new Map();
function source(url, line, column) {
  const file = url.replace(/^https?:\/\/[^/]+\//, '');
  if (!file.endsWith('.js') || !existsSync(`${file}.map`)) return null;
  if (!maps.has(file)) maps.set(file, new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
  const p = maps.get(file).originalPositionFor({ line: line + 1, column });
  return p.source ? `${p.source.replace(/^.*?\/(src|node_modules)\//, '$1/')}:${p.line}` : null;
}

/** Self time of every complete event on one thread: its duration less its children's. */
function selfTimes(events) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map(sorted.map((e) => [e, e.dur]));
  const stack = [];
  for (const e of sorted) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) self.set(stack.at(-1), self.get(stack.at(-1)) - e.dur);
    stack.push(e);
  }
  return self;
}

/** The timed spans of one trace: [from, to] in trace microseconds. */
function spans(events) {
  const mark = (name) => events.filter((e) => e.name === name).at(-1)?.ts;
  const [start, end, searched, chosen] = ['bench:start', 'bench:end', 'bench:searched', 'bench:chosen'].map(mark);
  if (start === undefined || end === undefined)
    throw new Error(`${which}: the runner set no bench:start/bench:end marks`);
  const all =
    searched !== undefined && chosen !== undefined
      ? [
          [start, searched],
          [chosen, end],
        ]
      : [[start, end]];
  const only = Number(process.env.BENCH_SPAN ?? 0);
  return only && all.length > 1 ? [all[only - 1]] : all;
}

/** Adds one run's main-thread self times (ms) by trace event and by JS function into `into`; returns the span. */
function account(events, into) {
  const timed = spans(events);
  const inside = (ts, dur = 0) => timed.some(([a, b]) => ts >= a && ts + dur <= b);
  const main = events.find((e) => e.name === 'bench:start');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && inside(e.ts, e.dur));
  for (const [e, us] of selfTimes(onMain)) into.events.set(e.name, (into.events.get(e.name) ?? 0) + us / 1000);
  // The sampled CPU profile of the page's own isolate (the renderer may host others, such as
  // Chromium's own pages): its ProfileChunks carry nodes and time deltas.
  const ours = (p) =>
    events.some(
      (c) =>
        c.name === 'ProfileChunk' &&
        c.id === p.id &&
        c.args.data.cpuProfile?.nodes?.some((n) => n.callFrame.url?.includes('/scripts/bench/runner.js')),
    );
  const profile = events.find((e) => e.name === 'Profile' && e.pid === main.pid && ours(e));
  const nodes = new Map();
  let t = profile?.args.data.startTime ?? 0;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === main.pid && e.id === profile?.id)) {
    const { cpuProfile = {}, timeDeltas = [] } = chunk.args.data;
    for (const n of cpuProfile.nodes ?? []) nodes.set(n.id, n);
    (cpuProfile.samples ?? []).forEach((id, k) => {
      t += timeDeltas[k];
      if (!inside(t)) return;
      const f = nodes.get(id)?.callFrame ?? {};
      const at = (f.url && source(f.url, f.lineNumber, f.columnNumber)) || f.url?.split('/').pop() || '';
      const key = `${f.functionName || '(anonymous)'}${at ? ` ${at}` : ''}`;
      into.js.set(key, (into.js.get(key) ?? 0) + (timeDeltas[k + 1] ?? timeDeltas[k]) / 1000);
    });
  }
  return timed.reduce((sum, [a, b]) => sum + (b - a) / 1000, 0);
}

const { origin, close } = await serveBench();
const browser = await launchChromium();
const query = { case: which, ...(process.env.BENCH_BASE ? { base: process.env.BENCH_BASE } : {}) };
const repeat = STEP_CASES.includes(which);
const totals = { events: new Map(), js: new Map() };
const lengths = [];
const shared = repeat ? await browser.createBrowserContext() : null;
for (let i = 0; i < RUNS + (repeat ? 2 : 0); i++) {
  const context = shared ?? (await browser.createBrowserContext());
  const traced = !repeat || i >= 2; // a repeat visit's first two runs fill the caches
  const { page } = await runCase(context, origin, query, {
    beforeLoad: traced ? (p) => p.tracing.start({ categories: CATEGORIES }) : undefined,
  });
  if (traced) {
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    lengths.push(account(trace.traceEvents, totals));
  }
  await page.close();
  if (!shared) await context.close();
}
await browser.close();
close();

const median = [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length / 2)];
console.log(`${which}: ${RUNS} traced runs at 4× CPU; timed span ${median.toFixed(1)} ms (median, traced)`);
const top = (title, map) => {
  console.log(`\n${title}\n   ms/run`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 25))
    if (ms / RUNS >= 0.3) console.log(`${(ms / RUNS).toFixed(1).padStart(9)}  ${key}`);
};
top('Main thread, by trace event (self time):', totals.events);
top('JavaScript, by function (sampled; a call that forces style or layout is charged for it):', totals.js);
