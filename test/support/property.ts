/**
 * Property-based testing with fast-check: shared settings and the "fast enough" guard.
 *
 * Every engine and parser is run on at least RUNS generated inputs per property. `withinBudget`
 * is a benchmark-style guard, not a wall-clock test: typical calls take well under a millisecond,
 * pathological ones (a backtracking regex, quadratic loops, an unbounded recurrence) take seconds,
 * so 100 ms leaves a wide margin; a call over it is timed again once, so one garbage collection
 * or a busy machine cannot fail a run, and only a call slow twice in a row counts as a hang.
 */
import fc from 'fast-check';

/** Generated inputs per property (the issue asks for at least 300). */
export const RUNS = 300;

/** Milliseconds a call on an input under 1 MB may take. */
export const BUDGET_MS = 100;

/** What a property run saw, for the closing counts: inputs, unexpected exceptions, hangs. */
export interface Tally {
  inputs: number;
  exceptions: number;
  hangs: number;
}

/** Runs `call`; if it takes longer than the budget, runs it once more and throws if that is slow too. */
export function withinBudget<T>(call: () => T, what = 'call', budget = BUDGET_MS): T {
  let t0 = performance.now();
  let result = call();
  if (performance.now() - t0 <= budget) return result;
  t0 = performance.now();
  result = call();
  const ms = performance.now() - t0;
  if (ms > budget) throw new Error(`${what} took ${ms.toFixed(0)} ms twice (budget ${budget} ms)`);
  return result;
}

/** The same for async calls (providers, WebCrypto). */
export async function withinBudgetAsync<T>(call: () => Promise<T>, what = 'call', budget = BUDGET_MS): Promise<T> {
  let t0 = performance.now();
  let result = await call();
  if (performance.now() - t0 <= budget) return result;
  t0 = performance.now();
  result = await call();
  const ms = performance.now() - t0;
  if (ms > budget) throw new Error(`${what} took ${ms.toFixed(0)} ms twice (budget ${budget} ms)`);
  return result;
}

/** fc.assert with our run count, and a seed printed on failure so a failure can be replayed. */
export function check<Ts extends [unknown, ...unknown[]]>(
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  params: fc.Parameters<Ts> = {},
): Promise<void> | void {
  return fc.assert(property as fc.IProperty<Ts>, { numRuns: RUNS, ...params });
}

export { fc };
