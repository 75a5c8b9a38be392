import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { checkAddresses } from '../../src/waste/check.js';
import { checkSchedule } from '../../src/waste/check-schedule.js';
import { lookAheadCollections } from '../../src/waste/look-ahead.js';
import { reminderTrigger, writeCalendar } from '../../src/waste/ics-writer.js';
import { addressLabel, readServices, statusOf } from '../../src/waste/providers/lwss.js';
import { readBins } from '../../src/waste/providers/ukbcd-json.js';
import { ProviderError, type Collection, type Schedule } from '../../src/waste/types.js';
import { inArea } from '../../src/components/waste-lookup/areas.js';
import { check, fc, RUNS, withinBudget } from '../support/property.js';

/**
 * Issue 14's data handling, each against a model written independently of the code: address
 * labels, merged duplicates, service identity in any script, the look-ahead, reminders in the
 * calendar file, postcode areas (fast-check, RUNS inputs per property).
 */

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
const attempt = <T>(f: () => T): T | string => {
  try {
    return f();
  } catch (e) {
    return e instanceof ProviderError ? `ProviderError(${e.kind})` : `not a ProviderError: ${e}`;
  }
};

describe('address labels from BS 7666 parts (LWSS)', () => {
  it('read the way a letter is addressed; the description is never the label', () => {
    expect(addressLabel({ saon: 'Flat 2', paon: '3', street: 'Meadow Lane', town: 'Ashdown' })).to.equal(
      'Flat 2, 3 Meadow Lane, Ashdown',
    );
    expect(
      addressLabel({ paon: 'Rose Cottage', street: 'Meadow Lane', locality: 'Ashdown', town: 'Ashdown' }),
    ).to.equal('Rose Cottage, Meadow Lane, Ashdown');
    expect(addressLabel({ paon: '12-14', street: ' Mill   Road ', town: 'Ashdown' })).to.equal(
      '12-14 Mill Road, Ashdown',
    );
    expect(addressLabel({ description: 'Community hall' })).to.equal('');
  });

  const part = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(
      '',
      '  ',
      'Flat 2',
      'Meadow Lane',
      'Ashdown',
      'ASHDOWN',
      'Rose Cottage',
      '3',
      '12A',
      '1-3',
      'ガラス通り',
    ),
    fc.string({ maxLength: 20 }),
    fc.integer({ min: 1, max: 999 }).map(String),
  );
  const NUMBER = /^\d{1,6}[a-z]?(?: ?[-–] ?\d{1,6}[a-z]?)?$/i;

  it(`any parts: the model's label, white space tidied, each part once in order: ${RUNS} addresses`, () => {
    check(
      fc.property(
        fc.record({ saon: part, paon: part, street: part, locality: part, town: part, description: part }),
        (a) => {
          const label = withinBudget(() => addressLabel(a), 'addressLabel');
          // The model: tidy each part, put a building number with its street, drop a repeat of the part before.
          const p = (k: keyof typeof a) => tidy(typeof a[k] === 'string' ? (a[k] as string) : '');
          const parts = [p('saon')];
          if (p('paon') && p('street') && NUMBER.test(p('paon'))) parts.push(`${p('paon')} ${p('street')}`);
          else parts.push(p('paon'), p('street'));
          parts.push(p('locality'), p('town'));
          const kept: string[] = [];
          for (const x of parts) if (x && x.toLowerCase() !== kept.at(-1)?.toLowerCase()) kept.push(x);
          expect(label).to.equal(kept.join(', '));
          expect(label).not.to.match(/^\s|\s$|\s\s/);
        },
      ),
    );
  });
});

describe('duplicates merged, never doubled', () => {
  const uprn = fc.constantFrom('1', '2', '3', '100000001');
  it(`addresses: one per UPRN, the first as given (tidied), in order: ${RUNS} lists`, () => {
    check(
      fc.property(
        fc.array(fc.record({ uprn, label: fc.constantFrom('1 Mill Road', ' 1  Mill Road ', 'Flat 2', 'x') }), {
          maxLength: 12,
        }),
        (list) => {
          const got = checkAddresses(list);
          const first = new Map<string, string>();
          for (const a of list) if (!first.has(a.uprn)) first.set(a.uprn, tidy(a.label));
          expect(got.map((a) => [a.uprn, a.label])).to.deep.equal([...first]);
        },
      ),
    );
  });

  const status = fc.constantFrom('scheduled', 'moved', 'cancelled') as fc.Arbitrary<Collection['status']>;
  const RANK = { cancelled: 0, scheduled: 1, moved: 2 } as const;
  it(`schedules: one collection per service and date, the one that says more; unknown services left out: ${RUNS} schedules`, () => {
    check(
      fc.property(
        fc.array(fc.constantFrom('refuse', 'food', 'garden'), { maxLength: 3 }),
        fc.array(
          fc.record({
            serviceId: fc.constantFrom('refuse', 'food', 'garden', 'nobody'),
            date: fc.constantFrom('2026-12-01', '2026-12-02', '2026-12-08', '0001-01-01'),
            status,
            outcome: fc.option(fc.constantFrom('collected', 'not-yet', 'not-collected'), { nil: undefined }),
          }),
          { maxLength: 20 },
        ),
        (ids, collections) => {
          const services = ids.map((id) => ({ id, name: `Name of ${id}` }));
          const got = withinBudget(() => checkSchedule({ services, collections }), 'checkSchedule');
          expect(got.services.map((s) => s.id)).to.deep.equal([...new Set(ids)]);
          // The model: for each (service, date) of a listed service and a real date, the first record
          // with the highest rank, with an outcome from any record if it has none.
          const expected = new Map<string, { status: string; outcome?: string }>();
          for (const c of collections) {
            if (!(ids as string[]).includes(c.serviceId) || c.date === '0001-01-01') continue;
            const key = `${c.date} ${c.serviceId}`;
            const before = expected.get(key);
            if (!before || RANK[c.status] > RANK[before.status as Collection['status']])
              expected.set(key, { status: c.status, outcome: c.outcome ?? before?.outcome });
            else if (!before.outcome && c.outcome) before.outcome = c.outcome;
          }
          const actual = got.collections.map((c) => [`${c.date} ${c.serviceId}`, c.status, c.outcome]);
          expect(actual).to.deep.equal(
            [...expected].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, v.status, v.outcome]),
          );
        },
      ),
    );
  });

  it('one id naming two different services is invalid data; the same service twice is one', () => {
    const c = (serviceId: string) => ({ date: '2026-12-01', serviceId, status: 'scheduled' });
    expect(
      attempt(() =>
        checkSchedule({
          services: [
            { id: 'a', name: 'Rubbish' },
            { id: 'a', name: 'Glass' },
          ],
          collections: [c('a')],
        }),
      ),
    ).to.equal('ProviderError(invalid-data)');
    const same = checkSchedule({
      services: [
        { id: 'a', name: 'Rubbish' },
        { id: 'a', name: ' Rubbish ' },
      ],
      collections: [c('a'), c('a')],
    });
    expect(same.services).to.have.length(1);
    expect(same.collections).to.have.length(1);
  });

  it('LWSS: two services under one id keep their own collections under ids of their own', () => {
    const s = readServices(
      [
        { id: 'food', name: 'Food waste', next_collections: [{ start_date: '2026-12-01' }] },
        { id: 'food', name: 'Glass', next_collections: [{ start_date: '2026-12-03' }] },
        { id: 'food', name: 'Food waste', next_collections: [{ start_date: '2026-12-08' }] },
      ],
      '2026-12-01',
      '2026-12-31',
    );
    expect(s.services.map((x) => `${x.id}=${x.name}`)).to.deep.equal(['food=Food waste', 'food-2=Glass']);
    expect(s.collections.map((x) => `${x.date} ${x.serviceId}`)).to.deep.equal([
      '2026-12-01 food',
      '2026-12-03 food-2',
      '2026-12-08 food',
    ]);
  });

  it('LWSS task status: what a resident needs to know from the standard’s codelist', () => {
    const table: [string, ReturnType<typeof statusOf>][] = [
      ['Completed', 'collected'],
      ['Closed / Complete', 'collected'],
      ['In progress', 'not-yet'],
      ['Not started', 'not-yet'],
      ['On break', 'not-yet'],
      ['Not done', 'not-collected'],
      ['Closed / Not done', 'not-collected'],
      ['Closed / Part done', 'not-collected'],
      ['Abandoned', 'not-collected'],
      ['Blocked', 'not-collected'],
      ['Cancelled', 'cancelled'],
      ['Closed / Not required', undefined],
      ['', undefined],
    ];
    for (const [status, want] of table) expect(statusOf(status), status).to.equal(want);
    expect(statusOf(42)).to.equal(undefined);
  });
});

describe('service identity in any script', () => {
  /** Names in Latin, Arabic, Hebrew, Japanese and Welsh, with the spellings that should merge. */
  const name = fc.oneof(
    fc.constantFrom(
      'Green Bin',
      'green  bin',
      'GREEN BIN',
      'النفايات العامة',
      'إعادة التدوير',
      'פסולת ירוקה',
      'מחזור',
      'ガラス',
      'ごみ',
      'Ailgylchu',
      'Glass!',
      'Glass?',
      'Caf\u00e9',
      'Cafe\u0301',
    ),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
  );
  /** The same service: equal after Unicode composition, white space and case. */
  const key = (s: string) => tidy(s.normalize('NFC')).toLowerCase();
  it(`UKBCD: different names are never merged, and each keeps exactly its own dates: ${RUNS} files`, () => {
    check(
      fc.property(
        fc.array(fc.tuple(name, fc.integer({ min: 1, max: 28 })), { minLength: 1, maxLength: 12 }),
        (bins) => {
          const usable = bins.filter(([n]) => n.trim());
          const payload = {
            bins: usable.map(([type, d]) => ({ type, collectionDate: `${String(d).padStart(2, '0')}/12/2026` })),
          };
          const s = readBins(payload, '2026-12-01', '2026-12-31');
          const keys = new Set(usable.map(([n]) => key(n)));
          expect(s.services).to.have.length(keys.size);
          expect(new Set(s.services.map((x) => x.id)).size).to.equal(keys.size);
          const nameOf = new Map(s.services.map((x) => [x.id, key(x.name)]));
          const got = s.collections.map((c) => `${nameOf.get(c.serviceId)}|${c.date}`).sort();
          const want = usable.map(([n, d]) => `${key(n)}|2026-12-${String(d).padStart(2, '0')}`).sort();
          expect(got).to.deep.equal(want);
        },
      ),
    );
  });
});

describe('the look-ahead', () => {
  const day = fc
    .integer({ min: 0, max: 60 })
    .map((n) => new Date(Date.UTC(2026, 11, 1) + n * 86_400_000).toISOString().slice(0, 10));
  it(`every collection in the window, then each short service's next ones up to \`until\`: ${RUNS} lists`, () => {
    check(
      fc.property(
        fc.array(
          fc.record({
            serviceId: fc.constantFrom('a', 'b', 'c'),
            date: day,
            status: fc.constantFrom('scheduled', 'moved', 'cancelled') as fc.Arbitrary<Collection['status']>,
          }),
          { maxLength: 30 },
        ),
        fc.tuple(day, day, day).map((d) => d.sort()),
        fc.integer({ min: 0, max: 5 }),
        (collections, [from, to, until], per) => {
          const got = lookAheadCollections(collections, { from, to, lookAhead: { perService: per, until } });
          // The model, service by service.
          const expected: Collection[] = [];
          for (const id of ['a', 'b', 'c']) {
            const mine = collections
              .filter((c) => c.serviceId === id && c.date >= from && c.date <= until)
              .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
            const near = mine.filter((c) => c.date <= to);
            let have = near.filter((c) => c.status !== 'cancelled').length;
            expected.push(...near);
            for (const c of mine.filter((x) => x.date > to)) {
              if (have >= per) break;
              expected.push(c);
              if (c.status !== 'cancelled') have++;
            }
          }
          const order = (x: Collection) => `${x.date} ${x.serviceId} ${x.status}`;
          expect(got.map(order).sort()).to.deep.equal(expected.map(order).sort());
          expect(got.map((c) => c.date)).to.deep.equal([...got.map((c) => c.date)].sort());
        },
      ),
    );
  });
});

describe('reminders in the calendar file', () => {
  it('the trigger is the time before midnight: 20:00 → -PT4H, 19:30 → -PT4H30M, 12:00 → -PT12H', () => {
    expect(reminderTrigger('20:00')).to.equal('-PT4H');
    expect(reminderTrigger('19:30')).to.equal('-PT4H30M');
    expect(reminderTrigger('23:59')).to.equal('-PT1M');
    expect(reminderTrigger('12:00')).to.equal('-PT12H');
    for (const bad of ['11:59', '24:00', '20:60', '8pm', '20:00\r\nATTACH:x', '', '2000'])
      expect(() => reminderTrigger(bad), bad).to.throw(RangeError, /12:00 to 23:59/);
  });

  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: fc.constantFrom('\r', '\n', '\\', ';', ',', ':', 'é', '😀', 'a', ' '), maxLength: 30 }),
  );
  const time = fc
    .tuple(fc.integer({ min: 12, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  it(`every event of a service has one VALARM at the chosen time, its words escaped: ${RUNS} calendars`, () => {
    check(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), text), { minLength: 1, maxLength: 3 }),
        fc.array(
          fc.record({
            serviceId: fc.constantFrom('a', 'b', 'c'),
            date: fc
              .integer({ min: 0, max: 90 })
              .map((n) => new Date(Date.UTC(2026, 11, 1) + n * 86_400_000).toISOString().slice(0, 10)),
            status: fc.constantFrom('scheduled', 'moved', 'cancelled') as fc.Arbitrary<Collection['status']>,
          }),
          { maxLength: 10 },
        ),
        time,
        fc.option(fc.subarray(['a', 'b', 'c']), { nil: undefined }),
        text,
        (services, collections, reminder, only, words) => {
          const schedule: Schedule = { services: services.map(([id, name]) => ({ id, name })), collections };
          const ics = writeCalendar(schedule, {
            name: 'x',
            uprn: '1',
            reminder,
            services: only,
            words: { reminder: (s) => `${words} ${s}` },
          });
          const [h, m] = reminder.split(':').map(Number);
          const minutes = 24 * 60 - (h * 60 + m);
          const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
          const wanted = new Set(
            collections
              .filter((c) => c.status !== 'cancelled' && (!only || only.includes(c.serviceId)))
              .map((c) => `${c.serviceId}|${c.date}`),
          );
          expect(events).to.have.length(wanted.size);
          const names = new Map(services.map(([id, n]) => [id, n]));
          for (const e of events) {
            const alarms = e.getAllSubcomponents('valarm');
            expect(alarms).to.have.length(1);
            const trigger = alarms[0].getFirstPropertyValue('trigger') as ICAL.Duration;
            expect(trigger.isNegative).to.equal(true);
            expect(trigger.toSeconds()).to.equal(-minutes * 60);
            const uid = String(e.getFirstPropertyValue('uid'));
            const id = uid.split('-')[1];
            if (only) expect(only).to.include(id);
            // The words come back exactly (escaping undone), line breaks as \n.
            const name = names.get(id as 'a') ?? id;
            const want = `${words} ${name}`.replace(/\r\n|\r/g, '\n');
            expect(alarms[0].getFirstPropertyValue('description')).to.equal(want);
          }
        },
      ),
    );
  });
});

describe('postcode areas', () => {
  it('areas, districts and sectors', () => {
    expect(inArea('AA3 1AB', 'AA3')).to.equal(true);
    expect(inArea('AA31 1AB', 'AA3')).to.equal(false);
    expect(inArea('AA3 1AB', 'AA')).to.equal(true);
    expect(inArea('A3 1AB', 'AA')).to.equal(false);
    expect(inArea('B1 1AB', 'B')).to.equal(true);
    expect(inArea('BA1 1AB', 'B')).to.equal(false);
    expect(inArea('BB1 2AB', 'AA3, BB1 2')).to.equal(true);
    expect(inArea('BB1 3AB', 'AA3, BB1 2')).to.equal(false);
    expect(inArea('BB1 2AB', 'bb1 2')).to.equal(true);
  });

  const letters = fc.constantFrom('A', 'B', 'AA', 'AB', 'BA', 'SW');
  const postcode = fc
    .tuple(letters, fc.integer({ min: 1, max: 29 }), fc.integer({ min: 0, max: 9 }))
    .map(([l, d, s]) => `${l}${d} ${s}AB`);
  const entry = fc.oneof(
    letters,
    fc.tuple(letters, fc.integer({ min: 1, max: 29 })).map(([l, d]) => `${l}${d}`),
    fc
      .tuple(letters, fc.integer({ min: 1, max: 29 }), fc.integer({ min: 0, max: 9 }))
      .map(([l, d, s]) => `${l}${d} ${s}`),
  );
  it(`a postcode is in the areas exactly when one entry covers it: ${RUNS} lists`, () => {
    check(
      fc.property(postcode, fc.array(entry, { maxLength: 5 }), fc.constantFrom(' ', ', ', ','), (pc, entries, sep) => {
        const [outward, inward] = pc.split(' ');
        const covered = entries.some((e) => {
          if (e.includes(' ')) return `${outward} ${inward[0]}` === e;
          if (/\d/.test(e)) return outward === e;
          return /^[A-Z]+/.exec(outward)![0] === e;
        });
        expect(inArea(pc, entries.join(sep))).to.equal(covered);
      }),
    );
  });
});
