import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../support/guard.js';
import { press } from '../support/keys.js';
import { captureConsole } from '../support/console.js';
import '../../src/define/blue-badge-checker.js';
import '../../src/define/eligibility-checker.js';
import type { LdcBlueBadgeChecker } from '../../src/components/blue-badge-checker/blue-badge-checker.js';
import { progressKey } from '../../src/components/eligibility-checker/storage.js';
import { results } from '../../src/components/eligibility-checker/view.js';
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
    // Radios are one tab stop: tab into the group, then arrow to the option (arrowing chooses it;
    // the first option, reached by Tab alone, is chosen with Space).
    const target = $<HTMLInputElement>(`input[value="${value}"]`)!;
    await tabTo('input[type=radio]');
    for (let i = 0; i < 12 && root.activeElement !== target; i++) await press('ArrowDown');
    expect(root.activeElement, `arrowed to ${value}`).to.equal(target);
    if (!target.checked) await press(' ');
    expect(target.checked, `${value} is chosen`).to.be.true;
    expect([...root.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')].map((r) => r.value)).to.deep.equal(
      [value],
    );
    await press('Enter');
    await el.updateComplete;
  };
  /** Keyboard only: tick each checkbox with Space, then Enter to continue. */
  const tick = async (...values: string[]) => {
    for (const v of values) {
      await tabTo(`input[value="${v}"]`);
      await press(' ');
    }
    expect(
      [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((c) => c.value),
    ).to.deep.equal(values);
    await press('Enter');
    await el.updateComplete;
  };
  return { el, root, $, active, heading, tabTo, choose, radio, tick };
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
    expect(c.heading()).to.equal('Do you get any of these benefits?');
    await c.tick('dla');
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
    // The reason links to guidance for residents first, then to the legislation it comes from.
    const links = [...c.root.querySelectorAll<HTMLAnchorElement>('.criteria a')];
    expect(links.map((a) => [text(a), a.href])).to.deep.equal([
      ['Who can get a Blue Badge, on GOV.UK', 'https://www.gov.uk/apply-blue-badge'],
      ['Where this rule comes from', 'https://legislation.gov.uk/uksi/2000/682/part/II/2012-04-01/data.htm?view=plain'],
    ]);
    expect(links[1].getAttribute('aria-label')).to.equal(
      'Where this rule comes from: You get the higher rate of the mobility component of Disability Living Allowance (DLA)',
    );
    // Only the facts for this route: no PIP validity for a DLA claimant.
    expect(text(c.$('.ldc-summary-list'))).not.to.contain('PIP');
    expect(text(c.root)).to.contain('Why you can get a Blue Badge');
    expect(c.el.answers).to.deep.equal({
      applicant: 'myself',
      age: '3-or-over',
      benefits: ['dla'],
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
    await c.tick('wpms');
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
        .progress=${{ answers: { applicant: 'myself', age: '3-or-over', benefits: ['none'], 'main-reason': 'none' }, step: 'result' }}
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
    const steps: string[] = [];
    c.el.addEventListener('ldc-step', (e) => steps.push(e.detail.id));
    const submit = c.$<HTMLButtonElement>('form button[type=submit]')!;
    submit.click();
    submit.click();
    await c.el.updateComplete;
    expect(c.heading()).to.equal('How old are you?');
    // The second press did nothing: one step, and Back returns to the question before.
    expect(steps).to.deep.equal(['age']);
    c.$<HTMLButtonElement>('.ldc-back-link')!.click();
    await c.el.updateComplete;
    expect(c.heading()).to.equal('Who are you checking for?');
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
    expect(again.heading()).to.equal('How old are they?'); // checking for someone else: third person
    expect(again.el.answers).to.deep.equal({ applicant: 'someone-else' });
    again.el.remove();
    const key = progressKey('blue-badge-england', '');
    sessionStorage.setItem(key, '{"v": 2, "answers": {"applicant": "a spaceship"}, "step": "age"');
    const fresh = await checker(
      html`<ldc-blue-badge-checker nation="england" persist="session"></ldc-blue-badge-checker>`,
    );
    expect(fresh.heading()).to.equal('Check if you can get a Blue Badge in England');
    fresh.el.remove();
    sessionStorage.setItem(key, JSON.stringify({ v: 2, answers: { colour: 'red' }, step: 'age', history: [] }));
    const fresh2 = await checker(
      html`<ldc-blue-badge-checker nation="england" persist="session"></ldc-blue-badge-checker>`,
    );
    expect(fresh2.heading()).to.equal('Check if you can get a Blue Badge in England');
    expect(sessionStorage.getItem(key)).to.be.null;
  });

  it('a journey saved in the old format (v1, one key per definition) is not resumed', async () => {
    sessionStorage.clear();
    sessionStorage.setItem(
      'ldc-eligibility:blue-badge-england',
      JSON.stringify({ v: 1, answers: { applicant: 'myself' }, step: 'age', history: [] }),
    );
    sessionStorage.setItem(
      progressKey('blue-badge-england', ''),
      JSON.stringify({ v: 1, answers: { applicant: 'myself' }, step: 'age', history: [] }),
    );
    const c = await checker(html`<ldc-blue-badge-checker nation="england" persist="session"></ldc-blue-badge-checker>`);
    expect(c.heading()).to.equal('Check if you can get a Blue Badge in England');
    expect(sessionStorage.getItem(progressKey('blue-badge-england', ''))).to.be.null;
  });

  it('events carry no answer values', async () => {
    const c = await checker(
      html`<ldc-blue-badge-checker
        nation="england"
        .progress=${{ answers: { applicant: 'myself', age: '3-or-over', benefits: ['wpms'] }, step: 'check' }}
      ></ldc-blue-badge-checker>`,
    );
    const step = oneEvent(c.el, 'ldc-step');
    const result = oneEvent(c.el, 'ldc-result');
    c.$<HTMLButtonElement>('form button[type=submit]')!.click();
    expect((await step).detail).to.deep.equal({ id: 'result', index: 1 });
    expect((await result).detail).to.deep.equal({ outcome: 'eligible', kind: 'eligible' });
    const start = await checker();
    const first = oneEvent(start.el, 'ldc-step');
    start.$('button')!.click();
    expect((await first).detail).to.deep.equal({ id: 'applicant', index: 1 });
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
      expect(text(b.shadowRoot)).to.contain('the definition is not valid: title: is required (and 5 more)');
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
        if (Array.isArray(value)) await c.tick(...value.map(String));
        else await c.radio(String(value));
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

describe('<ldc-blue-badge-checker>: restored states (issue 11)', () => {
  beforeEach(() => sessionStorage.clear());

  for (const step of ['check', 'result'])
    it(`progress on "${step}" whose answers reach no outcome resumes at the first unanswered question`, async () => {
      const c = await checker(
        html`<ldc-blue-badge-checker
          nation="england"
          .progress=${{ answers: { applicant: 'myself', age: '3-or-over' }, step }}
        ></ldc-blue-badge-checker>`,
      );
      expect(c.heading()).to.equal('Do you get any of these benefits?');
      // and the journey goes on from there to a result
      await c.tick('wpms');
      expect(c.heading()).to.equal('Check your answers');
      c.$<HTMLButtonElement>('form button[type=submit]')!.click();
      await c.el.updateComplete;
      expect(text(c.$('.ldc-panel__title'))).to.equal('You’re eligible for a Blue Badge');
    });

  it('a saved journey on "result" that reaches no outcome resumes at the first unanswered question', async () => {
    sessionStorage.setItem(
      progressKey('blue-badge-england', ''),
      JSON.stringify({ v: 2, answers: { applicant: 'myself' }, step: 'result', history: ['start', 'applicant'] }),
    );
    const c = await checker(html`<ldc-blue-badge-checker nation="england" persist="session"></ldc-blue-badge-checker>`);
    expect(c.heading()).to.equal('How old are you?');
  });

  it('progress on a question the answers do not lead to resumes at the first unanswered question', async () => {
    const c = await checker(
      html`<ldc-blue-badge-checker
        nation="england"
        .progress=${{ answers: { applicant: 'myself' }, step: 'dla-higher-rate' }}
      ></ldc-blue-badge-checker>`,
    );
    expect(c.heading()).to.equal('How old are you?');
  });

  it('progress on a question already answered on the path is kept (Change from check your answers)', async () => {
    const c = await checker(
      html`<ldc-blue-badge-checker
        nation="england"
        .progress=${{ answers: { applicant: 'myself', age: '3-or-over' }, step: 'applicant' }}
      ></ldc-blue-badge-checker>`,
    );
    expect(c.heading()).to.equal('Who are you checking for?');
    expect(c.$<HTMLInputElement>('input[value="myself"]')!.checked).to.be.true;
  });

  it('two checkers for the same nation on one page keep their own journeys (by id)', async () => {
    const page = async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div>
          <ldc-blue-badge-checker id="first" nation="wales" persist="session"></ldc-blue-badge-checker>
          <ldc-blue-badge-checker id="second" nation="wales" persist="session"></ldc-blue-badge-checker>
        </div>`,
      );
      const [a, b] = [...wrap.querySelectorAll('ldc-blue-badge-checker')];
      await Promise.all([a.whenSettled(), b.whenSettled()]);
      return { wrap, a, b };
    };
    const answer = async (el: LdcBlueBadgeChecker, value: string) => {
      const root = el.shadowRoot!;
      root.querySelector('button')!.click();
      await el.updateComplete;
      root.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
      await el.updateComplete;
    };
    const one = await page();
    await answer(one.a, 'myself');
    await answer(one.b, 'organisation');
    one.wrap.remove();
    const two = await page();
    expect(two.a.answers).to.deep.equal({ applicant: 'myself' });
    expect(text(two.b.shadowRoot!.querySelector('h2'))).to.equal('Check your answers');
    expect(two.b.answers).to.deep.equal({ applicant: 'organisation' });
    expect(sessionStorage.getItem(progressKey('blue-badge-wales', 'first'))).to.contain('myself');
    expect(sessionStorage.getItem(progressKey('blue-badge-wales', 'second'))).to.contain('organisation');
  });

  it('storage-key names the saved journey; two checkers with neither id nor storage-key never overwrite each other', async () => {
    let wrap!: HTMLElement;
    const warnings = await captureConsole('warn', async () => {
      wrap = await fixture<HTMLElement>(
        html`<div>
          <ldc-blue-badge-checker nation="scotland" persist="session" storage-key="renewal"></ldc-blue-badge-checker>
          <ldc-blue-badge-checker nation="scotland" persist="session"></ldc-blue-badge-checker>
          <ldc-blue-badge-checker nation="scotland" persist="session"></ldc-blue-badge-checker>
        </div>`,
      );
      const els = [...wrap.querySelectorAll('ldc-blue-badge-checker')];
      await Promise.all(els.map((el) => el.whenSettled()));
      for (const [el, value] of [
        [els[0], 'myself'],
        [els[1], 'someone-else'],
        [els[2], 'organisation'],
      ] as const) {
        el.shadowRoot!.querySelector('button')!.click();
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
        el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
        await el.updateComplete;
      }
    });
    expect(sessionStorage.getItem(progressKey('blue-badge-scotland', 'renewal'))).to.contain('"myself"');
    // The first checker without a key keeps its journey; the second keeps none and says why, once.
    expect(sessionStorage.getItem(progressKey('blue-badge-scotland', ''))).to.contain('"someone-else"');
    expect(sessionStorage.getItem(progressKey('blue-badge-scotland', ''))).not.to.contain('organisation');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ldc-blue-badge-checker>: persist="session" is not valid');
    expect(warnings[0]).to.contain('give each checker its own id or storage-key');
    wrap.remove();
  });
});

describe('<ldc-blue-badge-checker>: ignored attribute values warn once (issue 11)', () => {
  const cases: [string, ReturnType<typeof html>, string][] = [
    [
      'persist',
      html`<ldc-blue-badge-checker nation="england" persist="local"></ldc-blue-badge-checker>`,
      '<ldc-blue-badge-checker>: persist="local" is not supported; use one of session, none. Using none.',
    ],
    [
      'minimum-age',
      html`<ldc-blue-badge-checker nation="england" minimum-age="3"></ldc-blue-badge-checker>`,
      '<ldc-blue-badge-checker>: minimum-age="3" is not supported; use one of statutory, govuk. Using statutory.',
    ],
    [
      'under3-outcome',
      html`<ldc-blue-badge-checker nation="england" under3-outcome="yes"></ldc-blue-badge-checker>`,
      '<ldc-blue-badge-checker>: under3-outcome="yes" is not supported; use one of may-be-eligible, eligible. Using may-be-eligible.',
    ],
    [
      'heading-level',
      html`<ldc-blue-badge-checker nation="england" heading-level="9"></ldc-blue-badge-checker>`,
      '<ldc-blue-badge-checker>: heading-level="9" is not supported; use one of 1, 2, 3, 4, 5, 6. Using 2.',
    ],
  ];
  for (const [attribute, template, message] of cases)
    it(`${attribute}: one warning naming the attribute, the value and the value used`, async () => {
      const warnings = await captureConsole('warn', async () => {
        const el = await fixture<LdcBlueBadgeChecker>(template);
        await el.whenSettled();
        // a second render must not warn again
        el.council = 'Anytown Council';
        await el.updateComplete;
        el.shadowRoot!.querySelector('button')!.click();
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([message]);
    });

  it('nation: an unknown nation is a configuration problem, never another nation’s rules', async () => {
    const errors = await captureConsole('error', async () => {
      const el = await fixture<LdcBlueBadgeChecker>(
        html`<ldc-blue-badge-checker nation="scotand"><a href="/bb">Blue Badges</a></ldc-blue-badge-checker>`,
      );
      await el.whenSettled();
      expect(el.shadowRoot!.querySelector('[part=config-problem]')).to.exist;
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    });
    expect(errors).to.deep.equal([
      '<ldc-blue-badge-checker>: nation="scotand" is not supported; use one of england, scotland, wales, northern-ireland. Showing the fallback content instead',
    ]);
  });

  it('minimum-age="govuk" still applies (a valid value is not warned about)', async () => {
    const warnings = await captureConsole('warn', async () => {
      const el = await fixture<LdcBlueBadgeChecker>(
        html`<ldc-blue-badge-checker
          nation="england"
          minimum-age="govuk"
          .progress=${{ answers: { applicant: 'myself', age: '2' }, step: 'benefits' }}
        ></ldc-blue-badge-checker>`,
      );
      await el.whenSettled();
      // Under GOV.UK's wording a 2-year-old does not qualify through benefits: not asked about them.
      expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('What is the main reason you need a Blue Badge?');
    });
    expect(warnings).to.deep.equal([]);
  });
});

describe('<ldc-blue-badge-checker>: links pass the URL policy (issue 11)', () => {
  it('a javascript: apply-href is left out with one console error naming element, attribute and value', async () => {
    let el!: LdcBlueBadgeChecker;
    const errors = await captureConsole('error', async () => {
      el = await fixture<LdcBlueBadgeChecker>(
        html`<ldc-blue-badge-checker
          nation="england"
          apply-href=" JaVaScRiPt:alert(1)"
          .progress=${{ answers: { applicant: 'myself', age: '3-or-over', benefits: ['wpms'] }, step: 'result' }}
        ></ldc-blue-badge-checker>`,
      );
      await el.whenSettled();
    });
    expect(text(el.shadowRoot!.querySelector('.ldc-panel__title'))).to.equal('You’re eligible for a Blue Badge');
    expect(el.shadowRoot!.querySelector('[part=apply-link]')).to.be.null;
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => !h.startsWith('https://'))).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('<ldc-blue-badge-checker>: apply-href=" JaVaScRiPt:alert(1)"');
  });
});

describe('<ldc-blue-badge-checker>: its own element, not a subclass (issue 17)', () => {
  it('accepts only its own inputs: no src, definition or settings', async () => {
    const { LdcEligibilityChecker } = await import('../../src/components/eligibility-checker/eligibility-checker.js');
    const c = await checker();
    expect(c.el instanceof LdcEligibilityChecker).to.be.false;
    for (const input of ['src', 'definition', 'settings']) expect(input in c.el, input).to.be.false;
    const observed = (c.el.constructor as unknown as { observedAttributes: string[] }).observedAttributes;
    expect(observed).to.include.members([
      'nation',
      'council',
      'apply-href',
      'minimum-age',
      'under3-outcome',
      'contact-phone',
    ]);
    expect(observed).not.to.include('src');
  });

  it('a src attribute changes nothing: the nation’s rules run', async () => {
    const c = await checker(
      html`<ldc-blue-badge-checker nation="wales" src="/fixtures/none.json"></ldc-blue-badge-checker>`,
    );
    expect(c.heading()).to.equal('Check if you can get a Blue Badge in Wales');
  });

  it('the evaluation is computed once per change, not once per use', async () => {
    const c = await checker(
      html`<ldc-blue-badge-checker
        nation="england"
        .progress=${{ answers: { applicant: 'myself', age: '3-or-over' }, step: 'benefits' }}
      ></ldc-blue-badge-checker>`,
    );
    const journey = (c.el as unknown as { journey: { evaluation(): unknown } }).journey;
    const first = journey.evaluation();
    c.el.requestUpdate();
    await c.el.updateComplete;
    expect(journey.evaluation(), 'same answers: the same evaluation').to.equal(first);
    await c.tick('wpms');
    expect(journey.evaluation(), 'new answers: a new evaluation').not.to.equal(first);
    const second = journey.evaluation();
    c.el.minimumAge = 'govuk';
    await c.el.updateComplete;
    expect(journey.evaluation(), 'new settings: a new evaluation').not.to.equal(second);
  });

  it('changing nation while its rules load: only the last nation’s rules run', async () => {
    const el = await fixture<LdcBlueBadgeChecker>(
      html`<ldc-blue-badge-checker nation="england"></ldc-blue-badge-checker>`,
    );
    el.nation = 'wales';
    await el.updateComplete;
    el.nation = 'scotland';
    await el.whenSettled();
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Check if you can get a Blue Badge in Scotland');
  });
});

describe('<ldc-blue-badge-checker>: results residents understand (issue 13)', () => {
  const notEligible = {
    applicant: 'myself',
    age: '3-or-over',
    benefits: ['none'],
    'main-reason': 'walking',
    walking: ['pain-breath-time'],
    duration: 'no',
  };

  it('checking for someone else: every question and the result in the third person (keyboard only)', async () => {
    const c = await checker();
    await c.tabTo('button.ldc-button--start');
    await press('Enter');
    await c.el.updateComplete;
    await c.radio('someone-else');
    expect(c.heading()).to.equal('How old are they?');
    await c.radio('3-or-over');
    expect(c.heading()).to.equal('Do they get any of these benefits?');
    await c.tick('pip');
    expect(c.heading()).to.equal('How many points did they get for ‘moving around’?');
    expect(text(c.$('.ldc-hint'))).to.equal('This is in the mobility part of their PIP award letter');
    await c.radio('10');
    await c.tabTo('form button[type=submit]');
    await press('Enter');
    await c.el.updateComplete;
    expect(c.heading()).to.equal('They’re eligible for a Blue Badge');
    expect(text(c.root)).to.contain('Why they can get a Blue Badge');
    expect(text(c.root)).to.contain(
      'They get Personal Independence Payment (PIP) with 8 points or more for ‘moving around’.',
    );
    expect(text(c.root)).to.contain('a recent digital photo of their face');
    // PIP validity applies to this route
    expect(text(c.root)).to.contain('If they get PIP The badge ends when the PIP award ends, if that is sooner.');
    await expect(c.el).to.be.accessible();
  });

  it('not eligible: which answer decided it, what to do next, contact details from the attributes, help for residents', async () => {
    const c = await checker(
      html`<ldc-blue-badge-checker
        nation="england"
        council="Camden Council"
        contact-phone="020 7974 4444"
        contact-email="bluebadge@camden.gov.uk"
        contact-href="https://www.camden.gov.uk/contact"
        .progress=${{ answers: notEligible, step: 'result' }}
      ></ldc-blue-badge-checker>`,
    );
    expect(c.heading()).to.equal('You’re not eligible for a Blue Badge');
    const headings = [...c.root.querySelectorAll('h3')].map((h) => text(h));
    expect(headings).to.deep.equal(['Why you cannot get a Blue Badge', 'What you can do next']);
    expect(text(c.$('.criteria'))).to.contain(
      'Your condition is not expected to last at least 3 years, and a badge for walking difficulty or a hidden condition needs one that is.',
    );
    expect(text(c.root)).to.contain(
      'If you think your answers do not describe your situation, contact Camden Council.',
    );
    const links = [...c.root.querySelectorAll<HTMLAnchorElement>('section a')].map((a) => [
      text(a),
      a.getAttribute('href'),
    ]);
    expect(links).to.deep.include.members([
      ['020 7974 4444', 'tel:02079744444'],
      ['bluebadge@camden.gov.uk', 'mailto:bluebadge@camden.gov.uk'],
      ['Other ways to contact Camden Council', 'https://www.camden.gov.uk/contact'],
      ['Who can get a Blue Badge, on GOV.UK', 'https://www.gov.uk/apply-blue-badge'],
    ]);
    // No facts about fees and validity on a not-eligible result, and never an error style.
    expect(text(c.root)).not.to.contain('Cost and how long');
    expect(c.root.querySelector('.ldc-error-summary, .ldc-error-message, .ldc-panel')).to.be.null;
    await expect(c.el).to.be.accessible();
  });

  it('without contact attributes: next steps, but no contact details', async () => {
    const c = await checker(
      html`<ldc-blue-badge-checker
        nation="england"
        .progress=${{ answers: notEligible, step: 'result' }}
      ></ldc-blue-badge-checker>`,
    );
    expect(text(c.root)).to.contain('What you can do next');
    expect(c.root.querySelector('a[href^="tel:"], a[href^="mailto:"]')).to.be.null;
  });

  it('a contact email that is not one warns once and is left out; a contact-href the URL policy refuses is left out', async () => {
    let c!: Awaited<ReturnType<typeof checker>>;
    const warnings = await captureConsole('warn', async () => {
      const errors = await captureConsole('error', async () => {
        c = await checker(
          html`<ldc-blue-badge-checker
            nation="england"
            contact-email="not an address"
            contact-href="javascript:alert(1)"
            contact-phone="0300 123 4567"
            .progress=${{ answers: notEligible, step: 'result' }}
          ></ldc-blue-badge-checker>`,
        );
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<ldc-blue-badge-checker>: contact-href="javascript:alert(1)" is not an address');
    });
    expect(warnings).to.deep.equal([
      '<ldc-blue-badge-checker>: contact-email="not an address" is not valid; use an email address like help@example.gov.uk. It is left out.',
    ]);
    expect(c.root.querySelector('a[href^="mailto:"]')).to.be.null;
    expect(c.root.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:03001234567');
  });

  it('hidden Change text is written in the definition and used as written', async () => {
    const c = await checker(
      html`<ldc-blue-badge-checker
        nation="england"
        .progress=${{ answers: { applicant: 'myself', age: '3-or-over', benefits: ['pip'], 'pip-moving-around': '8' }, step: 'check' }}
      ></ldc-blue-badge-checker>`,
    );
    const changes = [...c.root.querySelectorAll('.ldc-link-button')].map((b) => text(b));
    expect(changes).to.deep.equal([
      'Change who you are checking for',
      'Change age',
      'Change benefits',
      'Change PIP moving around points',
    ]);
  });

  it('Northern Ireland: apply on nidirect, in the definition’s own words', async () => {
    const c = await checker(
      html`<ldc-blue-badge-checker
        nation="northern-ireland"
        .progress=${{ answers: { applicant: 'myself', benefits: ['wpms'] }, step: 'result' }}
      ></ldc-blue-badge-checker>`,
    );
    const apply = c.$<HTMLAnchorElement>('[part=apply-link]')!;
    expect([text(apply), apply.href]).to.deep.equal([
      'Apply on nidirect',
      'https://www.nidirect.gov.uk/services/apply-or-renew-blue-badge-online',
    ]);
    expect(c.el.applyHref, 'the public input is never overwritten').to.equal('');
  });
});

describe('<ldc-blue-badge-checker>: a later step whose code cannot be loaded', () => {
  it('check your answers whose code cannot be loaded shows the problem and the fallback, never an empty step', async () => {
    const saved = { ...results };
    // As a network failure or a deployment that replaced the chunks would: the import rejects.
    results.module = null;
    results.import = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const errors = await captureConsole('error', async () => {
        const c = await checker(
          html`<ldc-blue-badge-checker nation="england"><a href="/bb">Blue Badges</a></ldc-blue-badge-checker>`,
        );
        await c.tabTo('button.ldc-button--start');
        await press('Enter');
        await c.el.updateComplete;
        await c.radio('organisation'); // an outcome at once: check your answers is next
        await c.el.whenSettled();
        await new Promise((resolve) => setTimeout(resolve));
        await c.el.updateComplete;
        expect(text(c.$('[part=config-problem]'))).to.contain('This checker could not be loaded. Try again later.');
        const fallback = c.$<HTMLSlotElement>('slot')!.assignedElements();
        expect(fallback.map((a) => text(a))).to.deep.equal(['Blue Badges']);
        expect(c.$('form') === null, 'no step left without its content').to.be.true;
      });
      expect(errors).to.deep.equal([
        '<ldc-blue-badge-checker>: part of the checker could not be loaded: TypeError: Failed to fetch dynamically imported module',
      ]);
    } finally {
      Object.assign(results, saved);
    }
  });
});
