/**
 * The lookup prepares the next step's templates while the page is idle (core/warm.ts), so the
 * resident's Find and Continue only copy them. In a file of its own: Lit keeps prepared templates
 * for the page's life, so another test's render would have prepared them first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../support/guard.js';
import { captureConsole } from '../support/console.js';
import '../../src/define/waste-lookup.js';
import type { LdcWasteLookup } from '../../src/components/waste-lookup/waste-lookup.js';
import { pageIdle } from '../support/idle.js';
import { visibleText as text } from '../support/text.js';

/** Once a step's code has arrived (it is the same module the element imports), then the page idle. */
const warmed = async (code: Promise<unknown>) => {
  await code;
  await pageIdle();
};
/** The element's own "Finding addresses…" line: in the entry, made on the first search, not a step's. */
const stepTemplates = (made: string[]) => made.filter((t) => !t.includes('loading'));

/** The templates Lit prepares while `run` runs (it makes a <template> element for each), as HTML. */
async function templatesMadeDuring(run: () => Promise<void>): Promise<string[]> {
  const made: HTMLTemplateElement[] = [];
  const own = Object.getOwnPropertyDescriptor(document, 'createElement');
  const createElement = document.createElement;
  document.createElement = function (this: Document, ...args: Parameters<Document['createElement']>) {
    const element = createElement.apply(this, args);
    if (element instanceof HTMLTemplateElement) made.push(element);
    return element;
  } as Document['createElement'];
  try {
    await run();
  } finally {
    if (own) Object.defineProperty(document, 'createElement', own);
    else delete (document as Partial<Document>).createElement;
  }
  return made.map((t) => t.innerHTML);
}

describe('<ldc-waste-lookup> prepares the next step while the page is idle', () => {
  it('Find bin days and Continue prepare no template: the idle page did, out of sight', async () => {
    const said: string[] = [];
    await captureConsole('warn', async () => {
      const el = await fixture<LdcWasteLookup>(
        html`<ldc-waste-lookup provider="demo" today="2026-12-01" heading-level="3"></ldc-waste-lookup>`,
      );
      const root = el.shadowRoot!;
      const shown = root.innerHTML;
      await warmed(import('../../src/components/waste-lookup/address-step.js'));
      expect(root.innerHTML, 'the warm-up changed nothing on the page').to.equal(shown);

      const search = await templatesMadeDuring(async () => {
        const input = root.querySelector<HTMLInputElement>('#postcode')!;
        input.value = 'AA3 1AF';
        input.dispatchEvent(new Event('input'));
        root.querySelector<HTMLButtonElement>('form button')!.click();
        await el.whenSettled();
        await el.updateComplete;
      });
      const select = root.querySelector<HTMLSelectElement>('select#address')!;
      expect(select.options.length, 'the address step shows 300 addresses and its placeholder').to.equal(301);
      expect(stepTemplates(search), 'templates prepared by Find bin days').to.deep.equal([]);

      await warmed(import('../../src/components/waste-lookup/results.js'));
      const choose = await templatesMadeDuring(async () => {
        select.value = select.options[150]!.value;
        select.dispatchEvent(new Event('change'));
        root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
        await el.whenSettled();
        await el.updateComplete;
      });
      expect(text(root.querySelector('h3')), 'the bin days are shown').to.equal('Your bin days');
      expect(root.querySelectorAll('[part=service]').length).to.be.greaterThan(0);
      expect(stepTemplates(choose), 'templates prepared by Continue').to.deep.equal([]);
      expect(document.body.querySelectorAll('template').length, 'nothing was left in the page').to.equal(0);
    }).then((warnings) => said.push(...warnings));
    expect(said, 'console warnings').to.deep.equal([]);
  });
});
