/**
 * The conformance suite for waste providers: what `<ldc-waste-lookup>` relies on, checked against
 * a real provider. Council developers run it on their own provider (in a test, or in a page):
 *
 *   const report = await runProviderConformance(myProvider, { postcode: 'AA3 1AB', uprn: '100000001', … });
 *   if (!report.ok) console.table(report.checks);
 *
 * It uses no test framework and no DOM. Every check is reported: passed, failed (with what was
 * wrong) or skipped (a fixture it needs was not given): a skipped check never counts as passed.
 */
import { checkAddresses } from './check.js';
import { checkSchedule } from './check-schedule.js';
import { addDays, isUsableDate, londonToday } from './dates.js';
import { PROVIDER_ERROR_KINDS, ProviderError, type ProviderErrorKind, type WasteProvider } from './types.js';

export interface ConformanceFixtures {
  /** A postcode with addresses. */
  postcode: string;
  /** A UPRN with collections from `from` to `to`. */
  uprn: string;
  /** The window asked for (ISO dates); from today for 8 weeks when absent. */
  from?: string;
  to?: string;
  /** A postcode the provider has no addresses for (it must answer an empty list). */
  emptyPostcode?: string;
  /** A postcode outside the council's area, if the provider can tell (it must reject with 'out-of-area'). */
  outOfAreaPostcode?: string;
  /**
   * The same provider, answering more slowly than `timeoutMs` (pointed at a test server that
   * waits, for example): for the timeout and abort-in-flight checks.
   */
  slow?: WasteProvider;
  /** The same provider with its service failing (HTTP 500, unreachable): for the typed-errors check. */
  failing?: WasteProvider;
  /** The timeout the timeout check asks for, in milliseconds; 100 when absent. */
  timeoutMs?: number;
  /** How long a provider may take to give up once aborted or timed out; 2000 ms when absent. */
  graceMs?: number;
}

export interface ConformanceCheck {
  /** What is checked, e.g. "abort: a request in flight stops when its signal aborts". */
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  /** What was wrong, or why it was skipped. */
  detail?: string;
}

export interface ConformanceReport {
  /** True when no check failed (skipped checks are listed in `checks`). */
  ok: boolean;
  checks: ConformanceCheck[];
}

/** The names of the checks, in the order they run. */
export const CONFORMANCE_CHECKS = [
  'addresses: a postcode with addresses gives a list of { uprn, label }',
  'addresses: a postcode with none gives an empty list',
  'addresses: a postcode outside the area is ProviderError("out-of-area")',
  'schedule: services and collections in the contract, every collection in the window and of a listed service',
  'schedule: the look-ahead stays within its dates',
  'schedule: a UPRN that is not 1 to 12 digits is refused as invalid data',
  'abort: a signal aborted before the call is ProviderError("aborted")',
  'abort: a request in flight stops when its signal aborts',
  'timeout: a request slower than timeoutMs is ProviderError("timeout")',
  'typed errors: a failing service is a ProviderError of a known kind',
] as const;

class Failure extends Error {}
const fail = (detail: string): never => {
  throw new Failure(detail);
};

/** What a promise did: its value, or what it rejected with, within `ms` (else "still pending"). */
async function outcome<T = unknown>(
  run: () => Promise<T>,
  ms: number,
): Promise<{ value: T } | { error: unknown } | { pending: true }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Promise<{ pending: true }>((resolve) => {
    timer = setTimeout(() => resolve({ pending: true }), ms);
  });
  try {
    let started: Promise<T>;
    try {
      started = Promise.resolve(run());
    } catch (error) {
      return { error };
    }
    return await Promise.race([
      started.then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      ),
      pending,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const describe = (e: unknown) =>
  e instanceof ProviderError
    ? `ProviderError(${JSON.stringify(e.kind)}): ${e.message}`
    : e instanceof Error
      ? `${e.name}: ${e.message}`
      : `${typeof e} ${String(e).slice(0, 80)}`;

/** The kind of a ProviderError rejection, failing the check on anything else. */
function kindOf(result: Awaited<ReturnType<typeof outcome>>, what: string): ProviderErrorKind {
  if ('pending' in result) return fail(`${what} did not settle`);
  if ('value' in result) return fail(`${what} resolved instead of rejecting`);
  const e = result.error;
  if (!(e instanceof ProviderError)) return fail(`${what} rejected with ${describe(e)}, not a ProviderError`);
  if (!PROVIDER_ERROR_KINDS.includes(e.kind)) return fail(`${what} rejected with an unknown kind ${String(e.kind)}`);
  return e.kind;
}

function valueOf<T>(result: { value: T } | { error: unknown } | { pending: true }, what: string): T {
  if ('pending' in result) return fail(`${what} did not settle`);
  if ('error' in result) return fail(`${what} rejected with ${describe(result.error)}`);
  return result.value;
}

/**
 * Runs every check against `provider` and reports each one. Never throws for a provider's
 * fault: a fault is a failed check with what went wrong.
 */
export async function runProviderConformance(
  provider: WasteProvider,
  fixtures: ConformanceFixtures,
): Promise<ConformanceReport> {
  const from = fixtures.from ?? londonToday();
  const to = fixtures.to ?? addDays(from, 56);
  const grace = fixtures.graceMs ?? 2000;
  const timeoutMs = fixtures.timeoutMs ?? 100;
  /** How long an answer may take in the functional checks. */
  const patience = 30_000;
  const checks: ConformanceCheck[] = [];
  const run = async (name: (typeof CONFORMANCE_CHECKS)[number], need: unknown, body: () => Promise<void>) => {
    if (need === undefined || need === null || need === '') {
      checks.push({ name, status: 'skipped', detail: 'the fixture this check needs was not given' });
      return;
    }
    try {
      await body();
      checks.push({ name, status: 'passed' });
    } catch (e) {
      checks.push({
        name,
        status: 'failed',
        detail: e instanceof Failure ? e.message : `the check itself failed: ${describe(e)}`,
      });
    }
  };
  const [
    addresses,
    noAddresses,
    outOfArea,
    shape,
    lookAhead,
    badUprn,
    abortBefore,
    abortInFlight,
    timeout,
    typedErrors,
  ] = CONFORMANCE_CHECKS;

  await run(addresses, fixtures.postcode, async () => {
    const found = valueOf(
      await outcome(() => provider.findAddresses(fixtures.postcode, {}), patience),
      'findAddresses',
    );
    let list;
    try {
      list = checkAddresses(found);
    } catch (e) {
      return fail(`the addresses break the contract: ${describe(e)}`);
    }
    if (!list.length) fail(`no addresses for ${fixtures.postcode}`);
    const uprns = (found as { uprn: string }[]).map((a) => a.uprn);
    if (new Set(uprns).size !== uprns.length) fail('the same UPRN is listed twice');
  });

  await run(noAddresses, fixtures.emptyPostcode, async () => {
    const found = valueOf(
      await outcome(() => provider.findAddresses(fixtures.emptyPostcode!, {}), patience),
      'findAddresses',
    );
    if (!Array.isArray(found) || found.length) fail(`expected [], got ${JSON.stringify(found).slice(0, 80)}`);
  });

  await run(outOfArea, fixtures.outOfAreaPostcode, async () => {
    const kind = kindOf(
      await outcome(() => provider.findAddresses(fixtures.outOfAreaPostcode!, {}), patience),
      'findAddresses',
    );
    if (kind !== 'out-of-area') fail(`rejected with "${kind}", not "out-of-area"`);
  });

  await run(shape, fixtures.uprn, async () => {
    const raw = valueOf(
      await outcome(() => provider.getCollections(fixtures.uprn, { from, to }), patience),
      'getCollections',
    );
    let schedule;
    try {
      schedule = checkSchedule(raw);
    } catch (e) {
      return fail(`the schedule breaks the contract: ${describe(e)}`);
    }
    const given = raw as { services: { id: string }[]; collections: { serviceId: string; date: string }[] };
    const ids = given.services.map((s) => s.id);
    if (new Set(ids).size !== ids.length) fail('two services share an id');
    const orphan = given.collections.find((c) => !ids.includes(c.serviceId));
    if (orphan) fail(`a collection on ${orphan.date} is of a service not listed: ${JSON.stringify(orphan.serviceId)}`);
    const outside = schedule.collections.find((c) => c.date < from || c.date > to);
    if (outside) fail(`a collection on ${outside.date} is outside ${from} to ${to}`);
    if (!schedule.collections.length) fail(`no collections for ${fixtures.uprn} from ${from} to ${to}`);
  });

  await run(lookAhead, fixtures.uprn, async () => {
    const until = addDays(to, 366);
    const raw = valueOf(
      await outcome(
        () => provider.getCollections(fixtures.uprn, { from, to, lookAhead: { perService: 4, until } }),
        patience,
      ),
      'getCollections with lookAhead',
    );
    let schedule;
    try {
      schedule = checkSchedule(raw);
    } catch (e) {
      return fail(`the schedule breaks the contract: ${describe(e)}`);
    }
    const outside = schedule.collections.find((c) => c.date < from || c.date > until || !isUsableDate(c.date));
    if (outside) fail(`a collection on ${outside.date} is outside ${from} to ${until}`);
  });

  await run(badUprn, fixtures.uprn, async () => {
    for (const uprn of ['1\r\nATTACH:x', '../1', '12a', '']) {
      const kind = kindOf(
        await outcome(() => provider.getCollections(uprn, { from, to }), grace),
        JSON.stringify(uprn),
      );
      if (kind !== 'invalid-data' && kind !== 'configuration')
        fail(`UPRN ${JSON.stringify(uprn)} was "${kind}", not "invalid-data"`);
    }
  });

  await run(abortBefore, fixtures.postcode, async () => {
    const signal = AbortSignal.abort();
    for (const [what, call] of [
      ['findAddresses', () => provider.findAddresses(fixtures.postcode, { signal })],
      ['getCollections', () => provider.getCollections(fixtures.uprn, { from, to, signal })],
    ] as [string, () => Promise<unknown>][]) {
      const kind = kindOf(await outcome(call, grace), what);
      if (kind !== 'aborted') fail(`${what} with an aborted signal was "${kind}", not "aborted"`);
    }
  });

  await run(abortInFlight, fixtures.slow, async () => {
    const slow = fixtures.slow!;
    for (const [what, call] of [
      ['findAddresses', (signal: AbortSignal) => slow.findAddresses(fixtures.postcode, { signal })],
      ['getCollections', (signal: AbortSignal) => slow.getCollections(fixtures.uprn, { from, to, signal })],
    ] as [string, (signal: AbortSignal) => Promise<unknown>][]) {
      const controller = new AbortController();
      const settled = outcome(() => call(controller.signal), 20 + grace);
      await new Promise((r) => setTimeout(r, 20));
      controller.abort();
      const kind = kindOf(await settled, `${what} (slow)`);
      if (kind !== 'aborted') fail(`${what} aborted in flight was "${kind}", not "aborted"`);
    }
  });

  await run(timeout, fixtures.slow, async () => {
    const slow = fixtures.slow!;
    for (const [what, call] of [
      ['findAddresses', () => slow.findAddresses(fixtures.postcode, { timeoutMs })],
      ['getCollections', () => slow.getCollections(fixtures.uprn, { from, to, timeoutMs })],
    ] as [string, () => Promise<unknown>][]) {
      const kind = kindOf(await outcome(call, timeoutMs + grace), `${what} (slow, timeoutMs ${timeoutMs})`);
      if (kind !== 'timeout') fail(`${what} slower than timeoutMs was "${kind}", not "timeout"`);
    }
  });

  await run(typedErrors, fixtures.failing, async () => {
    const failing = fixtures.failing!;
    for (const [what, call] of [
      ['findAddresses', () => failing.findAddresses(fixtures.postcode, {})],
      ['getCollections', () => failing.getCollections(fixtures.uprn, { from, to })],
    ] as [string, () => Promise<unknown>][]) {
      const kind = kindOf(await outcome(call, patience), `${what} (failing)`);
      if (kind === 'aborted' || kind === 'out-of-area') fail(`${what} on a failing service was "${kind}"`);
    }
  });

  return { ok: checks.every((c) => c.status !== 'failed'), checks };
}
