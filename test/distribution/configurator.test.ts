import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/guard.js';
import { press, type } from '../support/keys.js';
import { axeViolations } from '../support/axe.js';
import { visibleText as text } from '../support/text.js';
import type { Release } from '../../stories/adoption/configurator/snippet.js';
import type { LdcConfigurator } from '../../stories/adoption/configurator/configurator.js';
import '../../stories/adoption/configurator/configurator.js';

/**
 * The configurator, used with the keyboard only from the first choice to "Copy"; then the snippet
 * it produced — script tag pinned to this build's version with its integrity hash — pasted into
 * the plain HTML example page (examples/html/index.html) under the CSP line it gave, where it must
 * run; and with one character of the hash changed, the browser must refuse it. Run after
 * `npm run build` (dist/integrity.json and dist/cdn/).
 */
let release: Release;
before(async () => {
  const res = await fetch('/raw/dist/integrity.json');
  expect(res.ok, 'dist/integrity.json (run npm run build)').to.equal(true);
  release = (await res.json()) as Release;
});

async function configurator() {
  const el = await fixture<LdcConfigurator>(
    html`<div><button id="before">Before</button><ldc-configurator .release=${release}></ldc-configurator></div>`,
  );
  const c = el.querySelector<LdcConfigurator>('ldc-configurator')!;
  c.release = release;
  await c.updateComplete;
  const root = c.shadowRoot!;
  const active = () => root.activeElement as HTMLElement | null;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => root.querySelector<T>(s);
  /** Tab until `selector` has focus (bounded). */
  const tabTo = async (selector: string) => {
    for (let i = 0; i < 40 && active() !== $(selector); i++) await press('Tab');
    expect(active(), `tabbed to ${selector}`).to.equal($(selector));
  };
  /** Arrow within a radio group until `value` is focused (and so chosen). */
  const arrowTo = async (name: string, value: string) => {
    for (let i = 0; i < 8 && (active() as HTMLInputElement | null)?.value !== value; i++) await press('ArrowDown');
    const input = active() as HTMLInputElement;
    expect([input.name, input.value, input.checked]).to.deep.equal([name, value, true]);
    await c.updateComplete;
  };
  return { el: c, root, $, active, tabTo, arrowTo };
}

describe('configurator: keyboard only, from the first choice to Copy', function () {
  this.timeout(60_000);
  let snippet = '';
  let csp = '';

  it('chooses, types, fixes a colour with its suggestion, creates and copies the snippet', async () => {
    const k = await configurator();
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    // 1. The component: Tab into the group, Space chooses the first option (Blue Badge checker).
    await press('Tab');
    expect(k.active()).to.equal(k.$('input[name=component]'));
    await press(' ');
    await k.el.updateComplete;
    expect(k.$<HTMLInputElement>('#component')!.checked).to.equal(true);
    // 2. The nation: the next group; arrows choose.
    await press('Tab');
    await press(' ');
    await k.arrowTo('nation', 'wales');
    // 3. Council name (with characters that must be escaped), links.
    await press('Tab');
    expect(k.active()).to.equal(k.$('#council'));
    await type('Ashdown & "Vale" <Council>');
    await press('Tab');
    expect(k.active()).to.equal(k.$('#apply-href'));
    await type('https://www.example.gov.uk/apply?a=1&b=2');
    await press('Tab');
    expect(k.active()).to.equal(k.$('#fallback-href'));
    await type('https://www.example.gov.uk/blue-badge');
    await press('Tab');
    expect(k.active()).to.equal(k.$('#fallback-text'));
    expect(k.$<HTMLInputElement>('#fallback-text')!.value).to.equal('Find out about Blue Badges');
    // 4. Heading level 3: the checked radio is the group's tab stop.
    await press('Tab');
    await k.arrowTo('heading-level', '3');
    // 5. My council's colours: a pink link that fails, then its suggestion, by keyboard.
    await press('Tab');
    await k.arrowTo('theme', 'custom');
    await press('Tab');
    expect(k.active()).to.equal(k.$('#color-brand'));
    await type('#00636a');
    await press('Tab');
    await type('#e07ba0');
    await k.el.updateComplete;
    expect(text(k.$('#contrast'))).to.contain('Link: 2.79 to 1, needs 4.5 to 1.');
    const use = [...k.root.querySelectorAll<HTMLButtonElement>('#contrast button')][0];
    expect(text(use)).to.match(/^Use #[0-9a-f]{6} for the link colour$/);
    const suggestion = /#[0-9a-f]{6}/.exec(text(use))![0];
    await k.tabTo('#contrast button');
    await press('Enter');
    await k.el.updateComplete;
    expect(k.$<HTMLInputElement>('#color-link')!.value).to.equal(suggestion);
    expect(text(k.$('#contrast'))).to.contain('Every colour pair passes WCAG 2.2 AA.');
    // 6. Analytics: Google Tag Manager.
    await k.tabTo('input[name=analytics]');
    await k.arrowTo('analytics', 'datalayer');
    // 7. Create snippet: focus moves to its heading.
    await k.tabTo('form > button[type=submit]');
    await press('Enter');
    await k.el.updateComplete;
    expect(k.active()).to.equal(k.$('#snippet-heading'));
    expect(text(k.$('#snippet-heading'))).to.equal('Your snippet');
    // 8. Copy the HTML.
    await press('Tab');
    expect(k.active()).to.equal(k.$('#snippet-html'));
    await press('Tab');
    expect(text(k.active())).to.equal('Copy HTML');
    await press('Enter');
    await waitUntil(() => text(k.$('[role=status]')), 'the copy is announced');
    const status = text(k.$('[role=status]'));
    snippet = k.$('#snippet-html')!.textContent!;
    csp = k.$('#snippet-csp')!.textContent!;
    if (status !== 'HTML copied') {
      // No clipboard permission in this browser: the snippet is selected for the user instead.
      expect(status).to.equal(
        'Your browser did not let us copy the HTML. It is selected: copy it with your keyboard or menu.',
      );
      expect(String(document.getSelection())).to.equal(snippet);
    }
    expect(await axeViolations(k.el)).to.deep.equal([]);

    const hash = release.files['dist/cdn/ldc.js'];
    expect(hash).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(snippet).to.equal(
      [
        `<script type="module" src="https://cdn.jsdelivr.net/npm/@local-digital/components@${release.version}/dist/cdn/ldc.js" integrity="${hash}" crossorigin="anonymous"></script>`,
        '',
        '<ldc-blue-badge-checker',
        '  nation="wales"',
        '  council="Ashdown &amp; &quot;Vale&quot; &lt;Council&gt;"',
        '  apply-href="https://www.example.gov.uk/apply?a=1&amp;b=2"',
        '  heading-level="3"',
        '  analytics="datalayer"',
        '>',
        '  <a href="https://www.example.gov.uk/blue-badge">Find out about Blue Badges</a>',
        '</ldc-blue-badge-checker>',
        '',
      ].join('\n'),
    );
    expect(text(k.$('#snippet-css'))).to.equal(
      `/* Local Digital components: your colours. Put this in your site's stylesheet. */ :root { --ldc-color-brand: #00636a; --ldc-color-link: ${suggestion}; }`,
    );
    console.log(`configurator snippet:\n${snippet}`);
  });

  it('the snippet runs in the plain HTML example page, under the CSP line it came with', async () => {
    expect(snippet, 'the snippet from the keyboard test').to.contain('integrity="sha384-');
    expect(csp).to.contain("script-src 'self' https://cdn.jsdelivr.net").and.contain('trusted-types lit-html');
    const { doc, violations } = await examplePage(snippet, csp);
    const el = doc.querySelector('ldc-blue-badge-checker')!;
    await waitUntil(() => el.shadowRoot?.querySelector('h3'), 'the checker started', { timeout: 10000 });
    expect(text(el.shadowRoot!.querySelector('h3'))).to.equal('Check if you can get a Blue Badge in Wales');
    expect(el.getAttribute('council')).to.equal('Ashdown & "Vale" <Council>');
    // The fallback link is hidden once the component runs; nothing was blocked.
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    expect(violations).to.deep.equal([]);
  });

  it('with one character of the hash changed, the browser refuses the script: residents see the fallback link', async () => {
    const tampered = snippet.replace(
      /integrity="sha384-(.)/,
      (_m, c: string) => `integrity="sha384-${c === 'A' ? 'B' : 'A'}`,
    );
    expect(tampered).not.to.equal(snippet);
    const { doc } = await examplePage(tampered, csp);
    await new Promise((r) => setTimeout(r, 1500));
    expect(doc.defaultView!.customElements.get('ldc-blue-badge-checker')).to.equal(undefined);
    expect(doc.querySelector('ldc-blue-badge-checker a')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

/**
 * examples/html/index.html with its script tag and its components replaced by the snippet, and its
 * policy by the snippet's, written into a same-origin page at an http address (a blank fixture), as
 * a council's page would be: Firefox does not match 'self' for srcdoc or blob: documents, so those
 * would not test the policy line. The CDN address becomes this server's raw copy of dist/ (files
 * exactly as built, so the hash applies). An inline script in the page proves the policy is in force.
 */
async function examplePage(snippet: string, csp: string): Promise<{ doc: Document; violations: string[] }> {
  const page = await (await fetch('/examples/html/index.html')).text();
  const local = snippet.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/@local-digital\/components@[^/]+\//g, '/raw/');
  const [script, element] = [local.split('\n')[0], local.split('\n').slice(2).join('\n')];
  const probe = '<script>window.inlineScriptRan = true;</script>';
  const html = page
    .replace(
      /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/>/,
      `<meta http-equiv="Content-Security-Policy" content="${csp}" />`,
    )
    // The page's own script tag (and any the test server adds to HTML it serves) gives way to the snippet's.
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace('</head>', `${script}\n</head>`)
    .replace(/<link rel="stylesheet" href="\.\/page\.css" \/>/, '')
    .replace(/<main>[\s\S]*<\/main>/, `<main><h1>Ashdown District Council</h1>${element}</main>${probe}`);
  // One script from the snippet, one policy, the snippet's (and the probe).
  expect(html.match(/<script/g)).to.have.length(2);
  expect(html).to.contain(script).and.contain(csp).and.contain('<ldc-blue-badge-checker');
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = '/fixtures/adoption/blank.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(html);
  doc.close();
  const violations: string[] = [];
  doc.addEventListener('securitypolicyviolation', (e) => {
    if (e.violatedDirective.startsWith('script-src') && e.blockedURI === 'inline') return; // the probe
    violations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
  expect(
    (frame.contentWindow as Window & { inlineScriptRan?: boolean }).inlineScriptRan,
    'the policy is in force',
  ).to.equal(undefined);
  return { doc, violations };
}
