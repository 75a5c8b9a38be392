import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { press } from '../support/keys.js';
import { captureConsole } from '../support/console.js';
import '../../src/define/blue-badge-checker.js';
import '../../src/define/eligibility-checker.js';
import type { LdcBlueBadgeChecker } from '../../src/components/blue-badge-checker/blue-badge-checker.js';
import { visibleText as text } from '../support/text.js';

async function checker(
  template = html`<ldc-blue-badge-checker
    nation="england"
    council="Camden Council"
    apply-href="https://example.org/apply"
  ></ldc-blue-badge-checker>`,
) {
  const el = await fixture<LdcBlueBadgeChecker>(template);
  await el.whenSettled();
  const root = el.shadowRoot!;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => root.querySelector<T>(s);
  const active = () => root.activeElement;
  const heading = () => text(root.querySelector('h1, h2, h3, h4, h5, h6'));
  /** Tab from wherever focus is until the element matching `selector` has focus (bounded). */
  const tabTo = async (selector: string) => {
    for (let i = 0; i < 30 && active() !== $(selector); i++) await press('Tab');
    expect(active(), `tabbed to ${selector}`).to.equal($(selector));
  };
  /** Keyboard only: focus the option by tabbing, choose it with Space, Enter to continue. */
  const choose = async (value: string) => {
    await tabTo(`input[value="${value}"]`);
    await press(' ');
    await press('Enter');
    await el.updateComplete;
  };
  const radio = async (value: string) => {
    // Radios are one tab stop: tab into the group, then arrow to the option.
    const target = $<HTMLInputElement>(`input[value="${value}"]`)!;
    const first = root.querySelector<HTMLInputElement>('input[type=radio]')!;
    await tabTo('input[type=radio]');
    for (let i = 0; i < 12 && root.activeElement !== target; i++) await press('ArrowDown');
    expect(root.activeElement, `arrowed to ${value}`).to.equal(target);
    if (!target.checked) await press(' ');
    expect(target.checked || first === target).to.be.true;
    await press('Enter');
    await el.updateComplete;
  };
  return { el, root, $, active, heading, tabTo, choose, radio };
}

describe('<ldc-blue-badge-checker>: keyboard-only journeys', () => {
  it('start → DLA higher rate → check answers → eligible result, focus on each heading', async () => {
    const c = await checker();
    expect(c.heading()).to.equal('Check if you can get a Blue Badge in England');
    expect(c.$('h2')).to.exist; // heading-level defaults to 2
    await c.tabTo('button.ldc-button--start');
    await press('Enter');
    await c.el.updateComplete;
    expect(c.heading()).to.equal('Who are you checking for?');
    expect(c.active()).to.equal(c.$('.ldc-fieldset__heading'));
    expect(text(c.$('[role=status]'))).to.equal('Who are you checking for?');
    await c.radio('myself');
    expect(c.heading()).to.equal('How old are you?');
    await c.radio('3-or-over');
    await c.radio('dla');
    expect(c.heading()).to.contain('higher rate of the mobility component');
    await c.radio('yes');
    expect(c.heading()).to.equal('Check your answers');
    expect(c.active()).to.equal(c.$('.ldc-step-heading'));
    expect(text(c.$('.ldc-summary-list'))).to.contain('Benefits Disability Living Allowance (DLA)');
    const result = oneEvent(c.el, 'ldc-result');
    await c.tabTo('form button[type=submit]');
    await press('Enter');
    expect((await result).detail).to.deep.equal({ outcome: 'eligible', kind: 'eligible' });
    await c.el.updateComplete;
    expect(text(c.$('.ldc-panel__title'))).to.equal('You’re eligible for a Blue Badge');
    expect(text(c.$('[role=status]'))).to.equal('Result: You’re eligible for a Blue Badge');
    expect(text(c.root)).to.contain(
      'You get the higher rate of the mobility component of Disability Living Allowance (DLA)',
    );
    expect(text(c.root)).to.contain('Up to £10');
    expect(c.$<HTMLAnchorElement>('[part=apply-link]')!.href).to.equal('https://example.org/apply');
    expect(text(c.$('[part=apply-link]'))).to.equal('Apply to Camden Council');
    expect(c.$<HTMLAnchorElement>('.criteria a')!.href).to.match(/^https:\/\/legislation\.gov\.uk/);
    expect(c.el.answers).to.deep.equal({
      applicant: 'myself',
      age: '3-or-over',
      benefits: 'dla',
      'dla-higher-rate': 'yes',
    });
    await expect(c.el).to.be.accessible();
  });

  it('shows the error summary on Continue with no answer, focuses it, and its link reaches the radios', async () => {
    const c = await checker();
    c.$('button')!.click();
    await c.el.updateComplete;
    await c.tabTo('form button[type=submit]');
    await press('Enter');
    await c.el.updateComplete;
    expect(c.active()).to.equal(c.$('.ldc-error-summary'));
    expect(text(c.$('.ldc-error-summary'))).to.contain('Select who you are checking for');
    expect(text(c.$('.ldc-error-message'))).to.equal('Error: Select who you are checking for');
    await expect(c.el).to.be.accessible();
    await press('Tab');
    await press('Enter');
    expect(c.active()).to.equal(c.$('#answer'));
  });

  it('Back keeps answers; Change returns to the question and then straight back to check answers', async () => {
    const c = await checker(html`<ldc-blue-badge-checker nation="wales"></ldc-blue-badge-checker>`);
    c.$('button')!.click();
    await c.el.updateComplete;
    await c.radio('myself');
    await c.radio('3-or-over');
    // The Back link sits before the heading that has focus; Shift+Tab is not available in
    // WebDriver classic, so focus it directly and follow it with a real Enter.
    c.$('.ldc-back-link')!.focus();
    await press('Enter');
    await c.el.updateComplete;
    expect(c.heading()).to.equal('How old are you?');
    expect(c.$<HTMLInputElement>('input[value="3-or-over"]')!.checked).to.be.true;
    await press('Enter'); // focus is on the heading; Enter does nothing there
    await c.tabTo('form button[type=submit]');
    await press('Enter');
    await c.el.updateComplete;
    await c.radio('wpms');
    expect(c.heading()).to.equal('Check your answers');
    // Change "Age": back to the question, answer kept, then straight back.
    const changeAge = [...c.root.querySelectorAll<HTMLButtonElement>('.ldc-link-button')][1];
    expect(text(changeAge)).to.equal('Change age');
    changeAge.focus();
    await press('Enter');
    await c.el.updateComplete;
    expect(c.heading()).to.equal('How old are you?');
    expect(c.$<HTMLInputElement>('input[value="3-or-over"]')!.checked).to.be.true;
    await c.tabTo('form button[type=submit]');
    await press('Enter');
    await c.el.updateComplete;
    expect(c.heading()).to.equal('Check your answers');
  });

  it('not eligible is a plain heading, never an error style, and Start again clears everything', async () => {
    const el = await fixture<LdcBlueBadgeChecker>(
      html`<ldc-blue-badge-checker
        nation="scotland"
        .progress=${{ answers: { applicant: 'myself', age: '3-or-over', benefits: 'none', 'main-reason': 'none' }, step: 'result' }}
      ></ldc-blue-badge-checker>`,
    );
    await el.whenSettled();
    const root = el.shadowRoot!;
    expect(text(root.querySelector('h2'))).to.equal('You’re not eligible for a Blue Badge');
    expect(root.querySelector('.ldc-panel, .ldc-error-summary, .ldc-error-message')).to.be.null;
    await expect(el).to.be.accessible();
    const again = [...root.querySelectorAll('button')].find((b) => text(b).startsWith('Start again'))!;
    again.focus();
    await press('Enter');
    await el.updateComplete;
    expect(text(root.querySelector('h2'))).to.equal('Check if you can get a Blue Badge in Scotland');
    expect(el.answers).to.deep.equal({});
  });

  it('a double press of Continue never skips a step', async () => {
    const c = await checker();
    c.$('button')!.click();
    await c.el.updateComplete;
    c.$<HTMLInputElement>('input[value="myself"]')!.click();
    const submit = c.$<HTMLButtonElement>('form button[type=submit]')!;
    submit.click();
    submit.click();
    await c.el.updateComplete;
    expect(c.heading()).to.equal('How old are you?');
  });

  it('persist="session" keeps answers across a reload; corrupted storage starts fresh', async () => {
    sessionStorage.clear();
    const first = await checker(
      html`<ldc-blue-badge-checker nation="england" persist="session"></ldc-blue-badge-checker>`,
    );
    first.$('button')!.click();
    await first.el.updateComplete;
    first.$<HTMLInputElement>('input[value="someone-else"]')!.click();
    first.$<HTMLButtonElement>('form button[type=submit]')!.click();
    await first.el.updateComplete;
    first.el.remove();
    const again = await checker(
      html`<ldc-blue-badge-checker nation="england" persist="session"></ldc-blue-badge-checker>`,
    );
    expect(again.heading()).to.equal('How old are you?');
    expect(again.el.answers).to.deep.equal({ applicant: 'someone-else' });
    again.el.remove();
    sessionStorage.setItem(
      'ldc-eligibility:blue-badge-england',
      '{"answers": {"applicant": "a spaceship"}, "step": "age"',
    );
    const fresh = await checker(
      html`<ldc-blue-badge-checker nation="england" persist="session"></ldc-blue-badge-checker>`,
    );
    expect(fresh.heading()).to.equal('Check if you can get a Blue Badge in England');
    sessionStorage.setItem(
      'ldc-eligibility:blue-badge-england',
      JSON.stringify({ answers: { colour: 'red' }, step: 'age', history: [] }),
    );
    const fresh2 = await checker(
      html`<ldc-blue-badge-checker nation="england" persist="session"></ldc-blue-badge-checker>`,
    );
    expect(fresh2.heading()).to.equal('Check if you can get a Blue Badge in England');
    expect(sessionStorage.getItem('ldc-eligibility:blue-badge-england')).to.be.null;
  });

  it('events carry no answer values', async () => {
    const c = await checker();
    const step = oneEvent(c.el, 'ldc-step');
    c.$('button')!.click();
    expect((await step).detail).to.deep.equal({ id: 'applicant', index: 1 });
  });
});

describe('<ldc-blue-badge-checker>: configuration problems', () => {
  it('an unknown nation shows a message naming the allowed values, the fallback, and one console.error', async () => {
    let el!: LdcBlueBadgeChecker;
    const errors = await captureConsole('error', async () => {
      el = await fixture(
        html`<ldc-blue-badge-checker nation="mars"><a href="/blue-badge">Blue Badges</a></ldc-blue-badge-checker>`,
      );
      await el.whenSettled();
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain(
      'nation="mars" is not supported; use one of england, scotland, wales, northern-ireland',
    );
    expect(text(el.shadowRoot!.querySelector('[part=config-problem]'))).to.contain(
      'england, scotland, wales, northern-ireland',
    );
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
  });

  it('a generic checker with a src that fails or a malformed definition says what is wrong', async () => {
    const errors = await captureConsole('error', async () => {
      const a = await fixture<LdcBlueBadgeChecker>(
        html`<ldc-eligibility-checker src="/fixtures/none.json"></ldc-eligibility-checker>`,
      );
      await a.whenSettled();
      expect(text(a.shadowRoot)).to.contain('HTTP 404');
      const b = await fixture<LdcBlueBadgeChecker>(
        html`<ldc-eligibility-checker .definition=${{ id: 'x', version: 1 }}></ldc-eligibility-checker>`,
      );
      await b.whenSettled();
      expect(text(b.shadowRoot)).to.contain('the definition is not valid: title: must be a non-empty string');
    });
    expect(errors).to.have.length(2);
  });

  it('light-DOM fallback is hidden once the checker runs', async () => {
    const el = await fixture<LdcBlueBadgeChecker>(
      html`<ldc-blue-badge-checker nation="england"><a href="/bb">Blue Badges</a></ldc-blue-badge-checker>`,
    );
    await el.whenSettled();
    expect(el.shadowRoot!.querySelector('slot')).to.be.null;
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });
});

describe('<ldc-blue-badge-checker>: keyboard only to every kind of outcome', () => {
  const outcomes: [string, string, string][] = [
    ['eligible', 'eligible', 'You’re eligible for a Blue Badge'],
    ['may-be-eligible', 'may-be-eligible', 'You may be eligible for a Blue Badge'],
    ['not-eligible', 'not-eligible', 'You’re not eligible for a Blue Badge'],
    ['fast-track', 'contact-council', 'Contact your council about a fast-track application'],
    ['organisation', 'different-service', 'Organisations apply in a different way'],
  ];
  for (const [outcome, kind, title] of outcomes) {
    it(`${kind}: Start now → every question → check answers → result`, async () => {
      const { journeys } = await import('../../stories/support/journeys.js');
      const england = (await import('../../src/eligibility/definitions/blue-badge-england.json')).default;
      const answers = journeys(england as never)[`outcome:${outcome}`];
      const c = await checker(html`<ldc-blue-badge-checker nation="england"></ldc-blue-badge-checker>`);
      await c.tabTo('button.ldc-button--start');
      await press('Enter');
      await c.el.updateComplete;
      for (const [id, value] of Object.entries(answers)) {
        expect(c.$('fieldset')!.querySelector(`[name="${id}"]`), `question ${id}`).to.exist;
        if (Array.isArray(value)) {
          for (const v of value) {
            await c.tabTo(`input[value="${v}"]`);
            await press(' ');
          }
          await press('Enter');
          await c.el.updateComplete;
        } else await c.radio(String(value));
      }
      expect(c.heading()).to.equal('Check your answers');
      const result = oneEvent(c.el, 'ldc-result');
      await c.tabTo('form button[type=submit]');
      await press('Enter');
      expect((await result).detail).to.deep.equal({ outcome, kind });
      await c.el.updateComplete;
      expect(c.heading()).to.equal(title);
      expect(c.active()).to.equal(c.$(kind === 'eligible' ? '[data-step-heading]' : '.ldc-step-heading'));
      await expect(c.el).to.be.accessible();
    });
  }
});
