import { expect, fixture, html } from '@open-wc/testing';
import '../support/guard.js';
import { press, type } from '../support/keys.js';
import { axeViolations } from '../support/axe.js';
import { visibleText as text } from '../support/text.js';
import { toDataLayer, toMatomo, toPlausible, usageEvents } from '../../src/core/analytics.js';
import {
  EXAMPLE_INPUTS,
  calculate,
  countsFromEvents,
  countsFromReport,
  inputsFromCounts,
  parseInput,
} from '../../stories/adoption/business-case/calculator.js';
import type { LdcBusinessCase } from '../../stories/adoption/business-case/business-case.js';
import '../../stories/adoption/business-case/business-case.js';

describe('business case: the sums', () => {
  it('completions × share not eligible × share who would have applied × cost; look-ups × share who would phone × cost; × 12', () => {
    expect(calculate(EXAMPLE_INPUTS)).to.deep.equal({
      refusedAvoided: 60, // 400 × 30% × 50%
      applicationSaving: 1500, // 60 × £25
      callsAvoided: 300, // 3000 × 10%
      callSaving: 1200, // 300 × £4
      monthlySaving: 2700,
      yearlySaving: 32400,
    });
  });

  it('reads what people type: thousands commas, £ and %, and refuses what is not a number', () => {
    expect(parseInput('count', ' 1,250 ')).to.deep.equal({ value: 1250 });
    expect(parseInput('money', '£31.405')).to.deep.equal({ value: 31.41 });
    expect(parseInput('percent', '22.5 %')).to.deep.equal({ value: 22.5 });
    expect(parseInput('count', '')).to.deep.equal({ problem: 'empty' });
    expect(parseInput('count', '12.5')).to.deep.equal({ problem: 'not-whole' });
    expect(parseInput('percent', '130')).to.deep.equal({ problem: 'over-100' });
    expect(parseInput('money', '-4')).to.deep.equal({ problem: 'not-a-number' });
    expect(parseInput('count', 'lots')).to.deep.equal({ problem: 'not-a-number' });
  });
});

describe('business case: inputs from the analytics events', () => {
  /** What the forwarder really sends for a checker journey and a bin day look-up, per tool. */
  function sent() {
    const checker = document.createElement('ldc-blue-badge-checker');
    const waste = document.createElement('ldc-waste-lookup');
    const events = [
      ...usageEvents(checker, 'ldc-step', { id: 'q', index: 1 }),
      ...usageEvents(checker, 'ldc-result', { outcome: 'x', kind: 'not-eligible' }),
      ...usageEvents(checker, 'ldc-result', { outcome: 'y', kind: 'eligible' }),
      ...usageEvents(checker, 'ldc-result', { outcome: 'z', kind: 'eligible' }),
      ...usageEvents(waste, 'ldc-address-selected', { uprn: '1' }),
      ...usageEvents(waste, 'ldc-collections-loaded', { count: 5 }),
    ];
    return { datalayer: events.map(toDataLayer), matomo: events.map(toMatomo), plausible: events.map(toPlausible) };
  }

  for (const tool of ['datalayer', 'matomo', 'plausible'] as const)
    it(`counts completions, "not eligible" and look-ups from what ${tool} received`, () => {
      expect(countsFromEvents(sent()[tool])).to.deep.equal({
        checkerCompleted: 3,
        checkerNotEligible: 1,
        binLookups: 1,
      });
    });

  it('reads reports copied from Tag Manager/GA4, Matomo and Plausible', () => {
    const ga = countsFromReport(
      'Event name,Component,Outcome,Event count\nldc_completed,ldc-blue-badge-checker,eligible,310\nldc_completed,ldc-blue-badge-checker,not-eligible,140\nldc_completed,ldc-waste-lookup,collections-found,5120\nldc_started,ldc-blue-badge-checker,,700\nTotal,,,6270',
    );
    expect(ga).to.deep.equal({ counts: { checkerCompleted: 450, checkerNotEligible: 140, binLookups: 5120 }, used: 3 });
    const matomo = countsFromReport(
      'ldc-blue-badge-checker\tcompleted\tnot-eligible\t12\nldc-blue-badge-checker\tstep\tquestion\t90\nldc-waste-lookup\tcompleted\tno-collections\t3',
    );
    expect(matomo.counts).to.deep.equal({ checkerCompleted: 12, checkerNotEligible: 12, binLookups: 3 });
    const plausible = countsFromReport('"eligible";"20"\n"not-eligible";"5"');
    expect(plausible.counts).to.deep.equal({ checkerCompleted: 25, checkerNotEligible: 5, binLookups: 0 });
  });

  it('turns counts into the calculator’s inputs (per month)', () => {
    expect(inputsFromCounts({ checkerCompleted: 450, checkerNotEligible: 140, binLookups: 5120 })).to.deep.equal({
      checkerCompletions: 450,
      notEligibleShare: 31.1,
      binLookups: 5120,
    });
    expect(inputsFromCounts({ checkerCompleted: 0, checkerNotEligible: 0, binLookups: 0 })).to.deep.equal({});
  });
});

describe('<ldc-business-case>', () => {
  const summary = (el: LdcBusinessCase) =>
    [...el.shadowRoot!.querySelectorAll('.ldc-summary-list__row')].map((r) => text(r));

  it('starts with the example figures, labelled as examples, and passes axe', async () => {
    const el = await fixture<LdcBusinessCase>(html`<ldc-business-case></ldc-business-case>`);
    expect(text(el.shadowRoot!.querySelector('#checkerCompletions-hint'))).to.match(/^Example figure 400;/);
    expect(text(el.shadowRoot!.querySelector('.ldc-inset-text'))).to.contain('These are the example figures');
    expect(summary(el)).to.include('Saving a year £32,400');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('by keyboard: a council types its figure, presses Enter, and reads the saving and the sum in words', async () => {
    const el = await fixture<LdcBusinessCase>(html`<ldc-business-case></ldc-business-case>`);
    const root = el.shadowRoot!;
    const field = root.querySelector<HTMLInputElement>('#checkerCompletions')!;
    field.focus();
    field.select();
    await type('1000');
    await press('Enter');
    await el.updateComplete;
    expect(summary(el)).to.include('Refused applications avoided a month 150');
    expect(summary(el)).to.include('Saving a year £59,400'); // (150 × £25 + £1,200) × 12
    expect(text(root.querySelector('#result-heading')!.parentElement)).to.contain(
      '1,000 checker completions a month × 30% told they are not eligible × 50% who would otherwise have applied = 150 refused applications avoided. × £25 each = £3,750 a month.',
    );
    expect(root.querySelector('.ldc-inset-text')).to.equal(null);
  });

  it('a figure that is not a number: the error summary takes focus, the field keeps what was typed', async () => {
    const el = await fixture<LdcBusinessCase>(html`<ldc-business-case></ldc-business-case>`);
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('#notEligibleShare')!.focus();
    root.querySelector<HTMLInputElement>('#notEligibleShare')!.select();
    await type('130');
    await press('Enter');
    await el.updateComplete;
    expect(root.activeElement).to.equal(root.querySelector('[data-ldc-error-summary]'));
    expect(text(root.querySelector('.ldc-error-summary__list'))).to.equal(
      'Share of those told they are not eligible must be 100% or less',
    );
    expect(root.querySelector<HTMLInputElement>('#notEligibleShare')!.value).to.equal('130');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('fills its numbers from a pasted report, and from events given to it', async () => {
    const el = await fixture<LdcBusinessCase>(html`<ldc-business-case></ldc-business-case>`);
    const root = el.shadowRoot!;
    const area = root.querySelector<HTMLTextAreaElement>('#report')!;
    area.value =
      'ldc_completed, ldc-blue-badge-checker, eligible, 80\nldc_completed, ldc-blue-badge-checker, not-eligible, 20';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === 'Use these counts')!.click();
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#checkerCompletions')!.value).to.equal('100');
    expect(root.querySelector<HTMLInputElement>('#notEligibleShare')!.value).to.equal('20');
    expect(text(root.querySelector('[role=status]'))).to.equal(
      'Read 100 checker completions (20 not eligible) and 0 bin day look-ups, and put them in the boxes above.',
    );
    const fromEvents = await fixture<LdcBusinessCase>(
      html`<ldc-business-case
        .events=${[{ event: 'ldc_completed', ldc_outcome: 'collections-found' }]}
      ></ldc-business-case>`,
    );
    expect(fromEvents.shadowRoot!.querySelector<HTMLInputElement>('#binLookups')!.value).to.equal('1');
  });
});
