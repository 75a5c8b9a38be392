import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { escapeText, foldLine, uidPart, writeCalendar } from '../../src/waste/ics-writer.js';
import type { Collection, Schedule } from '../../src/waste/types.js';
import { check, fc, RUNS, withinBudget } from '../support/property.js';

/**
 * Writing "Add to your calendar" files: the calendar injection, one test each, then
 * arbitrary names, UPRNs, service ids, reasons and domains (fast-check, RUNS inputs per property).
 */

const day = (date: string, serviceId: string, extra: Partial<Collection> = {}): Collection => ({
  date,
  serviceId,
  status: 'scheduled',
  ...extra,
});
const schedule = (services: [string, string][], collections: Collection[]): Schedule => ({
  services: services.map(([id, name]) => ({ id, name })),
  collections,
});
const encoder = new TextEncoder();
/** No lone surrogates (String.prototype.isWellFormed, by hand for older engines). */
const wellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/.test(s);
const toWellFormed = (s: string) =>
  s.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (c) => (c.length === 2 ? c : '\ufffd'));
/** Every property name in the file (after unfolding), and the physical lines. */
function lines(ics: string) {
  expect(ics.endsWith('\r\n')).to.be.true;
  const physical = ics.slice(0, -2).split('\r\n');
  const logical = ics.slice(0, -2).replace(/\r\n /g, '').split('\r\n');
  return { physical, logical, names: logical.map((l) => /^[A-Z-]+(?=[;:])/.exec(l)?.[0] ?? `(not a property: ${l})`) };
}
const ALLOWED = new Set([
  'BEGIN',
  'END',
  'VERSION',
  'PRODID',
  'CALSCALE',
  'METHOD',
  'X-WR-CALNAME',
  'X-WR-TIMEZONE',
  'UID',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'SUMMARY',
  'DESCRIPTION',
  'TRANSP',
]);

describe('ICS writing: calendar injection (issue 11)', () => {
  it('a UPRN containing CR/LF never writes extra properties: it is refused before it reaches a UID', () => {
    const s = schedule([['refuse', 'Rubbish']], [day('2026-12-01', 'refuse')]);
    for (const uprn of [
      '1\r\nATTACH:https://evil.example/x',
      '1\nATTACH:x',
      '1\rATTACH:x',
      '12a',
      '',
      ' 1',
      '1234567890123',
    ])
      expect(() => writeCalendar(s, { name: 'x', uprn }), JSON.stringify(uprn)).to.throw(RangeError, /1 to 12 digits/);
    expect(writeCalendar(s, { name: 'x', uprn: '100000001' })).not.to.contain('ATTACH');
  });

  it('names, reasons and the UID domain cannot add a property either', () => {
    const ics = writeCalendar(
      schedule(
        [['refuse', 'Rubbish\r\nATTACH:https://evil.example/a']],
        [day('2026-12-01', 'refuse', { status: 'moved', originalDate: '2026-11-30', reason: 'because\rATTACH:x' })],
      ),
      { name: 'Home\nATTACH:y\r', uprn: '1', domain: 'x.example\r\nATTACH:z' },
    );
    const { names } = lines(ics);
    expect(names.filter((n) => !ALLOWED.has(n))).to.deep.equal([]);
    expect(ics).to.contain('SUMMARY:Rubbish\\nATTACH:https://evil.example/a collection');
  });

  it('escapeText escapes a bare CR as well as CRLF and LF, and drops control characters', () => {
    expect(escapeText('a\rb')).to.equal('a\\nb');
    expect(escapeText('a\r\nb\nc')).to.equal('a\\nb\\nc');
    expect(escapeText('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg')).to.equal('abcdefg');
    expect(escapeText('tab\there')).to.equal('tab here');
    expect(escapeText('a;b,c\\d')).to.equal('a\\;b\\,c\\\\d');
    expect(escapeText('lone \ud800 and pair 😀')).to.equal('lone \ufffd and pair 😀');
  });

  it('distinct services get distinct UIDs ("a b", "a-b", "a_b", names in other scripts)', () => {
    const ids = ['a b', 'a-b', 'a_b', 'a/b', 'ごみ', 'ガラス', 'Ailgylchu', 'ailgylchu'];
    const ics = writeCalendar(
      schedule(
        ids.map((id) => [id, id]),
        ids.map((id) => day('2026-12-01', id)),
      ),
      { name: 'x', uprn: '42' },
    );
    const uids = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).to.equal(ids.length);
    expect(uidPart('a b')).to.equal('a_20b');
    expect(uidPart('a-b')).to.equal('a-b');
    expect(uidPart('a_b')).to.equal('a_5Fb');
    expect(uidPart('ごみ')).to.equal('_E3_81_94_E3_81_BF');
  });

  it('folds in linear time: a 1 MB line takes one pass, not a TextEncoder per character', () => {
    const long = `SUMMARY:${'é😀x'.repeat(150_000)}`;
    const folded = withinBudget(() => foldLine(long), 'foldLine');
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
    for (const part of folded.split('\r\n').slice(0, 200)) expect(encoder.encode(part).length).to.be.at.most(75);
  });

  it('leaves out collections without a real date, and the same service twice on one day', () => {
    const ics = writeCalendar(
      schedule(
        [['r', 'Rubbish']],
        [
          day('2026-12-01', 'r'),
          day('2026-12-01', 'r'),
          day('2026-13-01', 'r'),
          day('2026-12-01\r\nATTACH:x', 'r'),
          day('0001-01-01', 'r'),
        ],
      ),
      { name: 'x', uprn: '1', now: new Date(Number.NaN) },
    );
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')).to.have.length(1);
    expect(ics).not.to.contain('ATTACH');
  });
});

describe('ICS writing: arbitrary text (fast-check)', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.string({
      unit: fc.constantFrom(
        '\r',
        '\n',
        '\\',
        ';',
        ',',
        ':',
        '"',
        '\u0000',
        '\u0085',
        '\u2028',
        '\ud800',
        'é',
        '😀',
        'a',
        ' ',
      ),
      maxLength: 80,
    }),
  );
  const uprn = fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^\d{1,12}$/) }, text);
  const date = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .date({ min: new Date('2000-01-01'), max: new Date('2099-12-30'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    },
    text,
  );
  const collection = fc.record({
    date,
    serviceId: fc.oneof(fc.constantFrom('a b', 'a-b', 'refuse'), text),
    status: fc.constantFrom('scheduled', 'moved', 'cancelled') as fc.Arbitrary<Collection['status']>,
    originalDate: date,
    reason: text,
  });

  it(`every line is a valid content line, ≤ 75 octets, with no injected property or control character: ${RUNS} calendars`, () => {
    let written = 0;
    let refused = 0;
    check(
      fc.property(
        fc.array(fc.tuple(text, text), { maxLength: 6 }),
        fc.array(collection, { maxLength: 12 }),
        text,
        uprn,
        fc.option(text),
        (services, collections, name, u, domain) => {
          const s = schedule(services, collections);
          let ics: string;
          try {
            ics = withinBudget(
              () => writeCalendar(s, { name, uprn: u, ...(domain === null ? {} : { domain }) }),
              'writeCalendar',
            );
          } catch (e) {
            // The one documented failure: a UPRN that is not 1 to 12 digits.
            expect(e).to.be.instanceOf(RangeError);
            expect(/^\d{1,12}$/.test(u)).to.be.false;
            refused++;
            return;
          }
          written++;
          const { physical, logical, names } = lines(ics);
          for (const line of physical) {
            expect(encoder.encode(line).length, line).to.be.at.most(75);
            // No CR or LF inside a line, no control character, no lone surrogate (well-formed UTF-16).
            // eslint-disable-next-line no-control-regex -- looking for control characters
            expect(/[\u0000-\u001f\u007f-\u009f]/.test(line), JSON.stringify(line)).to.be.false;
            expect(wellFormed(line)).to.be.true;
          }
          expect(physical.slice(1).every((l) => /^[A-Z ]/.test(l))).to.be.true; // a property or a fold
          expect(names.filter((n) => !ALLOWED.has(n))).to.deep.equal([]);
          // It parses back, event for event.
          const expected = new Set(
            collections
              .filter(
                (c) =>
                  c.status !== 'cancelled' && /^\d{4}-\d{2}-\d{2}$/.test(c.date) && !Number.isNaN(Date.parse(c.date)),
              )
              .filter((c) => c.date >= '2000' && c.date < '2100')
              .filter((c) => new Date(`${c.date}T00:00:00Z`).toISOString().startsWith(c.date))
              .map((c) => `${c.serviceId}\u0000${c.date}`),
          );
          const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
          expect(events).to.have.length(expected.size);
          expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).to.equal(expected.size);
          expect(logical.filter((l) => l.startsWith('BEGIN:VEVENT'))).to.have.length(expected.size);
        },
      ),
    );
    expect(written + refused).to.be.at.least(RUNS);
    console.log(`ICS writing: ${written} calendars written, ${refused} refused for a UPRN that is not digits`);
  });

  it(`escapeText output never holds a line break or control character, and reads back: ${RUNS} strings`, () => {
    check(
      fc.property(text, (s) => {
        const escaped = withinBudget(() => escapeText(s));
        // eslint-disable-next-line no-control-regex -- looking for control characters
        expect(/[\u0000-\u001f\u007f-\u009f]/.test(escaped)).to.be.false;
        const back = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\nDESCRIPTION:${escaped}\r\nEND:VCALENDAR\r\n`));
        const kept = s
          .replace(/\r\n|\r/g, '\n')
          .replace(/\t/g, ' ')
          // eslint-disable-next-line no-control-regex -- the characters dropped
          .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
        expect(back.getFirstPropertyValue('description')).to.equal(toWellFormed(kept));
      }),
    );
  });

  it(`distinct service ids give distinct UIDs: ${RUNS} pairs`, () => {
    check(
      fc.property(text, text, (a, b) => {
        fc.pre(a !== b);
        expect(uidPart(a)).not.to.equal(uidPart(b));
        expect(/^[A-Za-z0-9_-]*$/.test(uidPart(a))).to.be.true;
      }),
    );
  });
});
