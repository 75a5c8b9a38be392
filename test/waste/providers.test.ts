import { expect } from '@open-wc/testing';
import { icsProvider, lwssProvider, providerFromConfig, ukbcdProvider, ProviderError } from '../../src/waste/index.js';

const range = { from: '2026-12-01', to: '2027-01-26' };
const base = '/fixtures/waste';

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof ProviderError ? `${e.kind}: ${e.message}` : `not a ProviderError: ${e}`;
  }
  return 'did not fail';
}

describe('Local Waste Service Standards provider over HTTP', () => {
  const p = lwssProvider(`${base}/lwss/`);
  it('maps places to addresses (paon, saon, street, town; parent UPRN for flats)', async () => {
    const a = await p.findAddresses('AA3 1AB', {});
    expect(a[0]).to.deep.equal({ uprn: '100000001', label: '1, Meadow Lane, Ashdown' });
    expect(a[1]).to.deep.equal({
      uprn: '100000002',
      label: 'Flat 2, 3, Meadow Lane, Ashdown',
      parentUprn: '100000099',
    });
    expect(a[2].label).to.equal('<b>5</b>, <script>window.__pwned=1</script>Meadow Lane, Ashdown');
  });
  it('accepts the standard’s JSON-LD wrapper', async () => {
    expect(await lwssProvider(`${base}/lwss-wrapped`).findAddresses('AA3 1AB', {})).to.have.length(2);
  });
  it('maps services, containers and tasks; moved and cancelled; drops placeholder and out-of-range dates', async () => {
    const s = await p.getCollections('100000001', range);
    expect(s.services.map((x) => x.id)).to.deep.equal(['1', '2', '3']);
    expect(s.services[0]).to.deep.include({ name: 'Mixed recycling', frequency: 'alternate weekly' });
    expect(s.services[0].container).to.deep.equal({
      type: 'wheelie_bin',
      colour: 'grey',
      lidColour: 'blue',
      size: 240,
    });
    expect(s.services[0].materials).to.deep.equal(['Mixed recyclables']);
    const dates = s.collections.map((c) => `${c.serviceId}:${c.date}:${c.status}`);
    expect(dates).to.deep.equal([
      '2:2026-12-01:scheduled',
      // 00:30 on 2 December at UTC+1 is 23:30 on 1 December in London (GMT in winter).
      '3:2026-12-01:scheduled',
      '1:2026-12-03:scheduled',
      '2:2026-12-08:scheduled',
      '2:2026-12-15:cancelled',
      '1:2026-12-18:moved',
      '2:2026-12-22:scheduled',
      '1:2026-12-31:scheduled',
    ]);
    const moved = s.collections.find((c) => c.status === 'moved')!;
    expect(moved).to.deep.include({ originalDate: '2026-12-17', reason: 'because of the staff party' });
  });
  it('reports each fault as a typed provider error', async () => {
    expect(await failure(lwssProvider(`${base}/nowhere`).findAddresses('AA3 1AB', {}))).to.equal('http: HTTP 404');
    expect(await failure(lwssProvider(`${base}/lwss-notjson`).findAddresses('AA3 1AB', {}))).to.match(/^invalid-data:/);
    expect(await failure(lwssProvider(`${base}/lwss-badshape`).getCollections('1', range))).to.equal(
      'invalid-data: services[0].next_collections: must be a list',
    );
    expect(await failure(p.findAddresses('AA3 1AB', { timeoutMs: 1 }))).to.match(/^(timeout|network)/);
    const controller = new AbortController();
    const pending = p.findAddresses('AA3 1AB', { signal: controller.signal });
    controller.abort();
    expect(await failure(pending)).to.equal('aborted: Cancelled');
  });
  it('a slow server times out', async () => {
    const slow = lwssProvider(`${base}/lwss`);
    const started = performance.now();
    const r = await failure(
      slow.getCollections('1', { ...range, timeoutMs: 300 }).then(() => fetch(`${base}/lwss/services?delay=2000`)),
    );
    expect(r).to.equal('did not fail'); // the fast call succeeds
    const timed = await failure(
      lwssProvider(`${base}/lwss/services?delay=2000&x=`).findAddresses('AA3 1AB', { timeoutMs: 300 }),
    );
    expect(timed).to.match(/^timeout/);
    expect(performance.now() - started).to.be.lessThan(5000);
  });
});

describe('UKBinCollectionData JSON provider', () => {
  const p = ukbcdProvider({
    addressesUrl: `${base}/ukbcd/addresses.json?postcode={postcode}`,
    collectionsUrl: `${base}/ukbcd/bins-{uprn}.json`,
  });
  it('reads dd/mm/yyyy dates and names services from the council’s text', async () => {
    expect((await p.findAddresses('AA3 1AB', {}))[1]).to.deep.equal({
      uprn: '200000002',
      label: '2 Mill Road, Ashdown, AA3 1AB',
    });
    const s = await p.getCollections('200000001', range);
    expect(s.services).to.deep.equal([
      { id: 'green-bin', name: 'Green Bin', container: { colour: 'Green' } },
      { id: 'black-bin', name: 'Black Bin', container: { colour: 'Black' } },
    ]);
    expect(s.collections.map((c) => c.date)).to.deep.equal(['2026-12-01', '2026-12-04', '2026-12-18']);
  });
  it('rejects a date that is not dd/mm/yyyy', async () => {
    expect(await failure(p.getCollections('200000002', range))).to.equal(
      'invalid-data: bins[0].collectionDate: "2026-12-04" is not a dd/mm/yyyy date',
    );
  });
});

describe('ICS feed provider (ical.js, loaded on demand)', () => {
  const p = icsProvider({ addressesUrl: `${base}/ukbcd/addresses.json`, icsUrl: `${base}/ics/{uprn}.ics` });
  it('expands RRULE with EXDATE, applies a RECURRENCE-ID override without SUMMARY, reads TZID and UTC times', async () => {
    const s = await p.getCollections('200000001', range);
    expect(s.feedUrl).to.match(/\/fixtures\/waste\/ics\/200000001\.ics$/);
    expect(s.services.map((x) => x.name)).to.deep.equal(['Refuse', 'Recycling', 'Garden waste']);
    const by = (id: string) => s.collections.filter((c) => c.serviceId === id).map((c) => c.date);
    // Every other Tuesday; 15 Dec moved to the 16th by an override; 29 Dec excluded.
    expect(by('refuse')).to.deep.equal(['2026-12-01', '2026-12-16', '2027-01-12', '2027-01-26']);
    expect(by('recycling')).to.deep.equal(['2026-12-08', '2026-12-22', '2027-01-05', '2027-01-19']);
    expect(by('garden-waste')).to.deep.equal(['2026-12-09']);
  });
  it('repairs common faults: TZID on an all-day date, EXDATE without VALUE=DATE, DTSTART cut off after T', async () => {
    const s = await p.getCollections('200000002', range);
    expect(s.services.map((x) => x.name)).to.deep.equal(['Food waste', 'Glass']);
    expect(s.collections.map((c) => `${c.serviceId}:${c.date}`)).to.deep.equal([
      'food-waste:2026-12-03',
      'glass:2026-12-05',
      'food-waste:2026-12-10',
      'food-waste:2026-12-24',
    ]);
  });
  it('reports a broken feed as invalid data', async () => {
    expect(await failure(p.getCollections('200000003', range))).to.match(
      /^invalid-data: the calendar feed could not be read/,
    );
    expect(await failure(p.getCollections('200000004', range))).to.match(/^invalid-data/);
  });
});

describe('providerFromConfig', () => {
  it('names the missing attribute or the allowed providers', async () => {
    expect(await failure(Promise.resolve().then(() => providerFromConfig('lwss', {})))).to.contain(
      'configuration: provider="lwss" needs endpoint',
    );
    expect(await failure(Promise.resolve().then(() => providerFromConfig('ics', { addressesUrl: 'x' })))).to.contain(
      'needs ics-url',
    );
    expect(await failure(Promise.resolve().then(() => providerFromConfig('bartec', {})))).to.equal(
      'configuration: provider="bartec" is not supported; use one of demo, lwss, ukbcd, ics',
    );
  });
});
