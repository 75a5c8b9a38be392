import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../support/frame.js';
import { visibleText as text } from '../support/text.js';

/**
 * Trusted Types, in every engine that enforces them (Chromium, Firefox and WebKit here all do).
 * examples/html/index.html requires them (`require-trusted-types-for 'script'; trusted-types
 * lit-html`), the policy line the docs give. Run after `npm run build`.
 */
describe('Trusted Types: the CDN bundle under the documented policy', () => {
  it('the page enforces Trusted Types and every component still renders', async function () {
    const doc = await openFrame('/examples/html/index.html');
    const win = doc.defaultView as Window & { trustedTypes?: unknown };
    if (!win.trustedTypes) {
      console.warn('This engine does not enforce Trusted Types: skipped');
      this.skip();
    }
    // Nothing else (the components' own rendering included) is blocked by the policy.
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
    for (const tag of ['ldc-blue-badge-checker', 'ldc-waste-lookup', 'ldc-endorsement-badge'])
      await waitUntil(() => doc.querySelector(tag)?.shadowRoot?.querySelector('h2, a, button'), `${tag} rendered`, {
        timeout: 10000,
      });
    expect(text(doc.querySelector('ldc-blue-badge-checker')!.shadowRoot!.querySelector('h2'))).to.equal(
      'Check if you can get a Blue Badge in England',
    );
    expect(violations.join('; ')).to.equal('');
    // And the policy is enforced: a plain string cannot reach an HTML sink on this page.
    expect(() => {
      doc.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw();
  });

  it('a policy list without lit-html stops the components, and residents still see the fallback link', async function () {
    const doc = await openFrame('/fixtures/csp/no-lit-policy.html');
    const win = doc.defaultView as Window & { trustedTypes?: unknown };
    if (!win.trustedTypes) this.skip();
    // Give the bundle time to load and fail.
    await new Promise((r) => setTimeout(r, 1000));
    expect(win.customElements.get('ldc-waste-lookup')).to.equal(undefined);
    const link = doc.querySelector('ldc-waste-lookup a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(text(link)).to.equal('Find your bin collection day');
  });
});
