import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import modules from 'ldc-all-stories';
import { settled, storiesOf } from './support/stories.js';
import { axeViolations } from './support/axe.js';

/**
 * Every story is a test: each one renders, shows something, and passes axe with the WCAG
 * 2.0, 2.1 and 2.2 A and AA rules plus best practice (test/support/axe.ts). Play functions run
 * first. New stories files are picked up by the test server, so nobody edits this file.
 */
describe('every story renders and passes axe', () => {
  it('finds the stories files', () => {
    expect(Object.keys(modules).length).to.be.greaterThan(5);
  });

  for (const [file, module] of Object.entries(modules)) {
    for (const [name, Story] of Object.entries(storiesOf(module))) {
      it(`${file.replace(/^stories\/|\.stories\.ts$/g, '')}: ${name}`, async () => {
        const el = await fixture(Story());
        await settled(el);
        // Play functions drive a story into its state (e.g. Continue with no answer).
        const play = (Story as { play?: (context: { canvasElement: HTMLElement }) => Promise<void> }).play;
        if (play) {
          await play({ canvasElement: el.parentElement! });
          await settled(el);
        }
        const content = (el.shadowRoot ?? el) as ParentNode;
        expect(content.children.length, 'the story renders something').to.be.greaterThan(0);
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }
  }
});

describe('play functions reach their state', () => {
  it('Blue Badge ErrorNoAnswer shows the error summary', async () => {
    const module = modules['stories/components/blue-badge-states.stories.ts'];
    const Story = storiesOf(module).ErrorNoAnswer as (() => TemplateResult) & {
      play: (c: { canvasElement: HTMLElement }) => Promise<void>;
    };
    const el = await fixture(Story());
    await settled(el);
    await Story.play({ canvasElement: el.parentElement! });
    await settled(el);
    expect(el.shadowRoot!.querySelector('.ldc-error-summary')).to.exist;
  });
});

describe('the axe check can fail', () => {
  it('reports an image without alternative text and a button without a name', async () => {
    // Deliberately inaccessible markup, so the lint rules that would stop it are off here.
    /* eslint-disable lit-a11y/alt-text, lit-a11y/accessible-name */
    const el = await fixture(
      html`<div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /><button></button></div>`,
    );
    /* eslint-enable lit-a11y/alt-text, lit-a11y/accessible-name */
    const found = await axeViolations(el);
    expect(found.map((v) => v.split(' ')[0])).to.include.members(['image-alt', 'button-name']);
  });
});
