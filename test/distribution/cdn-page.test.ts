import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../support/frame.js';
import { visibleText as text } from '../support/text.js';

/**
 * The plain HTML example, exactly as a council would copy it: one script tag for the built
 * CDN bundle, under a strict Content-Security-Policy. Run after `npm run build`.
 */
async function openExample(): Promise<Document> {
  const doc = await openFrame('/examples/html/index.html');
  await waitUntil(() => doc.defaultView!.customElements.get('ldc-waste-lookup'), 'components defined', {
    timeout: 10000,
  });
  return doc;
}
const shadow = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!;

describe('examples/html: the CDN bundle in a plain page with a strict CSP', () => {
  let doc: Document;
  const violations: string[] = [];
  before(async () => {
    doc = await openExample();
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

  it('defines all five elements from one script tag', () => {
    const win = doc.defaultView!;
    for (const tag of [
      'ldc-blue-badge-checker',
      'ldc-eligibility-checker',
      'ldc-waste-lookup',
      'ldc-endorsement-badge',
      'ldc-signatories-list',
    ])
      expect(win.customElements.get(tag), tag).to.exist;
  });

  it('the Blue Badge checker starts and asks its first question', async () => {
    await waitUntil(() => shadow(doc, 'ldc-blue-badge-checker')?.querySelector('h2'), 'checker rendered', {
      timeout: 5000,
    });
    const root = shadow(doc, 'ldc-blue-badge-checker');
    expect(text(root.querySelector('h2'))).to.equal('Check if you can get a Blue Badge in England');
    root.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => text(root.querySelector('h2')) === 'Who are you checking for?', 'first question', {
      timeout: 5000,
    });
  });

  it('the waste lookup (provider="demo") says its bin days are examples, and finds addresses for a demo postcode', async () => {
    const root = shadow(doc, 'ldc-waste-lookup');
    await waitUntil(() => root.querySelector('#postcode'), 'waste lookup rendered', { timeout: 5000 });
    expect(text(root.querySelector('[part=inset-text]'))).to.equal(
      'These are example bin days for a fictional council, not real collections.',
    );
    const input = root.querySelector<HTMLInputElement>('#postcode')!;
    input.value = 'AA3 1AB';
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('form button')!.click();
    await waitUntil(() => root.querySelectorAll('input[type=radio]').length === 4, 'addresses', { timeout: 5000 });
  });

  it('the endorsement badge verifies Camden from the bundled registry', async () => {
    await waitUntil(() => shadow(doc, 'ldc-endorsement-badge').querySelector('a.badge'), 'badge', { timeout: 5000 });
    expect(text(shadow(doc, 'ldc-endorsement-badge').querySelector('.claim'))).to.equal(
      'London Borough of Camden endorses the Local Digital Coalition Action Plan',
    );
  });

  it('the fallback content is hidden once the components run', () => {
    expect(doc.querySelector('ldc-waste-lookup a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('breaks no rule of the Content-Security-Policy: styles apply, nothing is blocked', () => {
    const button = shadow(doc, 'ldc-waste-lookup').querySelector('button[type=submit]')!;
    expect(doc.defaultView!.getComputedStyle(button).backgroundColor).to.equal('rgb(15, 122, 82)');
    expect(violations).to.deep.equal([]);
  });
});

describe('the CDN bundle loaded twice', () => {
  it('is harmless', async () => {
    await import('/dist/cdn/ldc.js' as string);
    await import('/dist/cdn/ldc.js?second-copy' as string);
    expect(customElements.get('ldc-blue-badge-checker')).to.exist;
  });
});
