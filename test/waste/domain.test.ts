import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  addDays,
  checkPostcode,
  escapeText,
  foldLine,
  formatDay,
  isUsableDate,
  londonToday,
  relativeDay,
  writeCalendar,
  type Schedule,
} from '../../src/waste/index.js';
import { demoSchedule } from '../../src/waste/providers/demo.js';
import { check, fc, RUNS, withinBudget } from '../support/property.js';

describe('checkPostcode', () => {
  const ok = (input: string) => {
    const r = checkPostcode(input);
    return r.ok ? r.postcode : r.error;
  };
  it('normalises spacing, case and O/0, I/1 slips', () => {
    expect(ok('sw1a2aa')).to.equal('SW1A 2AA');
    expect(ok('  SWIA 2AA ')).to.equal('SW1A 2AA');
    expect(ok('aa3 1ab')).to.equal('AA3 1AB');
    expect(ok('M1 1AE')).to.equal('M1 1AE');
  });
  it('says empty or invalid', () => {
    expect(ok('')).to.equal('empty');
    expect(ok('   ')).to.equal('empty');
    expect(ok('not a postcode')).to.equal('invalid');
    expect(ok('SW1A')).to.equal('invalid');
    expect(ok('<script>')).to.equal('invalid');
  });
  it('applies GOV.UK Notify’s rule for the last two letters (no C, I, K, M, O, V)', () => {
    expect(ok('AA3 1AC')).to.equal('invalid');
    expect(ok('AA3 1MA')).to.equal('invalid');
    expect(ok('AA3 1AB')).to.equal('AA3 1AB');
  });
});

describe('checkPostcode: generated input (fast-check)', () => {
  const SHAPE = /^[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}$/;
  const letter = (s: string) => fc.constantFrom(...s.split(''));
  const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const postcode = fc
    .tuple(
      fc.array(letter(L), { minLength: 1, maxLength: 2 }),
      fc.integer({ min: 0, max: 9 }),
      fc.option(letter(`${L}0123456789`)),
      fc.integer({ min: 0, max: 9 }),
      fc.array(letter('ABDEFGHJLNPQRSTUWXYZ'), { minLength: 2, maxLength: 2 }),
    )
    .map(([area, d, x, n, unit]) => `${area.join('')}${d}${x ?? ''} ${n}${unit.join('')}`);

  it(`any string: never throws, within budget, and an accepted postcode is normalised and stable: ${RUNS} inputs`, () => {
    const tally = { inputs: 0, ok: 0 };
    check(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.string({ unit: 'binary' }),
          fc.nat(100_000).map((n) => ' '.repeat(n) + 'SW1A 2AA'),
        ),
        (s) => {
          tally.inputs++;
          const r = withinBudget(() => checkPostcode(s), 'checkPostcode');
          if (!r.ok) {
            expect(['empty', 'invalid']).to.include(r.error);
            return;
          }
          tally.ok++;
          expect(r.postcode).to.match(SHAPE);
          expect(checkPostcode(r.postcode)).to.deep.equal(r);
        },
      ),
    );
    expect(tally.inputs).to.be.at.least(RUNS);
  });

  it(`a real-shaped postcode, however it is typed, comes back as itself: ${RUNS} postcodes`, () => {
    check(
      fc.property(postcode, fc.constantFrom('lower', 'nospace', 'spaces', 'as is'), (pc, how) => {
        const typed =
          how === 'lower'
            ? pc.toLowerCase()
            : how === 'nospace'
              ? pc.replace(' ', '')
              : how === 'spaces'
                ? `  ${pc.replace(' ', '   ')} `
                : pc;
        expect(checkPostcode(typed)).to.deep.equal({ ok: true, postcode: pc });
      }),
    );
  });

  it(`inward units with C, I, K, M, O or V are refused (GOV.UK Notify’s rule): ${RUNS} postcodes`, () => {
    check(
      fc.property(postcode, letter('CIKMOV'), fc.boolean(), (pc, bad, first) => {
        const unit = first ? `${bad}${pc.slice(-1)}` : `${pc.slice(-2, -1)}${bad}`;
        // O and I in the unit can be "fixed" to 0 and 1 only where a digit belongs, never here.
        expect(checkPostcode(`${pc.slice(0, -2)}${unit}`).ok).to.be.false;
      }),
    );
  });
});

describe('dates in UK time, with a fixed clock', () => {
  it('knows London’s today whatever the device’s zone, across the GMT/BST changes', () => {
    // 23:30 UTC on Saturday 24 October 2026 is 00:30 on Sunday 25 October in London (BST).
    expect(londonToday(new Date('2026-10-24T23:30:00Z'))).to.equal('2026-10-25');
    // A day later the clocks have gone back: 23:30 UTC is 23:30 GMT, still the same date.
    expect(londonToday(new Date('2026-10-25T23:30:00Z'))).to.equal('2026-10-25');
    // Spring: 23:30 UTC on 28 March is 23:30 GMT; on 29 March it is 00:30 BST the next day.
    expect(londonToday(new Date('2026-03-28T23:30:00Z'))).to.equal('2026-03-28');
    expect(londonToday(new Date('2026-03-29T23:30:00Z'))).to.equal('2026-03-30');
  });
  it('counts days across a clock change without an hour’s error', () => {
    expect(addDays('2026-10-24', 1)).to.equal('2026-10-25');
    expect(addDays('2026-10-25', 1)).to.equal('2026-10-26');
    expect(addDays('2026-03-28', 2)).to.equal('2026-03-30');
  });
  it('words the next collection: Today, Tomorrow or the day', () => {
    expect(relativeDay('2026-10-25', '2026-10-25')).to.equal('today');
    expect(relativeDay('2026-10-26', '2026-10-25')).to.equal('tomorrow');
    expect(relativeDay('2026-10-27', '2026-10-25')).to.equal('later');
    expect(formatDay('2026-12-04', 'en-GB', '2026-11-28')).to.equal('Friday 4 December');
    expect(formatDay('2027-01-04', 'en-GB', '2026-12-30')).to.equal('Monday 4 January 2027');
  });
  it('treats placeholder dates as no date', () => {
    expect(isUsableDate('0001-01-01')).to.be.false;
    expect(isUsableDate('1900-01-01')).to.be.false;
    expect(isUsableDate('2026-02-30')).to.be.false;
    expect(isUsableDate('2026-12-04')).to.be.true;
  });
});

describe('writeCalendar (RFC 5545)', () => {
  const schedule: Schedule = {
    services: [
      { id: 'refuse', name: 'Rubbish; general, waste\\bags' },
      { id: 'food', name: 'Food waste' },
    ],
    collections: [
      { date: '2026-12-01', serviceId: 'refuse', status: 'scheduled' },
      { date: '2026-12-01', serviceId: 'food', status: 'scheduled' },
      {
        date: '2026-12-29',
        serviceId: 'refuse',
        status: 'moved',
        originalDate: '2026-12-28',
        reason: 'because of the bank holiday',
      },
      { date: '2027-01-05', serviceId: 'food', status: 'cancelled' },
    ],
  };
  const ics = writeCalendar(schedule, {
    name: 'Bin days: Flat 2, 3 Meadow Lane, a very long address that goes on and on, Ashdown, AA3 1AB',
    uprn: '100000002',
    now: new Date('2026-11-28T10:00:00Z'),
  });

  it('uses CRLF line endings and folds every line to 75 octets', () => {
    expect(ics.endsWith('\r\n')).to.be.true;
    expect(ics.replace(/\r\n/g, '')).not.to.contain('\n');
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(ics).to.contain('\r\n ');
  });

  it('parses back with ical.js, event by event: all-day, stable UIDs, escaped text', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('x-wr-calname')).to.contain('a very long address that goes on and on');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).to.have.length(3); // the cancelled collection is left out
    const [a, b, c] = events;
    expect(a.startDate.isDate).to.be.true;
    expect(a.startDate.toString()).to.equal('2026-12-01');
    expect(a.endDate.toString()).to.equal('2026-12-02');
    expect(a.summary).to.equal('Rubbish; general, waste\\bags collection');
    expect(a.uid).to.equal('100000002-refuse-20261201@bins.local-digital-components');
    expect(b.uid).to.equal('100000002-food-20261201@bins.local-digital-components');
    expect(c.description).to.equal('Moved from 2026-12-28 because of the bank holiday');
    const again = writeCalendar(schedule, { name: 'x', uprn: '100000002' });
    expect(again).to.contain('UID:100000002-refuse-20261229@bins.local-digital-components');
  });

  it('escapes and folds by the rules', () => {
    expect(escapeText('a;b,c\\d\ne')).to.equal('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(`SUMMARY:${'é'.repeat(60)}`);
  });
});

describe('demo schedule', () => {
  it('is relative to today, with one bank-holiday change, and garden waste stopping for the winter', () => {
    const s = demoSchedule('100000001', '2026-12-01', '2027-04-30', '2026-12-01');
    expect(s.collections[0].date >= '2026-12-01').to.be.true;
    const moved = s.collections.filter((c) => c.status === 'moved');
    expect(moved).to.have.length(1);
    expect(moved[0].reason).to.equal('because of the bank holiday');
    expect(addDays(moved[0].originalDate!, 1)).to.equal(moved[0].date);
    expect(new Set(s.collections.map((c) => c.serviceId))).to.deep.equal(
      new Set(['food', 'refuse', 'recycling', 'garden']),
    );
    const garden = s.collections.filter((c) => c.serviceId === 'garden').map((c) => c.date);
    expect(garden.every((d) => d >= '2027-03-01')).to.equal(true, garden.join());
    expect(garden.length).to.be.greaterThan(3);
  });
});
