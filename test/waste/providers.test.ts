import { expect } from '@open-wc/testing';
import { icsProvider, lwssProvider, providerFromConfig, ukbcdProvider, ProviderError } from '../../src/waste/index.js';
import type { Schedule } from '../../src/waste/types.js';
import { parseAddressList } from '../../src/waste/providers/http.js';
import { readPlaces, readServices } from '../../src/waste/providers/lwss.js';
import { readBins } from '../../src/waste/providers/ukbcd-json.js';
import { check, fc, RUNS, withinBudget } from '../support/property.js';

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
    expect(a[0]).to.deep.equal({ uprn: '100000001', label: '1 Meadow Lane, Ashdown' });
    expect(a[1]).to.deep.equal({
      uprn: '100000002',
      label: 'Flat 2, 3 Meadow Lane, Ashdown',
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
    expect(
      await failure(lwssProvider(`${base}/lwss/places?delay=2000&x=`).findAddresses('AA3 1AB', { timeoutMs: 50 })),
    ).to.equal('timeout: No response within 50 ms');
    const controller = new AbortController();
    const pending = p.findAddresses('AA3 1AB', { signal: controller.signal });
    controller.abort();
    expect(await failure(pending)).to.equal('aborted: Cancelled');
  });
  it('a slow server times out at timeoutMs; a fast one answers within it', async () => {
    expect(await failure(p.getCollections('1', { ...range, timeoutMs: 2000 }))).to.equal('did not fail');
    // The server waits 2 s: a timeout of 300 ms must end it, as a timeout (not a network error).
    const timed = await failure(
      lwssProvider(`${base}/lwss/services?delay=2000&x=`).findAddresses('AA3 1AB', { timeoutMs: 300 }),
    );
    expect(timed).to.equal('timeout: No response within 300 ms');
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

describe('ICS feed provider (our own reader, loaded on demand)', () => {
  const p = icsProvider({
    addressesUrl: `${base}/ukbcd/addresses.json`,
    icsUrl: `${base}/ics/{uprn}.ics`,
    tidyNames: true,
  });
  it('keeps the council’s service names unless tidyNames is set', async () => {
    const asWritten = icsProvider({ addressesUrl: `${base}/ukbcd/addresses.json`, icsUrl: `${base}/ics/{uprn}.ics` });
    const s = await asWritten.getCollections('200000001', range);
    expect(s.services.map((x) => x.name)).to.deep.equal([
      'Refuse collection',
      'Recycling collection',
      'Garden waste collection',
    ]);
    expect((await p.getCollections('200000002', range)).services.map((x) => x.name)).to.deep.equal([
      'Food waste',
      'Glass',
    ]);
  });
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

describe('providers: UPRNs are digits before they reach a URL, a UID or a file', () => {
  it('an address list with a UPRN that is not 1–12 digits is invalid data', () => {
    for (const uprn of ['12a', '1\r\nATTACH:x', '', '1234567890123', '../1', 1e21, -1, 1.5, null]) {
      const attempt = (f: () => unknown) => {
        try {
          f();
          return 'accepted';
        } catch (e) {
          return e instanceof ProviderError ? e.kind : `not a ProviderError: ${e}`;
        }
      };
      expect(
        attempt(() => parseAddressList([{ uprn, label: 'x' }])),
        String(uprn),
      ).to.equal('invalid-data');
      expect(
        attempt(() => readPlaces([{ uprn, address: { paon: '1' } }])),
        String(uprn),
      ).to.equal('invalid-data');
      // An empty or null parent UPRN is no parent; any other that is not 1–12 digits is invalid.
      expect(
        attempt(() => parseAddressList([{ uprn: '1', label: 'x', parentUprn: uprn }])),
        String(uprn),
      ).to.equal(uprn === '' || uprn === null ? 'accepted' : 'invalid-data');
    }
    expect(parseAddressList([{ uprn: 100000001, label: 'x', parent_uprn: '7' }])).to.deep.equal([
      { uprn: '100000001', label: 'x', parentUprn: '7' },
    ]);
  });

  it('getCollections refuses a UPRN that is not digits without requesting anything', async () => {
    const ics = icsProvider({ addressesUrl: `${base}/ukbcd/addresses.json`, icsUrl: `${base}/ics/{uprn}.ics` });
    expect(await failure(ics.getCollections('../200000001', range))).to.match(
      /^invalid-data: a UPRN is 1 to 12 digits/,
    );
    expect(await failure(lwssProvider(`${base}/lwss`).getCollections('1&x=2', range))).to.match(/^invalid-data/);
    const ukbcd = ukbcdProvider({ addressesUrl: 'x', collectionsUrl: `${base}/ukbcd/bins-{uprn}.json` });
    expect(await failure(ukbcd.getCollections('200000001\n', range))).to.match(/^invalid-data/);
  });

  it('a URL template that fills into a refused scheme is a configuration error, never a request', async () => {
    const p = ukbcdProvider({ addressesUrl: 'javascript:alert(1)//{postcode}', collectionsUrl: 'x' });
    expect(await failure(p.findAddresses('AA3 1AB', {}))).to.match(/^configuration:/);
  });
});

describe('LWSS and UKBCD dates (issue 11)', () => {
  it('a zone-less LWSS time is London’s wall time, not the device’s', () => {
    const s = readServices(
      [
        {
          id: 1,
          name: 'Refuse',
          next_collections: [
            { start_date: '2026-06-01T23:30:00' }, // 23:30 in London (BST): still 1 June
            { start_date: '2026-06-08T23:30:00Z' }, // 23:30 UTC is 00:30 on 9 June in London
            { start_date: '2026-12-01T07:00' },
            { start_date: '2026-12-14T23:30:00.123-05:00' }, // 04:30 UTC on the 15th
          ],
        },
      ],
      '2026-01-01',
      '2026-12-31',
    );
    expect(s.collections.map((c) => c.date)).to.deep.equal(['2026-06-01', '2026-06-09', '2026-12-01', '2026-12-15']);
  });

  it('start_date "T" and other bad values are ProviderError(invalid-data), never RangeError', () => {
    for (const start_date of [
      'T',
      '',
      '2026-13-01',
      '2026-02-30',
      '2026-12-01T25:00',
      '2026-12-01T07:00+99:00',
      'soon',
      20261201,
      {},
      true,
    ])
      expect(
        (() => {
          try {
            readServices([{ id: 1, name: 'R', next_collections: [{ start_date }] }], '2026-01-01', '2026-12-31');
            return 'accepted';
          } catch (e) {
            return e instanceof ProviderError ? `${e.kind}: ${e.message}` : `not a ProviderError: ${e}`;
          }
        })(),
        JSON.stringify(start_date),
      ).to.match(/^invalid-data: services\[0\]\.next_collections\[0\]\.start_date: .* is not a date/);
    // Absent, null and placeholder years are no date, as before.
    expect(
      readServices(
        [
          {
            id: 1,
            name: 'R',
            next_collections: [
              {},
              { start_date: null },
              { start_date: '0001-01-01T00:00:00' },
              { start_date: '1900-01-01' },
            ],
          },
        ],
        '2000-01-01',
        '2099-12-31',
      ).collections,
    ).to.deep.equal([]);
  });

  it('UKBCD: an impossible date is invalid data, a placeholder is no date', () => {
    for (const collectionDate of ['31/02/2026', '45/13/2026', '00/12/2026', '1/12/2026', '01-12-2026', '01/12/2026x'])
      expect(
        (() => {
          try {
            readBins({ bins: [{ type: 'Green Bin', collectionDate }] }, '2026-01-01', '2026-12-31');
            return 'accepted';
          } catch (e) {
            return e instanceof ProviderError ? e.kind : `not a ProviderError: ${e}`;
          }
        })(),
        collectionDate,
      ).to.equal('invalid-data');
    expect(
      readBins({ bins: [{ type: 'Black Bin', collectionDate: '01/01/1900' }] }, '2000-01-01', '2099-12-31').collections,
    ).to.deep.equal([]);
  });
});

describe('LWSS, UKBCD and address lists: generated payloads (fast-check)', () => {
  /** The London date of an instant, by Intl's parts (locales' date formats differ by engine). */
  const london = (ms: number) => {
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const p = Object.fromEntries(format.formatToParts(ms).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day}`;
  };
  const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
  /** A start_date in one of the shapes the standard's users send, with the London date it means. */
  const startDate = fc
    .record({
      ms: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) }),
      shape: fc.constantFrom('date', 'local', 'local-min', 'z', 'offset', 'placeholder'),
      offset: fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m - (m % 15)),
    })
    .map(({ ms, shape, offset }) => {
      const d = new Date(ms);
      const ymd = d.toISOString().slice(0, 10);
      const hms = d.toISOString().slice(11, 19);
      switch (shape) {
        case 'date':
          return { value: ymd, date: ymd };
        case 'local':
          return { value: `${ymd}T${hms}`, date: ymd }; // London wall time
        case 'local-min':
          return { value: `${ymd} ${hms.slice(0, 5)}`, date: ymd };
        case 'z':
          return { value: `${ymd}T${hms}Z`, date: london(ms) };
        case 'offset': {
          // The same wall time at another offset: the instant is ms - offset.
          const sign = offset < 0 ? '-' : '+';
          return {
            value: `${ymd}T${hms}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`,
            date: london(ms - offset * 60_000),
          };
        }
        default:
          return {
            value: fc.sample(fc.constantFrom('0001-01-01', '1900-01-01T00:00:00', '0001-01-01T00:00:00Z'), 1)[0],
            date: '',
          };
      }
    });
  const windowArb = fc
    .tuple(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }), fc.integer({ min: 0, max: 365 }))
    .map(
      ([ms, n]) =>
        [new Date(ms).toISOString().slice(0, 10), new Date(ms + n * 86_400_000).toISOString().slice(0, 10)] as const,
    );

  it(`LWSS: every task's date is the London date it means: ${RUNS} payloads`, () => {
    check(
      fc.property(
        fc.array(fc.array(startDate, { maxLength: 6 }), { maxLength: 5 }),
        windowArb,
        (services, [from, to]) => {
          const payload = services.map((tasks, i) => ({
            id: i,
            name: `Service ${i}`,
            next_collections: tasks.map((t) => ({ start_date: t.value })),
          }));
          const s = withinBudget(() => readServices(payload, from, to), 'readServices');
          const expected = services
            .flatMap((tasks, i) =>
              tasks.filter((t) => t.date && t.date >= from && t.date <= to).map((t) => `${t.date} ${i}`),
            )
            .sort();
          expect(s.collections.map((c) => `${c.date} ${c.serviceId}`).sort()).to.deep.equal(expected);
        },
      ),
    );
  });

  const anything = fc.oneof(fc.jsonValue(), fc.string({ maxLength: 200 }), fc.constant(undefined));
  /** Mostly the right type, sometimes anything at all. */
  const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good }, anything);
  const hostileLwss = fc.oneof(anything, {
    weight: 4,
    arbitrary: fc.array(
      fc.record(
        {
          id: mostly(fc.oneof(fc.nat(), fc.string({ minLength: 1, maxLength: 20 }))),
          name: mostly(fc.string({ minLength: 1, maxLength: 40 })),
          frequency: anything,
          feature_types: fc.oneof(
            anything,
            fc.array(fc.record({ color: anything, materials: anything, shape: anything })),
          ),
          next_collections: mostly(
            fc.array(
              fc.record(
                {
                  start_date: mostly(startDate.map((d) => d.value)),
                  original_start_date: fc.oneof(
                    fc.constant(undefined),
                    startDate.map((d) => d.value),
                    anything,
                  ),
                  status: anything,
                  reason: anything,
                  features: anything,
                },
                { requiredKeys: [] },
              ),
              { maxLength: 4 },
            ),
          ),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 5 },
    ),
  });

  it(`LWSS, UKBCD and address lists: nothing but a ProviderError, within budget: ${RUNS} hostile payloads each`, () => {
    const tally = { inputs: 0, accepted: 0, errors: 0 };
    const attempt = (f: () => unknown) => {
      tally.inputs++;
      try {
        const r = withinBudget(f, 'reading a payload');
        tally.accepted++;
        return r;
      } catch (e) {
        expect(e, String(e)).to.be.instanceOf(ProviderError);
        tally.errors++;
        return undefined;
      }
    };
    check(
      fc.property(hostileLwss, windowArb, (payload, [from, to]) => {
        const s = attempt(() => readServices(payload, from, to)) as Schedule | undefined;
        for (const c of s?.collections ?? []) expect(c.date >= from && c.date <= to).to.be.true;
        const places = attempt(() => readPlaces(payload)) as { uprn: string }[] | undefined;
        for (const p of places ?? []) expect(p.uprn).to.match(/^\d{1,12}$/);
      }),
    );
    const bin = fc.record(
      {
        type: mostly(fc.string({ minLength: 1, maxLength: 30 })),
        collectionDate: fc.oneof(
          anything,
          fc
            .tuple(
              fc.integer({ min: 0, max: 40 }),
              fc.integer({ min: 0, max: 14 }),
              fc.integer({ min: 1890, max: 2110 }),
            )
            .map(([d, m, y]) => `${pad(d)}/${pad(m)}/${y}`),
        ),
      },
      { requiredKeys: [] },
    );
    check(
      fc.property(
        fc.oneof(anything, fc.record({ bins: fc.oneof(anything, fc.array(bin, { maxLength: 8 })) })),
        windowArb,
        (payload, [from, to]) => {
          const s = attempt(() => readBins(payload, from, to)) as Schedule | undefined;
          for (const c of s?.collections ?? []) expect(c.date >= from && c.date <= to).to.be.true;
        },
      ),
    );
    check(
      fc.property(
        fc.oneof(
          anything,
          fc.array(
            fc.record(
              { uprn: fc.oneof(anything, fc.stringMatching(/^\d{1,14}$/)), label: anything },
              { requiredKeys: [] },
            ),
          ),
        ),
        (payload) => {
          const list = attempt(() => parseAddressList(payload)) as { uprn: string }[] | undefined;
          for (const a of list ?? []) expect(a.uprn).to.match(/^\d{1,12}$/);
        },
      ),
    );
    expect(tally.inputs).to.be.at.least(4 * RUNS);
    console.log(
      `LWSS/UKBCD/addresses: ${tally.inputs} inputs, ${tally.accepted} accepted, ${tally.errors} ProviderErrors`,
    );
  });

  it(`UKBCD: dd/mm/yyyy dates are read exactly: ${RUNS} payloads`, () => {
    const real = fc
      .integer({ min: Date.UTC(1999, 0, 1), max: Date.UTC(2101, 0, 1) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    check(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('Green Bin', 'Black Bin', 'Food caddy'), real), { maxLength: 10 }),
        windowArb,
        (bins, [from, to]) => {
          const payload = {
            bins: bins.map(([type, d]) => ({
              type,
              collectionDate: `${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}`,
            })),
          };
          const s = readBins(payload, from, to);
          const names = new Map(s.services.map((x) => [x.id, x.name]));
          const expected = bins
            .filter(([, d]) => d >= from && d <= to && d >= '2000' && d < '2100')
            .map(([t, d]) => `${d} ${t}`);
          expect(s.collections.map((c) => `${c.date} ${names.get(c.serviceId)}`).sort()).to.deep.equal(expected.sort());
        },
      ),
    );
  });
});
