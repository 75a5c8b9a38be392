import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import modules from 'ldc-all-stories';
import { settled, storiesOf } from './support/stories.js';

/**
 * Every story is a test: each one renders, shows something, and passes axe (all of axe's
 * WCAG 2.0/2.1/2.2 A and AA rules plus best practice). New stories files are picked up
 * by the test server, so nobody has to edit this file.
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
        await expect(el).to.be.accessible();
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
