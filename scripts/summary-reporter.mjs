// Prints one plain closing line, `N passed, N failed[, N skipped]`, and before it every test file
// that did not report in some engine, by file and engine, with the reason: a file that fails to
// load, a browser that dies or never reports, or a run stopped by a crash. Such a file counts as
// one failure (wtr's own bar does not count it), so a run can never fail in silence.
import { relative } from 'node:path';

function count(suite, acc) {
  if (!suite) return acc;
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const child of suite.suites ?? []) count(child, acc);
  return acc;
}

const empty = (s) => !s.testResults || (!s.testResults.tests.length && !s.testResults.suites.length);
const where = (s) => `${relative(process.cwd(), s.testFile)} (${s.browser?.name ?? 'unknown browser'})`;

/** Why a session produced no results, in one line. */
function reason(s) {
  const first = s.errors?.[0]?.message ?? s.logs?.flat?.().find?.((l) => typeof l === 'string');
  if (s.status !== 'FINISHED') return `did not finish (status ${s.status}): the run stopped before it reported`;
  return first ? `reported no tests: ${String(first).split('\n')[0]}` : 'reported no tests';
}

export function summaryReporter() {
  let all = () => [];
  let finished = null;
  const print = (sessions, stopped) => {
    const acc = { passed: 0, failed: 0, skipped: 0 };
    const silent = [];
    for (const s of sessions) {
      count(s.testResults, acc);
      if (empty(s) && (!s.passed || stopped)) silent.push(s);
    }
    acc.failed += silent.length;
    const lines = silent.map((s) => `  ${where(s)}: ${reason(s)}`);
    const head = lines.length ? `\nTest files with no results:\n${lines.join('\n')}\n` : '';
    const skipped = acc.skipped ? `, ${acc.skipped} skipped` : '';
    process.stdout.write(`${head}\n${acc.passed} passed, ${acc.failed} failed${skipped}\n`);
  };
  return {
    start({ sessions }) {
      all = () => [...sessions.all()];
      process.on('exit', (code) => {
        if (finished) print(finished, false);
        // The runner stopped before the run finished (a crash, a browser that died): still say
        // which files never reported, and fail.
        else print(all(), true);
        if (!finished && code === 0) process.exitCode = 1;
      });
    },
    onTestRunFinished({ sessions }) {
      finished = sessions;
    },
  };
}
