import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { ICS_LIMITS, readCalendar, serviceName } from '../../src/waste/ics-reader.js';
import { ProviderError, type Schedule } from '../../src/waste/types.js';
import { check, fc, RUNS, withinBudget } from '../support/property.js';

/**
 * Reading calendar feeds: the issue's "wrong bin days from bad feeds", one test each, then
 * generated feeds (fast-check, RUNS inputs per property) checked against a reference model
 * written independently (day by day with Date and Intl), against ical.js where ical.js is safe,
 * and for garbage: nothing but a ProviderError, and every read within the time budget.
 */

const FROM = '2026-12-01';
const TO = '2027-01-26';
const feed = (...events: string[]) =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n${events.join('')}END:VCALENDAR\r\n`;
let uids = 0;
const vevent = (...lines: string[]) =>
  `BEGIN:VEVENT\r\n${lines.some((l) => l.startsWith('UID:')) ? '' : `UID:u${++uids}\r\n`}DTSTAMP:20261101T000000Z\r\n${lines.join('\r\n')}\r\nEND:VEVENT\r\n`;

type Result = { schedule: Schedule } | { error: unknown };
function read(text: string, from = FROM, to = TO): Result {
  try {
    return { schedule: readCalendar(text, from, to) };
  } catch (error) {
    return { error };
  }
}
function dates(text: string, from = FROM, to = TO): string[] {
  return readCalendar(text, from, to).collections.map((c) => c.date);
}
function problem(text: string): string {
  const r = read(text);
  if ('schedule' in r) return `no error: ${r.schedule.collections.length} collections`;
  return r.error instanceof ProviderError ? `${r.error.kind}: ${r.error.message}` : `not a ProviderError: ${r.error}`;
}

describe('ICS reading: wrong bin days from bad feeds (issue 11)', () => {
  it('COUNT=0 (or below) is invalid data, not collections for ever', () => {
    for (const count of ['0', '-1', '+0'])
      expect(
        problem(feed(vevent('SUMMARY:Refuse', 'DTSTART;VALUE=DATE:20261201', `RRULE:FREQ=DAILY;COUNT=${count}`))),
      ).to.match(/^invalid-data: .*COUNT/);
  });

  it('INTERVAL=0 is invalid data, not every day', () => {
    expect(
      problem(feed(vevent('SUMMARY:Refuse', 'DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=DAILY;INTERVAL=0'))),
    ).to.match(/^invalid-data: .*INTERVAL/);
  });

  it('month 13 is invalid data, never January (DTSTART, EXDATE, UNTIL, RECURRENCE-ID)', () => {
    for (const lines of [
      ['DTSTART;VALUE=DATE:20261301'],
      ['DTSTART:20261301T070000Z'],
      ['DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=WEEKLY', 'EXDATE;VALUE=DATE:20261308'],
      ['DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=WEEKLY;UNTIL=20271301'],
      ['DTSTART;VALUE=DATE:20261201', 'RECURRENCE-ID;VALUE=DATE:20261332'],
      ['DTSTART;VALUE=DATE:20260230'],
    ])
      expect(problem(feed(vevent('SUMMARY:Refuse', ...lines))), lines.join(' ')).to.match(
        /^invalid-data: .*not a (real )?date/,
      );
  });

  it('a DTSTART years in the past still finds this winter’s collections (no iteration cap)', () => {
    // Every other Tuesday since 1 January 2002: 25 years of history, then the window.
    // 1,300 weeks later is Tuesday 1 December 2026.
    expect(
      dates(feed(vevent('SUMMARY:Refuse', 'DTSTART;VALUE=DATE:20020101', 'RRULE:FREQ=WEEKLY;INTERVAL=2'))),
    ).to.deep.equal(['2026-12-01', '2026-12-15', '2026-12-29', '2027-01-12', '2027-01-26']);
    // Daily since 1900 with a COUNT that ends inside the window: counted, not iterated to the cap.
    const ends = dates(feed(vevent('SUMMARY:Refuse', 'DTSTART;VALUE=DATE:19000101', 'RRULE:FREQ=DAILY;COUNT=46358')));
    expect(ends[0]).to.equal('2026-12-01');
    expect(ends.at(-1)).to.equal('2026-12-03'); // 1900-01-01 + 46357 days
    // Monthly on the second Tuesday since 1990, and yearly on 25 December since 1970.
    expect(
      dates(feed(vevent('SUMMARY:Glass', 'DTSTART;VALUE=DATE:19900109', 'RRULE:FREQ=MONTHLY;BYDAY=2TU'))),
    ).to.deep.equal(['2026-12-08', '2027-01-12']);
    expect(dates(feed(vevent('SUMMARY:Tree', 'DTSTART;VALUE=DATE:19701225', 'RRULE:FREQ=YEARLY')))).to.deep.equal([
      '2026-12-25',
    ]);
  });

  it('a feed’s own VTIMEZONE never shifts its own dates or another feed’s', () => {
    const bogus = (tzid: string, offset: string) =>
      `BEGIN:VTIMEZONE\r\nTZID:${tzid}\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:${offset}\r\nTZOFFSETTO:${offset}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n`;
    const timed = (tzid: string) =>
      vevent('SUMMARY:Refuse', `DTSTART;TZID=${tzid}:20261208T233000`, 'RRULE:FREQ=WEEKLY;COUNT=2');
    // A feed that claims Europe/London is twelve hours ahead: London's own rules still apply.
    const hostile = feed(bogus('Europe/London', '+1200'), timed('Europe/London'));
    expect(dates(hostile)).to.deep.equal(['2026-12-08', '2026-12-15']);
    // And the next feed read (no VTIMEZONE of its own) is not affected by the one before.
    const plain = feed(timed('Europe/London'), vevent('SUMMARY:Food', 'DTSTART:20261209T233000Z'));
    expect(readCalendar(plain, FROM, TO).collections.map((c) => `${c.serviceId}:${c.date}`)).to.deep.equal([
      'refuse:2026-12-08',
      'food:2026-12-09',
      'refuse:2026-12-15',
    ]);
    // A made-up zone name is London time; a real IANA zone uses the browser's rules, not the feed's.
    expect(dates(feed(bogus('Ashdown/Local', '-1100'), timed('Ashdown/Local')))).to.deep.equal([
      '2026-12-08',
      '2026-12-15',
    ]);
    expect(dates(feed(bogus('Asia/Tokyo', '+0000'), timed('Asia/Tokyo')))).to.deep.equal(['2026-12-08', '2026-12-15']);
    // 23:30 in New York on 8 December is 04:30 on the 9th in London.
    expect(dates(feed(bogus('America/New_York', '+0000'), timed('America/New_York')))).to.deep.equal([
      '2026-12-09',
      '2026-12-16',
    ]);
  });

  it('a SUMMARY of 100,000 spaces costs one scan, not seconds', () => {
    const spaces = ' '.repeat(100_000);
    expect(withinBudget(() => serviceName(`${spaces}Refuse${spaces}collection${spaces}`), 'serviceName')).to.equal(
      'Refuse',
    );
    expect(withinBudget(() => serviceName(`Bin collection:${spaces}x${spaces}collectionx${spaces}`))).to.equal(
      'x collectionx',
    );
    // In a feed, a property this long is refused at once (10,000 characters is the limit).
    const long = feed(vevent(`SUMMARY:${spaces}Refuse${spaces} collection`, 'DTSTART;VALUE=DATE:20261201'));
    expect(withinBudget(() => problem(long), 'readCalendar')).to.match(/^invalid-data: .*longer than 10000/);
    // Just under the limit it is read, and quickly.
    const under = feed(
      vevent(`SUMMARY:${' '.repeat(9000)}Refuse${' '.repeat(900)}collection`, 'DTSTART;VALUE=DATE:20261201'),
    );
    expect(withinBudget(() => readCalendar(under, FROM, TO, { tidyNames: true })).services[0].name).to.equal('Refuse');
    // Without tidyNames the name is the council's, white space tidied, read as quickly.
    expect(withinBudget(() => readCalendar(under, FROM, TO)).services[0].name).to.equal('Refuse collection');
  });

  it('40,000 VEVENTs (and their overrides) are read within the time budget, every service found', () => {
    const events = (n: number) =>
      feed(
        ...Array.from({ length: n }, (_, i) =>
          i < n / 10
            ? `BEGIN:VEVENT\r\nUID:s${i}\r\nDTSTART;VALUE=DATE:20261201\r\nRRULE:FREQ=WEEKLY;INTERVAL=2\r\nSUMMARY:Service ${i % 50}\r\nEND:VEVENT\r\n`
            : `BEGIN:VEVENT\r\nUID:s${i % (n / 10)}\r\nRECURRENCE-ID:202612${String(1 + (i % 28)).padStart(2, '0')}\r\nDTSTART:202612${String(1 + (i % 28)).padStart(2, '0')}\r\nEND:VEVENT\r\n`,
        ),
      );
    const big = events(40_000);
    expect(big.length).to.be.within(3_000_000, 4_000_000);
    // Linear reading takes a few tens of milliseconds; a quadratic step (copying the events read so far
    // for each new one) takes many seconds. How time grows with size is measured by `npm run bench`.
    const s = withinBudget(() => readCalendar(big, FROM, TO), `readCalendar on ${big.length} characters`, 1000);
    expect(s.services).to.have.length(50);
  });

  it('INTERVAL=10000000 is bounded work: only DTSTART falls in any window', () => {
    for (const freq of ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'])
      expect(
        withinBudget(() =>
          dates(feed(vevent('SUMMARY:Refuse', 'DTSTART;VALUE=DATE:20261201', `RRULE:FREQ=${freq};INTERVAL=10000000`))),
        ),
      ).to.deep.equal(['2026-12-01']);
  });

  it('a feed built to need endless counting is refused within the time budget', () => {
    const hostile = (rule: string) =>
      feed(
        ...Array.from({ length: 300 }, () => vevent('SUMMARY:Refuse', 'DTSTART;VALUE=DATE:19000101', `RRULE:${rule}`)),
      );
    for (const rule of [
      'FREQ=YEARLY;BYDAY=MO,TU;BYSETPOS=-1;COUNT=100000',
      'FREQ=DAILY;BYMONTH=1,3,5;COUNT=100000',
      'FREQ=YEARLY;BYWEEKNO=1,2,3,20;BYDAY=MO;COUNT=100000',
    ])
      // The work budget (1,000,000 days) takes 50–100 ms on an idle machine: 400 ms leaves room for
      // a busy one, while a reader that counted for ever would take minutes.
      expect(withinBudget(() => problem(hostile(rule)), rule, 400)).to.match(/^invalid-data: .*too much work/);
    // The same rules, a few at a time and from a reasonable start, are read.
    expect(
      dates(
        feed(vevent('SUMMARY:Refuse', 'DTSTART;VALUE=DATE:20000103', 'RRULE:FREQ=DAILY;BYMONTH=12,1;COUNT=100000')),
      ),
    ).to.have.length(57);
  });

  it('rules that can never happen cost nothing and add nothing (ical.js loops for ever on these)', () => {
    for (const rule of [
      'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31',
      'FREQ=MONTHLY;BYMONTHDAY=15;BYDAY=1MO',
    ])
      expect(
        withinBudget(() => dates(feed(vevent('SUMMARY:Refuse', 'DTSTART;VALUE=DATE:20261201', `RRULE:${rule}`)))),
      ).to.deep.equal(['2026-12-01']);
  });

  it('bad values are a ProviderError, never a TypeError or RangeError', () => {
    for (const [lines, words] of [
      [['DTSTART;VALUE=DATE:20261201', 'RRULE:'], 'RRULE is empty'],
      [['DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=MONTHLY;BYDAY=9MO'], 'at most 5'],
      [['DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=WEEKLY;BYDAY=2MO'], 'monthly or yearly'],
      [['DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=HOURLY'], 'day, week, month or year'],
      [['DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=DAILY;COUNT=3;UNTIL=20270101'], 'both COUNT and UNTIL'],
      [['DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=DAILY;INTERVAL=abc'], 'not a whole number'],
      [['DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=DAILY;BYMONTH=13'], 'out of range'],
      [['DTSTART;VALUE=DATE:2026120'], 'not a date'],
      [['DTSTART:20261201T250000Z'], 'not a real time'],
      [['DTSTART;TZID="Europe/London:20261201T070000'], 'unclosed quote'],
    ] as const)
      expect(problem(feed(vevent('SUMMARY:Refuse', ...lines))), lines.join(' ')).to.match(
        new RegExp(`^invalid-data: .*${words}`),
      );
    for (const text of [
      '',
      'not a calendar',
      'BEGIN:VEVENT\r\nEND:VEVENT',
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n',
      '\u0000\u0001',
    ])
      expect(problem(text), JSON.stringify(text)).to.match(/^invalid-data: the calendar feed could not be read/);
    expect(problem(null as unknown as string)).to.match(/^invalid-data/);
  });

  it('limits events, EXDATEs and size, each with its own message', () => {
    expect(ICS_LIMITS.events).to.equal(50_000);
    expect(ICS_LIMITS.characters).to.equal(10_000_000);
    const exdates = Array.from({ length: 1001 }, (_, i) => `EXDATE;VALUE=DATE:${20300101 + (i % 28)}`);
    expect(
      problem(feed(vevent('SUMMARY:Refuse', 'DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=DAILY', ...exdates))),
    ).to.match(/more than 1000 EXDATE/);
    const tooMany = feed(...Array.from({ length: 50_001 }, () => 'BEGIN:VEVENT\r\nEND:VEVENT\r\n'));
    // 1.3 MB of events read before the limit: linear, a few tens of milliseconds when the machine is idle.
    expect(withinBudget(() => problem(tooMany), '50,001 events', 500)).to.match(/more than 50000 events/);
    expect(problem(`BEGIN:VCALENDAR\r\nX:${'a'.repeat(10_000_001)}\r\nEND:VCALENDAR`)).to.match(/longer than 10000000/);
    // Properties it does not read may be long (an attachment): skipped in one scan.
    const attach = feed(
      vevent(
        'SUMMARY:Refuse',
        'DTSTART;VALUE=DATE:20261201',
        `ATTACH;ENCODING=BASE64;VALUE=BINARY:${'QUJD'.repeat(200_000)}`,
      ),
    );
    expect(withinBudget(() => dates(attach))).to.deep.equal(['2026-12-01']);
  });
});

describe('ICS reading: what council feeds do', () => {
  it('reads overrides, cancellations, RDATE, and folded lines', () => {
    const text = feed(
      vevent(
        'UID:r',
        'SUMMARY:Refuse collection',
        'DTSTART;VALUE=DATE:20261201',
        'RRULE:FREQ=WEEKLY;COUNT=6',
        'RDATE;VALUE=DATE:20261224',
      ),
      'BEGIN:VEVENT\r\nUID:r\r\nRECURRENCE-ID;VALUE=DATE:20261222\r\nDTSTART;VALUE=DATE:20261223\r\nEND:VEVENT\r\n',
      'BEGIN:VEVENT\r\nUID:r\r\nRECURRENCE-ID;VALUE=DATE:20261229\r\nDTSTART;VALUE=DATE:20261229\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n',
      'BEGIN:VEVENT\r\nUID:g\r\nDTSTART;VALUE=DATE:20261210\r\nSUMM\r\n ARY:Garden\r\n  waste\r\nEND:VEVENT\r\n',
    );
    const s = readCalendar(text, FROM, TO, { tidyNames: true });
    expect(s.services.map((x) => x.name)).to.deep.equal(['Refuse', 'Garden waste']);
    expect(
      s.collections.map((c) => `${c.date}:${c.serviceId}:${c.status}${c.originalDate ? `<${c.originalDate}` : ''}`),
    ).to.deep.equal([
      '2026-12-01:refuse:scheduled',
      '2026-12-08:refuse:scheduled',
      '2026-12-10:garden-waste:scheduled',
      '2026-12-15:refuse:scheduled',
      '2026-12-23:refuse:moved<2026-12-22',
      '2026-12-24:refuse:scheduled',
      '2026-12-29:refuse:cancelled',
      '2027-01-05:refuse:scheduled',
    ]);
  });

  it('expands the RFC 5545 examples as the RFC does (where ical.js does not)', () => {
    const rule = (start: string, r: string, from: string, to: string) =>
      dates(feed(vevent('SUMMARY:R', `DTSTART;VALUE=DATE:${start}`, `RRULE:${r}`)), from, to);
    // "Every other week on Tuesday and Sunday": WKST changes the answer (RFC 5545 §3.3.10, 1997 → 2025,
    // a year with the same calendar).
    expect(
      rule('20250805', 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO', '2025-08-01', '2025-12-31'),
    ).to.deep.equal(['2025-08-05', '2025-08-10', '2025-08-19', '2025-08-24']);
    expect(
      rule('20250805', 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU', '2025-08-01', '2025-12-31'),
    ).to.deep.equal(['2025-08-05', '2025-08-17', '2025-08-19', '2025-08-31']);
    // "Monday of week number 20" (ical.js gives every Monday).
    expect(rule('20260511', 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', '2026-01-01', '2028-12-31')).to.deep.equal([
      '2026-05-11',
      '2027-05-17',
      '2028-05-15',
    ]);
    // "The 20th Monday of the year" (ical.js gives every Monday).
    expect(rule('20260518', 'FREQ=YEARLY;BYDAY=20MO', '2026-01-01', '2027-12-31')).to.deep.equal([
      '2026-05-18',
      '2027-05-17',
    ]);
    // "The last work day of the month".
    expect(rule('20260130', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '2026-01-01', '2026-05-31')).to.deep.equal(
      ['2026-01-30', '2026-02-27', '2026-03-31', '2026-04-30', '2026-05-29'],
    );
    // Invalid dates are skipped, never rolled on (ical.js gives 1 March): 29 February every fourth year.
    expect(rule('20240229', 'FREQ=YEARLY', '2024-01-01', '2028-12-31')).to.deep.equal(['2024-02-29', '2028-02-29']);
    expect(rule('20260131', 'FREQ=MONTHLY;COUNT=4', '2026-01-01', '2026-12-31')).to.deep.equal([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
    ]);
  });

  it('keeps distinct services apart, even when their slugs meet or their names are not Latin', () => {
    const text = feed(
      vevent('SUMMARY:Glass!', 'DTSTART;VALUE=DATE:20261201'),
      vevent('SUMMARY:Glass?', 'DTSTART;VALUE=DATE:20261201'),
      vevent('SUMMARY:ガラス', 'DTSTART;VALUE=DATE:20261201'),
      vevent('SUMMARY:ごみ', 'DTSTART;VALUE=DATE:20261201'),
      vevent('SUMMARY:glass!  ', 'DTSTART;VALUE=DATE:20261202'),
    );
    const s = readCalendar(text, FROM, TO);
    expect(s.services.map((x) => `${x.id}=${x.name}`)).to.deep.equal([
      'glass=Glass!',
      'glass-2=Glass?',
      'service=ガラス',
      'service-2=ごみ',
    ]);
    expect(s.collections).to.have.length(5);
  });
});

// ---- generated feeds ---------------------------------------------------------------------------

interface GenRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  byday: string[];
  bymonthday: number[];
  bymonth: number[];
  end: { count: number } | { until: string } | null;
}
interface GenEvent {
  name: string;
  start: string; // YYYY-MM-DD
  time: { zone: 'london' | 'floating' | 'utc'; h: number; m: number } | null;
  rule: GenRule | null;
  exdates: string[];
}

/** The London date of an instant, by Intl's parts (not a locale's date format, which differs by engine). */
const londonDateOf = (ms: number) => {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const p = Object.fromEntries(format.formatToParts(ms).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
};

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const iso = (d: Date) => d.toISOString().slice(0, 10);
const compact = (s: string) => s.replace(/-/g, '');
const dayArb = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map(iso);

const ruleArb: fc.Arbitrary<GenRule> = fc
  .record({
    freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY') as fc.Arbitrary<GenRule['freq']>,
    interval: fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: 1, max: 4 }) },
      fc.integer({ min: 5, max: 10_000_000 }),
    ),
    byday: fc.uniqueArray(fc.constantFrom(...DAYS), { maxLength: 3 }),
    ordinal: fc.constantFrom(0, 0, 1, 2, 3, 4, -1),
    bymonthday: fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -3, max: -1 })), {
      maxLength: 2,
    }),
    bymonth: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
    end: fc.oneof(
      fc.constant(null),
      fc.record({ count: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ until: dayArb('2024-01-01', '2028-12-31') }),
    ),
  })
  .map(({ freq, interval, byday, ordinal, bymonthday, bymonth, end }) => ({
    freq,
    interval,
    // RFC 5545 allows a number before a day only in monthly and yearly rules.
    byday: byday.map((d) =>
      ordinal && (freq === 'MONTHLY' || (freq === 'YEARLY' && bymonth.length)) ? `${ordinal}${d}` : d,
    ),
    bymonthday: freq === 'WEEKLY' ? [] : bymonthday,
    bymonth,
    end,
  }));

const eventArb: fc.Arbitrary<GenEvent> = fc.record({
  name: fc.constantFrom('Refuse', 'Recycling', 'Garden waste', 'Food'),
  // DTSTART up to 27 years before the window.
  start: fc.oneof(dayArb('2000-01-01', '2027-06-30'), dayArb('2026-06-01', '2027-03-01')),
  time: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    fc.record({
      zone: fc.constantFrom('london', 'floating') as fc.Arbitrary<'london' | 'floating'>,
      h: fc.integer({ min: 6, max: 20 }),
      m: fc.integer({ min: 0, max: 59 }),
    }),
    fc.record({
      zone: fc.constant('utc' as const),
      // Late evening UTC is the next day in London in summer: the case a zone mistake gets wrong.
      h: fc.oneof(fc.constant(23), fc.integer({ min: 0, max: 23 })),
      m: fc.integer({ min: 1, max: 59 }),
    }),
  ),
  rule: fc.option(ruleArb, { freq: 4 }),
  exdates: fc.array(dayArb('2026-11-01', '2027-03-01'), { maxLength: 4 }),
});

const windowArb = fc
  .tuple(dayArb('2026-01-01', '2027-06-30'), fc.integer({ min: 0, max: 120 }))
  .map(([from, n]) => [from, iso(new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000))] as const);

function writeEvent(e: GenEvent, uid: string): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const time = e.time ? `T${two(e.time.h)}${two(e.time.m)}00` : '';
  const dtstart = !e.time
    ? `DTSTART;VALUE=DATE:${compact(e.start)}`
    : e.time.zone === 'utc'
      ? `DTSTART:${compact(e.start)}${time}Z`
      : e.time.zone === 'london'
        ? `DTSTART;TZID=Europe/London:${compact(e.start)}${time}`
        : `DTSTART:${compact(e.start)}${time}`;
  const lines = [`UID:${uid}`, `SUMMARY:${e.name} collection`, dtstart];
  if (e.rule) {
    const r = e.rule;
    const parts = [`FREQ=${r.freq}`];
    if (r.interval !== 1) parts.push(`INTERVAL=${r.interval}`);
    if (r.byday.length) parts.push(`BYDAY=${r.byday.join(',')}`);
    if (r.bymonthday.length) parts.push(`BYMONTHDAY=${r.bymonthday.join(',')}`);
    if (r.bymonth.length) parts.push(`BYMONTH=${r.bymonth.join(',')}`);
    if (r.end && 'count' in r.end) parts.push(`COUNT=${r.end.count}`);
    // UNTIL: a date for all-day events, the start of that day in UTC for timed ones.
    if (r.end && 'until' in r.end) parts.push(`UNTIL=${compact(r.end.until)}${e.time ? 'T000000Z' : ''}`);
    lines.push(`RRULE:${parts.join(';')}`);
  }
  for (const x of e.exdates) lines.push(`EXDATE;VALUE=DATE:${compact(x)}`);
  return `BEGIN:VEVENT\r\n${lines.join('\r\n')}\r\nEND:VEVENT\r\n`;
}

/**
 * The reference model: RFC 5545 read literally and slowly, one day at a time with Date objects,
 * from DTSTART to the end of the window. Dates of UTC times are London dates by Intl.
 */
function model(e: GenEvent, from: string, to: string): string[] {
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  const start = day(e.start);
  const end = new Date(day(to).getTime() + 2 * 86_400_000);
  const londonDate = (d: Date) => {
    if (!e.time || e.time.zone !== 'utc') return iso(d);
    return londonDateOf(d.getTime() + (e.time.h * 60 + e.time.m) * 60_000);
  };
  const out = new Set<string>();
  const emit = (d: Date) => {
    const date = londonDate(d);
    if (!e.exdates.includes(iso(d)) && date >= from && date <= to) out.add(date);
  };
  emit(start); // DTSTART is always the first occurrence
  const r = e.rule;
  if (!r) return [...out];
  const weekday = (d: Date) => (d.getUTCDay() + 6) % 7;
  const monday = (d: Date) => d.getTime() / 86_400_000 - weekday(d);
  const dim = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  let byday = r.byday;
  let bymonthday = r.bymonthday;
  let bymonth = r.bymonth;
  if (r.freq === 'WEEKLY' && !byday.length) byday = [DAYS[weekday(start)]];
  if (r.freq === 'MONTHLY' && !byday.length && !bymonthday.length) bymonthday = [start.getUTCDate()];
  if (r.freq === 'YEARLY' && !byday.length && !bymonthday.length) {
    bymonthday = [start.getUTCDate()];
    if (!bymonth.length) bymonth = [start.getUTCMonth() + 1];
  }
  let count = 1;
  for (let d = new Date(start.getTime() + 86_400_000); d <= end; d = new Date(d.getTime() + 86_400_000)) {
    const months = (d.getUTCFullYear() - start.getUTCFullYear()) * 12 + d.getUTCMonth() - start.getUTCMonth();
    const periods =
      r.freq === 'DAILY'
        ? (d.getTime() - start.getTime()) / 86_400_000
        : r.freq === 'WEEKLY'
          ? (monday(d) - monday(start)) / 7
          : r.freq === 'MONTHLY'
            ? months
            : d.getUTCFullYear() - start.getUTCFullYear();
    if (periods % r.interval !== 0) continue;
    if (bymonth.length && !bymonth.includes(d.getUTCMonth() + 1)) continue;
    const n = d.getUTCDate();
    if (bymonthday.length && !bymonthday.some((x) => (x > 0 ? x === n : dim(d) + 1 + x === n))) continue;
    if (byday.length) {
      const ok = byday.some((code) => {
        const w = DAYS.indexOf(code.slice(-2));
        if (w !== weekday(d)) return false;
        const ord = Number(code.slice(0, -2) || 0);
        if (!ord) return true;
        // The same weekdays of this month, counted by hand.
        const same: number[] = [];
        for (let x = 1; x <= dim(d); x++)
          if (weekday(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), x))) === w) same.push(x);
        return (ord > 0 ? same[ord - 1] : same[same.length + ord]) === n;
      });
      if (!ok) continue;
    }
    if (r.end && 'until' in r.end && iso(d) > r.end.until) break;
    if (r.end && 'until' in r.end && e.time && iso(d) === r.end.until) break; // later than 00:00Z that day
    if (r.end && 'count' in r.end && ++count > r.end.count) break;
    emit(d);
  }
  return [...out];
}

describe('ICS reading: generated feeds (fast-check)', () => {
  it(`finds exactly the collections of a reference model: ${RUNS} feeds of 1–4 events`, () => {
    let compared = 0;
    check(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 4 }), windowArb, (events, [from, to]) => {
        const text = feed(...events.map((e, i) => writeEvent(e, `e${i}`)));
        const got = withinBudget(() => readCalendar(text, from, to), 'readCalendar');
        const names = new Map(got.services.map((s) => [s.id, s.name]));
        const actual = got.collections.map((c) => `${c.date} ${names.get(c.serviceId)}`).sort();
        // Names as the council wrote them ("Refuse collection"): no tidying unless asked.
        const expected = [
          ...new Set(events.flatMap((e) => model(e, from, to).map((d) => `${d} ${e.name} collection`))),
        ].sort();
        expect(actual).to.deep.equal(expected);
        compared++;
      }),
    );
    expect(compared).to.be.at.least(RUNS);
  });

  it(`the look-ahead finds each short service's next collections exactly, however far: ${RUNS} feeds`, () => {
    let lookedFurther = 0;
    check(
      fc.property(
        fc.array(eventArb, { minLength: 1, maxLength: 4 }),
        windowArb,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 900 }),
        (events, [from, to], per, days) => {
          const until = iso(new Date(Date.parse(`${to}T00:00:00Z`) + days * 86_400_000));
          const text = feed(...events.map((e, i) => writeEvent(e, `e${i}`)));
          const got = withinBudget(
            () => readCalendar(text, from, to, { lookAhead: { perService: per, until } }),
            'readCalendar with lookAhead',
          );
          const names = new Map(got.services.map((s) => [s.id, s.name]));
          const actual = got.collections.map((c) => `${c.date} ${names.get(c.serviceId)}`).sort();
          // The model: every date in the window; then, for a service with fewer than `per` there,
          // its next dates after the window (up to `until`) until it has `per`.
          const dayAfter = iso(new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000));
          const expected: string[] = [];
          for (const name of new Set(events.map((e) => e.name))) {
            const mine = events.filter((e) => e.name === name);
            const near = [...new Set(mine.flatMap((e) => model(e, from, to)))];
            const far = [...new Set(mine.flatMap((e) => model(e, dayAfter, until)))].sort();
            const extra = far.slice(0, Math.max(0, per - near.length));
            if (extra.length) lookedFurther++;
            for (const d of [...near, ...extra]) expected.push(`${d} ${name} collection`);
          }
          expect(actual).to.deep.equal(expected.sort());
        },
      ),
    );
    // The property is about the look-ahead: most feeds must need it.
    expect(lookedFurther).to.be.greaterThan(RUNS / 3);
  });

  it(`agrees with ical.js on synchronised rules ical.js can expand safely: ${RUNS} events`, () => {
    const safeArb = fc
      .record({
        start: dayArb('2024-01-01', '2027-01-31'),
        freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY'),
        interval: fc.integer({ min: 1, max: 4 }),
        extra: fc.uniqueArray(fc.constantFrom(...DAYS), { maxLength: 2 }),
        end: fc.oneof(
          fc.constant(''),
          fc.integer({ min: 1, max: 60 }).map((n) => `;COUNT=${n}`),
        ),
        exdate: fc.option(dayArb('2026-12-01', '2027-01-26')),
      })
      .filter((r) => r.freq !== 'MONTHLY' || new Date(`${r.start}T00:00:00Z`).getUTCDate() <= 28);
    check(
      fc.property(safeArb, ({ start, freq, interval, extra, end, exdate }) => {
        const wd = DAYS[(new Date(`${start}T00:00:00Z`).getUTCDay() + 6) % 7];
        const by =
          freq === 'WEEKLY'
            ? `;BYDAY=${[...new Set([wd, ...extra])].join(',')}`
            : freq === 'MONTHLY'
              ? `;BYMONTHDAY=${new Date(`${start}T00:00:00Z`).getUTCDate()}`
              : '';
        const text = feed(
          `BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Refuse\r\nDTSTART;VALUE=DATE:${compact(start)}\r\nRRULE:FREQ=${freq};INTERVAL=${interval}${by}${end}\r\n${exdate ? `EXDATE;VALUE=DATE:${compact(exdate)}\r\n` : ''}END:VEVENT\r\n`,
        );
        const ours = dates(text);
        const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
        const theirs: string[] = [];
        const it = event.iterator();
        for (let n = 0, next = it.next(); next && n < 5000; n++, next = it.next()) {
          const d = next.toString().slice(0, 10);
          if (d > TO) break;
          if (d >= FROM && d !== exdate) theirs.push(d);
        }
        expect(ours).to.deep.equal(theirs);
      }),
    );
  });

  it(`anything else is a ProviderError or a valid schedule, within budget: ${RUNS} hostile feeds`, () => {
    const tally = { inputs: 0, schedules: 0, errors: 0 };
    const num = fc.oneof(
      fc.integer({ min: -5, max: 60 }).map(String),
      fc.constantFrom('0', '+0', '-0', '10000000', '999999999', '9999999999', 'abc', '', '1.5', '0x10', '٣'),
    );
    const rrule = fc
      .tuple(
        fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'HOURLY', 'SECONDLY', 'daily', '', 'NEVER'),
        fc.array(
          fc.oneof(
            num.map((n) => `COUNT=${n}`),
            num.map((n) => `INTERVAL=${n}`),
            fc
              .array(fc.constantFrom('MO', '9MO', '-1FR', '5SU', '0TU', '53WE', '+2TH', 'XX', ''), { maxLength: 3 })
              .map((d) => `BYDAY=${d.join(',')}`),
            fc.array(num, { maxLength: 3 }).map((d) => `BYMONTHDAY=${d.join(',')}`),
            fc.array(num, { maxLength: 3 }).map((d) => `BYMONTH=${d.join(',')}`),
            fc.array(num, { maxLength: 3 }).map((d) => `BYYEARDAY=${d.join(',')}`),
            fc.array(num, { maxLength: 3 }).map((d) => `BYWEEKNO=${d.join(',')}`),
            fc.array(num, { maxLength: 3 }).map((d) => `BYSETPOS=${d.join(',')}`),
            num.map((n) => `BYHOUR=${n}`),
            fc.constantFrom(
              'UNTIL=20271301',
              'UNTIL=20270101T000000Z',
              'UNTIL=2027',
              'WKST=SU',
              'WKST=XX',
              'X-FOO=1',
              '=',
              'FREQ=DAILY',
            ),
          ),
          { maxLength: 5 },
        ),
      )
      .map(([f, parts]) => `RRULE:${[f ? `FREQ=${f}` : '', ...parts].filter(Boolean).join(';')}`);
    const stamp = fc.oneof(
      dayArb('1900-01-01', '2099-12-31').map((d) => compact(d)),
      fc.constantFrom(
        '20261301',
        '20260230',
        '2026120',
        '20261201T',
        '20261201T250000Z',
        '20261201T2330',
        'x',
        '',
        '00000101',
        '99991231T235959Z',
      ),
      fc
        .tuple(dayArb('1990-01-01', '2030-12-31'), fc.integer({ min: 0, max: 23 }))
        .map(([d, h]) => `${compact(d)}T${String(h).padStart(2, '0')}3000Z`),
    );
    const property = fc.oneof(
      { weight: 3, arbitrary: stamp.map((s) => `DTSTART;VALUE=DATE:${s}`) },
      { weight: 3, arbitrary: rrule },
      stamp.map((s) => `DTSTART:${s}`),
      fc
        .tuple(fc.constantFrom('Europe/London', 'Europe/Paris', 'UTC', 'Nowhere/Else', '"quoted"', ''), stamp)
        .map(([z, s]) => `DTSTART;TZID=${z}:${s}`),
      fc.array(stamp, { maxLength: 5 }).map((s) => `EXDATE;VALUE=DATE:${s.join(',')}`),
      fc.array(stamp, { maxLength: 5 }).map((s) => `RDATE:${s.join(',')}`),
      stamp.map((s) => `RECURRENCE-ID;VALUE=DATE:${s}`),
      fc.string({ maxLength: 60 }).map((s) => `SUMMARY:${s}`),
      fc.constantFrom(
        'UID:a',
        'UID:b',
        'STATUS:CANCELLED',
        'SUMMARY:Refuse collection',
        'SUMMARY:Bin collection: Glass',
      ),
      fc.string({ maxLength: 30 }),
      fc.nat({ max: 30_000 }).map((n) => `DESCRIPTION:${'x '.repeat(n)}`),
    );
    const timezone = fc
      .tuple(
        fc.constantFrom('Europe/London', 'Europe/Paris', 'Nowhere/Else'),
        fc.constantFrom('+0000', '+1200', '-1100', 'bad'),
      )
      .map(
        ([z, o]) =>
          `BEGIN:VTIMEZONE\r\nTZID:${z}\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:${o}\r\nTZOFFSETTO:${o}\r\nEND:STANDARD\r\nEND:VTIMEZONE`,
      );
    const event = fc.array(property, { maxLength: 8 }).map((p) => `BEGIN:VEVENT\r\n${p.join('\r\n')}\r\nEND:VEVENT`);
    const body = fc.array(fc.oneof({ weight: 5, arbitrary: event }, timezone, property), { maxLength: 8 });
    const text = fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .tuple(body, fc.constantFrom('\r\n', '\n', '\r'))
          .map(([b, nl]) => ['BEGIN:VCALENDAR', ...b, 'END:VCALENDAR'].join('\r\n').replace(/\r\n/g, nl)),
      },
      // Folded anywhere, even inside names.
      body.map((b) => ['BEGIN:VCALENDAR', ...b, 'END:VCALENDAR'].join('\r\n').replace(/(.{7})/g, '$1\r\n ')),
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 400 }).map((s) => `BEGIN:VCALENDAR\r\n${s}\r\nEND:VCALENDAR`),
    );
    check(
      fc.property(text, windowArb, (t, [from, to]) => {
        tally.inputs++;
        const r = withinBudget(() => read(t, from, to), 'readCalendar');
        if ('error' in r) {
          expect(r.error, String(r.error)).to.be.instanceOf(ProviderError);
          tally.errors++;
          return;
        }
        tally.schedules++;
        const ids = new Set(r.schedule.services.map((s) => s.id));
        for (const c of r.schedule.collections) {
          expect(c.date >= from && c.date <= to && /^\d{4}-\d{2}-\d{2}$/.test(c.date), c.date).to.be.true;
          expect(ids.has(c.serviceId)).to.be.true;
        }
      }),
    );
    expect(tally.inputs).to.be.at.least(RUNS);
    console.log(
      `ICS hostile feeds: ${tally.inputs} inputs, ${tally.schedules} schedules, ${tally.errors} ProviderErrors`,
    );
  });

  it(`a VTIMEZONE in the feed, or in the feed read before, never changes the dates: ${RUNS} feeds`, () => {
    const tzArb = fc
      .tuple(
        fc.constantFrom('Europe/London', 'Europe/Paris', 'America/New_York', 'Fake/Zone'),
        fc.constantFrom('+0000', '+0100', '+1400', '-1200'),
      )
      .map(
        ([z, o]) =>
          `BEGIN:VTIMEZONE\r\nTZID:${z}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:${o}\r\nTZOFFSETTO:${o}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n`,
      );
    check(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 3 }), tzArb, windowArb, (events, tz, [from, to]) => {
        const body = events.map((e, i) => writeEvent(e, `e${i}`));
        const plain = readCalendar(feed(...body), from, to);
        const withZone = readCalendar(feed(tz, ...body), from, to);
        expect(withZone).to.deep.equal(plain);
        expect(readCalendar(feed(...body), from, to)).to.deep.equal(plain);
      }),
    );
  });
});

describe('ICS reading: names, look-ahead and size (issue 14)', () => {
  it('service names are the council’s own words; tidying is opt-in', () => {
    const text = feed(
      vevent('SUMMARY:Refuse collection', 'DTSTART;VALUE=DATE:20261201'),
      vevent('SUMMARY:Bin collection:  Food   waste', 'DTSTART;VALUE=DATE:20261202'),
    );
    expect(readCalendar(text, FROM, TO).services.map((s) => s.name)).to.deep.equal([
      'Refuse collection',
      'Bin collection: Food waste',
    ]);
    expect(readCalendar(text, FROM, TO, { tidyNames: true }).services.map((s) => s.name)).to.deep.equal([
      'Refuse',
      'Food waste',
    ]);
  });

  it('a garden waste service that stops for the winter shows its next collections in December', () => {
    const text = feed(
      vevent(
        'SUMMARY:Garden waste',
        'DTSTART;VALUE=DATE:20260302',
        'RRULE:FREQ=WEEKLY;INTERVAL=2;BYMONTH=3,4,5,6,7,8,9,10,11',
      ),
      vevent('SUMMARY:Refuse', 'DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=WEEKLY'),
      vevent('SUMMARY:Christmas trees', 'DTSTART;VALUE=DATE:20270108', 'RRULE:FREQ=YEARLY'),
    );
    const lookAhead = { perService: 4, until: '2029-12-31' };
    const s = readCalendar(text, FROM, TO, { lookAhead });
    const of = (name: string) => {
      const id = s.services.find((x) => x.name === name)!.id;
      return s.collections.filter((c) => c.serviceId === id).map((c) => c.date);
    };
    expect(of('Garden waste')).to.deep.equal(['2027-03-01', '2027-03-15', '2027-03-29', '2027-04-12']);
    expect(of('Christmas trees')).to.deep.equal(['2027-01-08', '2028-01-08', '2029-01-08']);
    // A service with enough in the window gets nothing more.
    expect(of('Refuse')).to.have.length(9);
    expect(of('Refuse').at(-1)).to.equal('2027-01-26');
    // Without the look-ahead, the window only.
    expect(readCalendar(text, FROM, TO).services.map((x) => x.name)).to.deep.equal(['Refuse', 'Christmas trees']);
  });

  it('the look-ahead has its own work budget: when it runs out the window still shows, nothing is refused', () => {
    // 2,000 rules that happen once every four years: finding four of each would take 16 years of days.
    const text = feed(
      ...Array.from({ length: 2000 }, (_, i) =>
        vevent(`SUMMARY:Leap ${i % 3}`, 'DTSTART;VALUE=DATE:20240229', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29'),
      ),
      vevent('SUMMARY:Refuse', 'DTSTART;VALUE=DATE:20261201', 'RRULE:FREQ=WEEKLY'),
    );
    const plain = readCalendar(text, FROM, TO);
    const ahead = withinBudget(
      () => readCalendar(text, FROM, TO, { lookAhead: { perService: 4, until: '2029-12-31' } }),
      'look-ahead out of budget',
      500,
    );
    expect(ahead).to.deep.equal(plain);
  });

  it('a 5 MB feed of 15,000 events is read, every event in the window found', () => {
    const names = ['Refuse collection', 'Recycling collection', 'Garden waste collection', 'Food waste collection'];
    const events: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const day = iso(new Date(Date.UTC(2020, 0, 6) + Math.floor(i / 4) * 7 * 86_400_000));
      const e = vevent(
        `UID:ev-${i}@council.example`,
        `DTSTART;VALUE=DATE:${compact(day)}`,
        `SUMMARY:${names[i % 4]}`,
        'DESCRIPTION:Please put your bin out by 7am on the day of collection. Lids must be closed and bins must',
        '  be at the edge of your property.',
        'LOCATION:1 Meadow Lane\\, Ashdown',
      );
      events.push(e);
      size += e.length;
    }
    const text = feed(...events);
    expect(text.length).to.be.within(5_000_000, ICS_LIMITS.characters);
    const s = readCalendar(text, FROM, TO);
    // Weekly from Monday 6 January 2020: 2026-12-07 … 2027-01-25 is eight Mondays, four services each.
    expect(s.collections).to.have.length(32);
    expect(s.services.map((x) => x.name)).to.have.members(names);
  });
});
