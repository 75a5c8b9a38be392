import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../support/frame.js';
import { visibleText as text } from '../support/text.js';
import type { Release } from '../../stories/adoption/configurator/snippet.js';
import type { LdcConfigurator } from '../../stories/adoption/configurator/configurator.js';

/**
 * The standalone configurator page (examples/configurator, built by `npm run build:configurator`
 * into static files): it runs under the same strict Content-Security-Policy as the plain HTML
 * example, with no server behind it, and its snippets carry this build's version and integrity
 * hash. Run after `npm run build` and `npm run build:examples`.
 */
describe('the standalone configurator page', () => {
  it('works under a strict CSP and pins this build’s version and integrity hash', async () => {
    const release = (await (await fetch('/raw/dist/integrity.json')).json()) as Release;
    const doc = await openFrame('/build/examples/configurator/index.html');
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    await waitUntil(() => doc.querySelector('ldc-configurator')?.shadowRoot?.querySelector('form'), 'configurator', {
      timeout: 10000,
    });
    const el = doc.querySelector<LdcConfigurator>('ldc-configurator')!;
    const root = el.shadowRoot!;
    expect(text(doc.querySelector('h1'))).to.equal('Configure a component for your council’s website');
    // The waste lookup on example data: the smallest set of answers.
    root.querySelector<HTMLInputElement>('input[name=component][value=waste-lookup]')!.click();
    await el.updateComplete;
    root.querySelector<HTMLInputElement>('input[name=provider][value=demo]')!.click();
    const link = root.querySelector<HTMLInputElement>('#fallback-href')!;
    link.value = 'https://www.example.gov.uk/bins';
    link.dispatchEvent(new Event('input'));
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('form > button[type=submit]')!.click();
    await el.updateComplete;
    const snippet = root.querySelector('#snippet-html')!.textContent!;
    expect(snippet).to.contain(
      `src="https://cdn.jsdelivr.net/npm/@local-digital/components@${release.version}/dist/cdn/ldc.js" integrity="${release.files['dist/cdn/ldc.js']}" crossorigin="anonymous"`,
    );
    expect(snippet).to.contain('<ldc-waste-lookup\n  provider="demo"\n>');
    // The preview is the real component, on example data.
    const preview = root.querySelector('ldc-waste-lookup')!;
    await waitUntil(() => preview.shadowRoot?.querySelector('#postcode'), 'preview', { timeout: 5000 });
    expect(violations).to.deep.equal([]);
  });
});
