import { expect } from '@open-wc/testing';
import { parseInput, type Question } from '../../src/eligibility/index.js';
import { draftFor } from '../../src/eligibility/input.js';
import { check, fc, RUNS } from '../support/property.js';

const number: Question = {
  id: 'earnings',
  kind: 'number',
  text: 'Earnings?',
  summary: 'Earnings',
  min: 0,
  max: 1000000,
  errors: {
    required: 'Enter your earnings',
    invalid: 'Earnings must be a number, like 6,500',
    min: 'Earnings must be £0 or more',
  },
};
const date: Question = {
  id: 'dob',
  kind: 'date',
  text: 'Date of birth?',
  summary: 'Date of birth',
  errors: { required: 'Enter your date of birth', invalid: 'Date of birth must be a real date' },
};
const radios: Question = {
  id: 'yn',
  kind: 'radios',
  text: 'Yes or no?',
  summary: 'Yes or no',
  errors: { required: 'Select yes or no' },
  options: [
    { value: 'yes', text: 'Yes' },
    { value: 'no', text: 'No' },
  ],
};

describe('parseInput: GOV.UK validation order', () => {
  it('numbers: required, then format, then range; spaces and commas allowed', () => {
    expect(parseInput(number, '')).to.deep.equal({ ok: false, error: 'Enter your earnings', reason: 'required' });
    expect(parseInput(number, '  ')).to.deep.equal({ ok: false, error: 'Enter your earnings', reason: 'required' });
    expect(parseInput(number, 'lots')).to.deep.equal({
      ok: false,
      error: 'Earnings must be a number, like 6,500',
      reason: 'invalid',
    });
    expect(parseInput(number, '-5')).to.deep.equal({ ok: false, error: 'Earnings must be £0 or more', reason: 'min' });
    expect(parseInput(number, '2000000')).to.deep.equal({
      ok: false,
      error: 'Earnings must be a number, like 6,500',
      reason: 'invalid',
    });
    expect(parseInput(number, ' 6,500 ')).to.deep.equal({ ok: true, value: 6500 });
  });
  it('dates: required, real dates only, month names accepted', () => {
    expect(parseInput(date, { day: '', month: '', year: '' })).to.deep.equal({
      ok: false,
      error: 'Enter your date of birth',
      reason: 'required',
    });
    expect(parseInput(date, { day: '30', month: '2', year: '2020' })).to.deep.equal({
      ok: false,
      error: 'Date of birth must be a real date',
      reason: 'invalid',
    });
    expect(parseInput(date, { day: '3', month: 'March', year: '2021' })).to.deep.equal({
      ok: true,
      value: '2021-03-03',
    });
    expect(parseInput(date, { day: '29', month: '2', year: '2024' })).to.deep.equal({ ok: true, value: '2024-02-29' });
    // Welsh month names, on a Welsh page: Mawrth is March, Mai May, Rhagfyr December.
    expect(parseInput(date, { day: '3', month: 'Mawrth', year: '2021' })).to.deep.equal({
      ok: true,
      value: '2021-03-03',
    });
    expect(parseInput(date, { day: '3', month: 'mai', year: '2021' })).to.deep.equal({ ok: true, value: '2021-05-03' });
    expect(parseInput(date, { day: '25', month: 'Rhagfyr', year: '2021' })).to.deep.equal({
      ok: true,
      value: '2021-12-25',
    });
    expect(parseInput(date, { day: '1', month: 'Chwefror', year: '2021' })).to.deep.equal({
      ok: true,
      value: '2021-02-01',
    });
    expect(parseInput(date, { day: '1', month: '13', year: '2024' }).ok).to.be.false;
  });
  it('radios: only an offered value', () => {
    expect(parseInput(radios, undefined)).to.deep.equal({ ok: false, error: 'Select yes or no', reason: 'required' });
    expect(parseInput(radios, 'maybe')).to.deep.equal({ ok: false, error: 'Select yes or no', reason: 'required' });
    expect(parseInput(radios, 'no')).to.deep.equal({ ok: true, value: 'no' });
  });
});

describe('draftFor: what a field shows again is what parseInput accepts (property-based)', () => {
  const wide: Question = { ...number, min: undefined, max: undefined };
  const again = (q: Question, answer: number | string) => parseInput(q, draftFor(q, answer));

  it(`numbers (${RUNS} inputs): any finite number comes back as the same number, never in e-notation`, () => {
    check(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const shown = draftFor(wide, n);
        expect(shown, `${n} shown as ${String(shown)}`).to.match(/^-?\d+(\.\d+)?$/);
        const parsed = again(wide, n);
        expect(parsed.ok && parsed.value === n, `${n} came back as ${JSON.stringify(parsed)}`).to.be.true;
      }),
    );
  });

  it(`dates (${RUNS} inputs): any real date from 1000 to 9999 comes back as the same ISO date`, () => {
    check(
      fc.property(
        fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(again(date, iso)).to.deep.equal({ ok: true, value: iso });
        },
      ),
    );
  });

  it('no answer yet: an empty field (a date as three empty parts)', () => {
    expect(draftFor(number, undefined)).to.equal(undefined);
    expect(draftFor(date, undefined)).to.deep.equal({ day: '', month: '', year: '' });
    expect(draftFor(radios, 'yes')).to.equal('yes');
  });
});
