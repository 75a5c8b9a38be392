import { expect, fixture, html } from '@open-wc/testing';
import modules from 'ldc-all-stories';
import { allowStoryTime, settled, storiesOf, visibleContent } from './support/stories.js';
import { axeViolations } from './support/axe.js';
import { captureConsole } from './support/console.js';

/**
 * Every story is a test: each one settles (or declares `parameters: { ldc: { settles: false } }`),
 * shows a person something (text or a control, not only the status region or visually hidden
 * text), and passes axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules plus best practice
 * (test/support/axe.ts). Play functions run first. New stories files are picked up by the test
 * server, so nobody edits this file.
 */
describe('every story settles, shows something and passes axe', () => {
  it('finds the stories files', () => {
    expect(Object.keys(modules).length).to.be.greaterThan(5);
  });

  for (const [file, module] of Object.entries(modules)) {
    for (const [name, Story] of Object.entries(storiesOf(module))) {
      const title = `${file.replace(/^stories\/|\.stories\.ts$/g, '')}: ${name}`;
      it(title, async function () {
        allowStoryTime(this, Story.parameters);
        const el = await fixture(Story());
        const options = { name: title, parameters: Story.parameters };
        await settled(el, options);
        // Play functions drive a story into its state (e.g. Continue with no answer).
        if (Story.play) {
          await Story.play({ canvasElement: el.parentElement! });
          await settled(el, options);
        }
        expect(visibleContent(el), 'what a person sees in the story').to.not.be.empty;
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }
  }
});

describe('play functions reach their state', () => {
  it('Blue Badge ErrorNoAnswer shows the error summary', async () => {
    const Story = storiesOf(modules['stories/components/blue-badge-states.stories.ts']).ErrorNoAnswer;
    const el = await fixture(Story());
    await settled(el);
    await Story.play!({ canvasElement: el.parentElement! });
    await settled(el);
    expect(el.shadowRoot!.querySelector('.ldc-error-summary')).to.exist;
  });

  it('Waste lookup CalendarFileCouldNotBeMade says so in place of the links, with the bin days', async () => {
    const Story = storiesOf(modules['stories/components/waste-lookup.stories.ts']).CalendarFileCouldNotBeMade;
    const el = await fixture(Story());
    await settled(el);
    const make = URL.createObjectURL;
    const errors = await captureConsole('error', async () => {
      await Story.play!({ canvasElement: el.parentElement! });
      await settled(el);
    });
    const root = el.shadowRoot!;
    expect(URL.createObjectURL, 'the browser function is given back').to.equal(make);
    expect(!!root.querySelector('#calendar-problem'), 'the message').to.equal(true);
    expect(!!root.querySelector('[part=download]'), 'a download link').to.equal(false);
    expect(root.querySelectorAll('[part=service]').length).to.be.greaterThan(0);
    expect(errors).to.have.length(1);
  });
});

describe('the story checks can fail', () => {
  it('axe reports an image without alternative text and a button without a name', async () => {
    // Deliberately inaccessible markup, so the lint rules that would stop it are off here.
    /* eslint-disable lit-a11y/alt-text, lit-a11y/accessible-name */
    const el = await fixture(
      html`<div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /><button></button></div>`,
    );
    /* eslint-enable lit-a11y/alt-text, lit-a11y/accessible-name */
    const found = await axeViolations(el);
    expect(found.map((v) => v.split(' ')[0])).to.include.members(['image-alt', 'button-name']);
  });

  it('a status region and visually hidden text are not something a person sees', async () => {
    const el = await fixture(
      html`<div>
        <div class="ldc-visually-hidden" role="status">Loading bin days</div>
        <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)">Error:</span>
        <p hidden>Hidden paragraph</p>
      </div>`,
    );
    expect(visibleContent(el)).to.deep.equal([]);
    el.insertAdjacentHTML('beforeend', '<p>Your next collections</p>');
    expect(visibleContent(el)).to.deep.equal(['text: Your next collections']);
  });

  it('sees text in a shadow tree and light DOM slotted into it, and controls', async () => {
    const el = await fixture(html`<div><a href="/bins">Find your bin day</a></div>`);
    el.attachShadow({ mode: 'open' }).innerHTML = '<button>Search</button><slot></slot>';
    expect(visibleContent(el)).to.deep.equal([
      'button: Search',
      'text: Search',
      'a: Find your bin day',
      'text: Find your bin day',
    ]);
  });

  it('an element that never settles fails, naming the story, unless the story says so', async () => {
    const el = await fixture(html`<div></div>`);
    const stuck = Object.assign(document.createElement('ldc-stuck'), {
      whenSettled: () => new Promise<void>(() => undefined),
    });
    el.append(stuck);
    let error: unknown;
    await settled(el, { name: 'test: Stuck', timeout: 50 }).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('test: Stuck: <ldc-stuck> did not settle within 0.05 s');
    await settled(el, { name: 'test: Stuck', timeout: 50, parameters: { ldc: { settles: false } } });
  });
});
