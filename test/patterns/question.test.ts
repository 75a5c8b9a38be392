import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { press } from '../support/keys.js';
import type { LdcQuestionExample, QuestionSpec } from '../../stories/support/pattern-preview.js';
import '../../stories/support/pattern-preview.js';
import '../support/guard.js';

const radiosSpec: QuestionSpec = {
  kind: 'radios',
  label: 'How would you like to be contacted?',
  requiredMessage: 'Select how you would like to be contacted',
  items: [
    { value: 'email', text: 'Email', conditional: html`<a href="#more" id="inside">More about email</a>` },
    { value: 'post', text: 'Post' },
  ],
};
const checkboxSpec: QuestionSpec = {
  kind: 'checkboxes',
  label: 'Which benefits do you get?',
  requiredMessage: 'Select which benefits you get',
  items: [
    { value: 'dla', text: 'DLA' },
    { value: 'pip', text: 'PIP' },
    { divider: 'or' },
    { value: 'none', text: 'None of these', exclusive: true },
  ],
};

async function render(spec: QuestionSpec) {
  const el = await fixture<LdcQuestionExample>(html`<ldc-question-example .spec=${spec}></ldc-question-example>`);
  const root = el.shadowRoot!;
  return { el, root, $: <T extends Element = HTMLElement>(s: string) => root.querySelector<T>(s) };
}
const active = (el: Element) => el.shadowRoot!.activeElement;

describe('question pattern: GOV.UK validation', () => {
  it('shows no error until the user submits', async () => {
    const { $ } = await render(radiosSpec);
    expect($('.ldc-error-summary')).to.be.null;
    expect($('.ldc-error-message')).to.be.null;
  });

  it('on submit shows the error summary, focuses it, and marks the question', async () => {
    const { el, $ } = await render(radiosSpec);
    $('button[type=submit]')!.focus();
    await press('Enter');
    await el.updateComplete;
    const summary = $('.ldc-error-summary')!;
    expect(summary).to.exist;
    expect(summary.textContent).to.contain('There is a problem');
    expect(active(el)).to.equal(summary);
    const inline = $('.ldc-error-message')!;
    expect(inline.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Error: Select how you would like to be contacted',
    );
    expect($('fieldset')!.getAttribute('aria-describedby')).to.equal('answer-error');
    expect($('.ldc-form-group--error')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('error summary link focuses the first radio in the same shadow root', async () => {
    const { el, $ } = await render(radiosSpec);
    $('button[type=submit]')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    // Keyboard: the summary has focus; Tab reaches its link and Enter follows it.
    await press('Tab');
    expect(active(el)).to.equal($('.ldc-error-summary a'));
    await press('Enter');
    expect(active(el)).to.equal($('#answer'));
  });

  it('the text input gets aria-invalid and describedby hint then error', async () => {
    const { el, $ } = await render({
      kind: 'text',
      label: 'Postcode',
      hint: 'For example, AA3 1AB',
      requiredMessage: 'Enter a postcode',
      width: '10',
    });
    $('button[type=submit]')!.click();
    await el.updateComplete;
    const input = $<HTMLInputElement>('#answer')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('answer-hint answer-error');
    expect(input.classList.contains('ldc-input--width-10')).to.be.true;
    $<HTMLAnchorElement>('.ldc-error-summary a')!.click();
    expect(active(el)).to.equal(input);
  });

  it('submits an answer once the question is answered', async () => {
    const { el, $ } = await render(radiosSpec);
    $('#answer-2')!.focus();
    await press(' ');
    const answered = oneEvent(el, 'ldc-answer');
    $('button[type=submit]')!.click();
    expect((await answered).detail).to.deep.equal({ value: 'post' });
    expect($('.ldc-error-summary')).to.be.null;
  });
});

describe('radios: conditional reveal', () => {
  it('ties each option to its content and reveals it when chosen, reachable by keyboard', async () => {
    const { el, $ } = await render(radiosSpec);
    const first = $<HTMLInputElement>('#answer')!;
    const revealed = $('#conditional-answer')!;
    expect(first.getAttribute('aria-controls')).to.equal('conditional-answer');
    expect(revealed.hidden).to.be.true;
    // Arrow keys move between radios; Space chooses the focused one.
    $('#answer-2')!.focus();
    await press(' ');
    await press('ArrowUp');
    await el.updateComplete;
    expect(first.checked).to.be.true;
    expect(revealed.hidden).to.be.false;
    await press('Tab');
    expect(active(el)).to.equal($('#inside'));
    // Choosing the other option hides it again.
    $('#answer-2')!.focus();
    await press(' ');
    await el.updateComplete;
    expect(revealed.hidden).to.be.true;
  });

  it('checkboxes with conditional content also set aria-expanded', async () => {
    const { el, $ } = await render({
      ...checkboxSpec,
      items: [
        { value: 'a', text: 'A', conditional: html`<p>More</p>` },
        { value: 'b', text: 'B' },
      ],
    });
    const box = $<HTMLInputElement>('#answer')!;
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    box.focus();
    await press(' ');
    await el.updateComplete;
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    expect($('#conditional-answer')!.hidden).to.be.false;
  });
});

describe('checkboxes: exclusive “None of these”', () => {
  const checked = (root: ShadowRoot) =>
    [...root.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);

  it('choosing “None of these” clears the others, and choosing another clears it', async () => {
    const { el, root, $ } = await render(checkboxSpec);
    $('#answer')!.focus();
    await press(' ');
    await press('Tab');
    await press(' ');
    await el.updateComplete;
    expect(checked(root)).to.deep.equal(['dla', 'pip']);
    await press('Tab');
    expect(active(el)).to.equal($('#answer-3'));
    await press(' ');
    await el.updateComplete;
    expect(checked(root)).to.deep.equal(['none']);
    expect(el.value).to.deep.equal(['none']);
    $('#answer')!.click();
    await el.updateComplete;
    expect(checked(root)).to.deep.equal(['dla']);
  });
});

describe('bad attribute values', () => {
  it('an unknown input width falls back to full and warns once, naming the allowed values', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const spec: QuestionSpec = { kind: 'text', label: 'Name', requiredMessage: 'Enter a name', width: 'huge' };
      const { el, $ } = await render(spec);
      el.requestUpdate();
      await el.updateComplete;
      await render(spec);
      expect($('#answer')!.className).not.to.contain('width');
      expect(warnings.filter((w) => w.includes('width="huge"'))).to.have.length(1);
      expect(warnings[0]).to.contain('one-quarter');
    } finally {
      console.warn = original;
    }
  });
});
