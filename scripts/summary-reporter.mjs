// Prints one plain closing line, `N passed, N failed[, N skipped]`, and counts a
// test file that fails to load as one failure (wtr's own bar does not).
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

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        count(s.testResults, acc);
        const empty = !s.testResults || (!s.testResults.tests.length && !s.testResults.suites.length);
        if (!s.passed && empty) acc.failed++;
      }
      const skipped = acc.skipped ? `, ${acc.skipped} skipped` : '';
      process.on('exit', () => process.stdout.write(`\n${acc.passed} passed, ${acc.failed} failed${skipped}\n`));
    },
  };
}
