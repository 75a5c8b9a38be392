import { expect, fixture, html } from '@open-wc/testing';
import '../support/guard.js';
import { press } from '../support/keys.js';
import '../../src/define/blue-badge-checker.js';
import type { LdcBlueBadgeChecker } from '../../src/components/blue-badge-checker/blue-badge-checker.js';
import { loadNation } from '../../src/components/blue-badge-checker/nations.js';
import { visibleText as text } from '../support/text.js';

/**
 * The start page comes with the element, before the nation's rules (their own chunk) arrive, so
 * nothing below the checker moves when they do (test/distribution/layout-shift.test.ts measures
 * that on the example page). Here the rules are held back to show what a resident meets meanwhile.
 */
describe('<ldc-blue-badge-checker>: the start page before the rules arrive', () => {
  const original = { ...loadNation };
  /** Lets the rules arrive: those asked for so far, and any asked for later (the element asks a task after it renders). */
  let release: () => void = () => undefined;
  beforeEach(() => {
    let released = false;
    const waiting: (() => void)[] = [];
    release = () => {
      released = true;
      for (const arrive of waiting.splice(0)) arrive();
    };
    for (const nation of ['england', 'wales'] as const)
      loadNation[nation] = () =>
        new Promise((resolve) => {
          const arrive = () => resolve(original[nation]());
          if (released) arrive();
          else waiting.push(arrive);
        });
  });
  afterEach(() => {
    release();
    Object.assign(loadNation, original);
  });

  it('shows the start page at once, with the fallback hidden', async () => {
    const el = await fixture<LdcBlueBadgeChecker>(
      html`<ldc-blue-badge-checker nation="england"><a href="/bb">Blue Badges</a></ldc-blue-badge-checker>`,
    );
    const root = el.shadowRoot!;
    expect(text(root.querySelector('h2'))).to.equal('Check if you can get a Blue Badge in England');
    expect(text(root.querySelector('button'))).to.equal('Start now');
    expect(root.querySelector('slot')).to.be.null;
    const startPage = root.querySelector('.ldc-root')!.innerHTML;
    release();
    await el.whenSettled();
    // The rules change nothing on the start page: the same nodes, the same words.
    expect(root.querySelector('.ldc-root')!.innerHTML).to.equal(startPage);
  });

  it('Start now pressed before the rules arrive goes to the first question when they do', async () => {
    const el = await fixture<LdcBlueBadgeChecker>(
      html`<ldc-blue-badge-checker nation="england"></ldc-blue-badge-checker>`,
    );
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('button.ldc-button--start')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(text(root.querySelector('h2'))).to.equal('Check if you can get a Blue Badge in England');
    release();
    await el.whenSettled();
    expect(text(root.querySelector('h2'))).to.equal('Who are you checking for?');
    expect(root.activeElement).to.equal(root.querySelector('.ldc-fieldset__heading'));
  });

  it('a journey that resumes (progress given) waits for the rules and never shows the start page first', async () => {
    const el = await fixture<LdcBlueBadgeChecker>(
      html`<ldc-blue-badge-checker nation="england" .progress=${{ answers: { applicant: 'myself' }, step: 'age' }}
        ><a href="/bb">Blue Badges</a></ldc-blue-badge-checker
      >`,
    );
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.shadowRoot!.querySelector('h2')).to.be.null;
    release();
    await el.whenSettled();
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('How old are you?');
  });

  it('a page in Welsh waits for the rules, which carry the Welsh start page (English pages carry no Welsh)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="cy">
        <ldc-blue-badge-checker nation="wales"><a href="/bb">Bathodynnau Glas</a></ldc-blue-badge-checker>
      </div>`,
    );
    const el = wrapper.querySelector<LdcBlueBadgeChecker>('ldc-blue-badge-checker')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    release();
    await el.whenSettled();
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Gwirio a allwch chi gael Bathodyn Glas yng Nghymru');
  });
});
