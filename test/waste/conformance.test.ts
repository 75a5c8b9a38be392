import { expect } from '@open-wc/testing';
import {
  CONFORMANCE_CHECKS,
  demoProvider,
  icsProvider,
  lwssProvider,
  ProviderError,
  runProviderConformance,
  ukbcdProvider,
  type ConformanceFixtures,
  type ConformanceReport,
  type WasteProvider,
} from '../../src/waste/index.js';

/**
 * The conformance suite council developers run on their own providers, run on ours (served over
 * real HTTP by the test server, slow and failing answers included), then on providers broken on
 * purpose: each check must be able to fail.
 */

const base = '/fixtures/waste';
const window = { from: '2026-12-01', to: '2027-01-26' };
const addresses = `${base}/addresses/{postcode}.json`;

const summary = (r: ConformanceReport) =>
  r.checks.map((c) => `${c.status}: ${c.name}${c.detail ? ` (${c.detail})` : ''}`);

const ours: [string, WasteProvider, ConformanceFixtures, string[]][] = [
  [
    'demo',
    demoProvider(),
    {
      ...window,
      postcode: 'AA3 1AB',
      uprn: '100000001',
      emptyPostcode: 'AA3 1AE',
      outOfAreaPostcode: 'ZZ9 9ZZ',
      slow: demoProvider({ delayMs: 3000 }),
      failing: demoProvider({ fail: 'http' }),
    },
    [],
  ],
  [
    'lwss',
    lwssProvider(`${base}/lwss`),
    {
      ...window,
      postcode: 'AA3 1AB',
      uprn: '100000001',
      slow: lwssProvider(`${base}/lwss/places?delay=3000&x=`),
      failing: lwssProvider(`${base}/lwss/places?status=500&x=`),
    },
    // The test server answers one places file for every postcode; lwss-empty covers "none" elsewhere.
    ['addresses: a postcode with none gives an empty list'],
  ],
  [
    'ukbcd',
    ukbcdProvider({ addressesUrl: addresses, collectionsUrl: `${base}/ukbcd/bins-{uprn}.json` }),
    {
      ...window,
      postcode: 'AA3 1AB',
      uprn: '200000001',
      emptyPostcode: 'AA3 1AE',
      slow: ukbcdProvider({
        addressesUrl: `${addresses}?delay=3000`,
        collectionsUrl: `${base}/ukbcd/bins-{uprn}.json?delay=3000`,
      }),
      failing: ukbcdProvider({
        addressesUrl: `${addresses}?status=500`,
        collectionsUrl: `${base}/ukbcd/bins-{uprn}.json?status=500`,
      }),
    },
    [],
  ],
  [
    'ics',
    icsProvider({ addressesUrl: addresses, icsUrl: `${base}/ics/{uprn}.ics` }),
    {
      ...window,
      postcode: 'AA3 1AB',
      uprn: '200000001',
      emptyPostcode: 'AA3 1AE',
      slow: icsProvider({ addressesUrl: `${addresses}?delay=3000`, icsUrl: `${base}/ics/{uprn}.ics?delay=3000` }),
      failing: icsProvider({ addressesUrl: `${addresses}?status=500`, icsUrl: `${base}/ics/{uprn}.ics?status=500` }),
    },
    [],
  ],
];

/** Only the demo can tell a postcode is outside the council's area. */
const OUT_OF_AREA = 'addresses: a postcode outside the area is ProviderError("out-of-area")';

describe('runProviderConformance: our four providers', () => {
  for (const [name, provider, fixtures, alsoSkipped] of ours)
    it(`${name} passes every check it has fixtures for`, async () => {
      const report = await runProviderConformance(provider, fixtures);
      console.log(`conformance ${name}:\n  ${summary(report).join('\n  ')}`);
      expect(report.checks.map((c) => c.name)).to.deep.equal([...CONFORMANCE_CHECKS]);
      expect(report.checks.filter((c) => c.status === 'failed').map((c) => `${c.name}: ${c.detail}`)).to.deep.equal([]);
      const skipped = report.checks.filter((c) => c.status === 'skipped').map((c) => c.name);
      expect(skipped).to.deep.equal(
        [...(name === 'demo' ? [] : [OUT_OF_AREA]), ...alsoSkipped].sort(
          (a, b) => CONFORMANCE_CHECKS.indexOf(a as never) - CONFORMANCE_CHECKS.indexOf(b as never),
        ),
      );
      expect(report.ok).to.equal(true);
    });
});

describe('runProviderConformance: every check can fail', () => {
  const good = demoProvider();
  const fixtures: ConformanceFixtures = {
    ...window,
    postcode: 'AA3 1AB',
    uprn: '100000001',
    emptyPostcode: 'AA3 1AE',
    outOfAreaPostcode: 'ZZ9 9ZZ',
    slow: demoProvider({ delayMs: 3000 }),
    failing: demoProvider({ fail: 'network' }),
    timeoutMs: 50,
    graceMs: 500,
  };
  const failed = (r: ConformanceReport) => r.checks.filter((c) => c.status === 'failed').map((c) => c.name);
  /** A provider that waits `ms` and never looks at its signal or timeout. */
  const deaf = (ms: number): WasteProvider => ({
    findAddresses: (pc) => new Promise((r) => setTimeout(() => r(good.findAddresses(pc, {})), ms)),
    getCollections: (u, o) =>
      new Promise((r) => setTimeout(() => r(good.getCollections(u, { ...o, signal: undefined })), ms)),
  });

  it('a provider that ignores its signal and timeout fails the abort and timeout checks', async () => {
    const report = await runProviderConformance(deaf(0), { ...fixtures, slow: deaf(3000) });
    expect(failed(report)).to.deep.equal([
      'abort: a signal aborted before the call is ProviderError("aborted")',
      'abort: a request in flight stops when its signal aborts',
      'timeout: a request slower than timeoutMs is ProviderError("timeout")',
    ]);
    expect(report.ok).to.equal(false);
  });

  it('addresses or schedules that break the contract fail the address and schedule checks', async () => {
    const broken: WasteProvider = {
      ...good,
      findAddresses: async (pc, o) => {
        const list = await good.findAddresses(pc, o);
        return pc === 'AA3 1AE' ? [{ uprn: '1', label: 'x' }] : [...list, list[0]];
      },
      getCollections: async (u, o) => {
        const s = await good.getCollections(u, o);
        return {
          ...s,
          collections: [...s.collections, { date: '2030-01-01', serviceId: 'nobody', status: 'scheduled' }],
        };
      },
    };
    const report = await runProviderConformance(broken, fixtures);
    const detail = (name: string) => report.checks.find((c) => c.name === name)!.detail;
    expect(failed(report)).to.deep.equal([
      'addresses: a postcode with addresses gives a list of { uprn, label }',
      'addresses: a postcode with none gives an empty list',
      'schedule: services and collections in the contract, every collection in the window and of a listed service',
    ]);
    expect(detail(failed(report)[0])).to.equal('the same UPRN is listed twice');
    expect(detail(failed(report)[2])).to.equal('a collection on 2030-01-01 is of a service not listed: "nobody"');
  });

  it('errors that are not ProviderErrors fail the typed-errors, UPRN and out-of-area checks', async () => {
    const untyped: WasteProvider = {
      findAddresses: async (pc) => {
        if (pc !== 'AA3 1AB') throw new TypeError('cannot read properties of undefined');
        return good.findAddresses(pc, {});
      },
      getCollections: async (u, o) => {
        if (!/^\d+$/.test(u)) throw new Error('bad uprn');
        return good.getCollections(u, o);
      },
    };
    const report = await runProviderConformance(untyped, {
      ...fixtures,
      failing: { findAddresses: () => Promise.reject(new Error('500')), getCollections: () => Promise.reject('500') },
    });
    expect(failed(report)).to.include.members([
      'addresses: a postcode with none gives an empty list',
      'addresses: a postcode outside the area is ProviderError("out-of-area")',
      'schedule: a UPRN that is not 1 to 12 digits is refused as invalid data',
      'typed errors: a failing service is a ProviderError of a known kind',
    ]);
    const typed = report.checks.find((c) => c.name.startsWith('typed errors'))!;
    expect(typed.detail).to.equal('findAddresses (failing) rejected with Error: 500, not a ProviderError');
  });

  it('a check without its fixture is skipped, never passed', async () => {
    const report = await runProviderConformance(good, { ...window, postcode: 'AA3 1AB', uprn: '100000001' });
    expect(report.checks.filter((c) => c.status === 'skipped').map((c) => c.name)).to.deep.equal([
      'addresses: a postcode with none gives an empty list',
      OUT_OF_AREA,
      'abort: a request in flight stops when its signal aborts',
      'timeout: a request slower than timeoutMs is ProviderError("timeout")',
      'typed errors: a failing service is a ProviderError of a known kind',
    ]);
    expect(report.ok).to.equal(true);
  });

  it('the out-of-area check wants that kind exactly', async () => {
    const other: WasteProvider = {
      ...good,
      findAddresses: async (pc, o) => {
        if (pc === 'ZZ9 9ZZ') throw new ProviderError('invalid-data', 'no');
        return good.findAddresses(pc, o);
      },
    };
    const report = await runProviderConformance(other, fixtures);
    expect(failed(report)).to.deep.equal([OUT_OF_AREA]);
  });
});
