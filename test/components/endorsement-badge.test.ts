import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { press } from '../support/keys.js';
import { captureConsole } from '../support/console.js';
import '../../src/define/endorsement-badge.js';
import type { LdcEndorsementBadge } from '../../src/components/endorsement-badge/endorsement-badge.js';
import { visibleText as words } from '../support/text.js';

async function badge(template: ReturnType<typeof html>) {
  const el = await fixture<LdcEndorsementBadge>(template);
  await el.whenSettled();
  const root = el.shadowRoot!;
  return { el, root, link: root.querySelector<HTMLAnchorElement>('a.badge') };
}

describe('<ldc-endorsement-badge>', () => {
  it('shows a verified endorsement from the bundled registry as one link to the evidence', async () => {
    const { el, link } = await badge(html`<ldc-endorsement-badge org-id="E09000007"></ldc-endorsement-badge>`);
    expect(link).to.exist;
    expect(words(link)).to.equal(
      'London Borough of Camden endorses the Local Digital Coalition Action Plan View the evidence',
    );
    expect(link!.href).to.match(/^https:\/\/.*ukauthority/);
    expect(link!.querySelector('svg[role=img]')!.getAttribute('aria-label')).to.equal(
      'Local Digital endorsement emblem',
    );
    await expect(el).to.be.accessible();
  });

  it('is one tab stop with a visible focus indicator', async () => {
    const { el, link } = await fixture(
      html`<div><button>before</button><ldc-endorsement-badge org-id="E09000007"></ldc-endorsement-badge></div>`,
    ).then(async (wrap) => {
      const b = wrap.querySelector('ldc-endorsement-badge')!;
      await b.whenSettled();
      wrap.querySelector('button')!.focus();
      return { el: b, link: b.shadowRoot!.querySelector('a')! };
    });
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(getComputedStyle(link).backgroundColor).to.equal('rgb(255, 221, 0)');
  });

  it('shows the signing date and role from a registry URL, and fires ldc-verified', async () => {
    const el = await fixture<LdcEndorsementBadge>(
      html`<ldc-endorsement-badge
        org-id="ashdown-district-council"
        scheme="local-digital-declaration-2018"
        registry="/assets/demo-registry.json"
      ></ldc-endorsement-badge>`,
    );
    const event = await oneEvent(el, 'ldc-verified');
    await el.whenSettled();
    expect(event.detail).to.deep.equal({
      orgId: 'ashdown-district-council',
      scheme: 'local-digital-declaration-2018',
      evidenceUrl: 'https://example.org/local-digital/ashdown-district-council',
    });
    expect(words(el.shadowRoot!.querySelector('a'))).to.contain(
      'Ashdown District Council (fictional) has signed the Local Digital Declaration Since 12 September 2018',
    );
  });

  it('makes no claim for an organisation the registry does not hold', async () => {
    const { el, root, link } = await badge(
      html`<ldc-endorsement-badge org-id="E07000999"><a href="/x">fallback</a></ldc-endorsement-badge>`,
    );
    expect(link).to.be.null;
    expect(root.querySelector('svg')).to.be.null;
    expect(words(root.querySelector('[part=not-found]'))).to.contain('has no record of this organisation');
    expect(root.querySelector('slot')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('ignores any attribute that claims verification', async () => {
    const { link } = await badge(
      html`<ldc-endorsement-badge org-id="E07000999" verified signed="true" status="verified"></ldc-endorsement-badge>`,
    );
    expect(link).to.be.null;
  });

  it('does not verify a look-alike name or another scheme', async () => {
    for (const [orgId, scheme] of [
      ['London Borough of Camden', 'local-digital-coalition-2016'],
      ['e09000007', 'local-digital-coalition-2016'],
      ['E09000007', 'local-digital-declaration-2018'],
    ]) {
      const { link } = await badge(
        html`<ldc-endorsement-badge org-id=${orgId} scheme=${scheme}></ldc-endorsement-badge>`,
      );
      expect(link, `${orgId} ${scheme}`).to.be.null;
    }
  });

  it('renders HTML and script in registry fields as text', async () => {
    const { root } = await badge(
      html`<ldc-endorsement-badge
        org-id="E06000002"
        scheme="local-digital-declaration-2018"
        registry="/fixtures/registries/html-in-fields.json"
      ></ldc-endorsement-badge>`,
    );
    expect(words(root.querySelector('.claim'))).to.equal(
      '<img src=x onerror="window.__pwned=1">Middlesbrough <b>Council</b> has signed the Local Digital Declaration',
    );
    expect(root.querySelector('img, b, script')).to.be.null;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  const unavailable: [string, ReturnType<typeof html>, string][] = [
    [
      'an unreachable registry',
      html`<ldc-endorsement-badge org-id="E09000007" registry="/fixtures/registries/nope.json"
        ><a href="/strategy">Our digital strategy</a></ldc-endorsement-badge
      >`,
      'HTTP 404',
    ],
    [
      'an invalid registry',
      html`<ldc-endorsement-badge org-id="E06000001" registry="/fixtures/registries/duplicate-ids.json"
        ><a href="/strategy">Our digital strategy</a></ldc-endorsement-badge
      >`,
      'entries[2].id',
    ],
    [
      'a slow registry',
      html`<ldc-endorsement-badge org-id="E09000007" timeout="200" registry="/fixtures/registries/valid.json?delay=2000"
        ><a href="/strategy">Our digital strategy</a></ldc-endorsement-badge
      >`,
      'No response within 200 ms',
    ],
    [
      'a missing org-id',
      html`<ldc-endorsement-badge><a href="/strategy">Our digital strategy</a></ldc-endorsement-badge>`,
      'org-id is missing',
    ],
    [
      'an unknown scheme',
      html`<ldc-endorsement-badge org-id="E09000007" scheme="gds-2020"
        ><a href="/strategy">Our digital strategy</a></ldc-endorsement-badge
      >`,
      'use one of local-digital-coalition-2016, local-digital-declaration-2018',
    ],
  ];
  for (const [what, template, problem] of unavailable) {
    it(`shows the fallback content and logs one error for ${what}`, async () => {
      let el!: LdcEndorsementBadge;
      const errors = await captureConsole('error', async () => {
        el = (await badge(template)).el;
      });
      expect(errors.filter((e) => e.includes(problem))).to.have.length(1);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Our digital strategy']);
      expect(el.shadowRoot!.querySelector('a.badge')).to.be.null;
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  }

  it('draws each appearance from tokens, and falls back from an unknown one with a warning', async () => {
    const { link: dark } = await badge(
      html`<ldc-endorsement-badge org-id="E09000007" appearance="dark"></ldc-endorsement-badge>`,
    );
    expect(getComputedStyle(dark!).backgroundColor).to.equal('rgb(29, 112, 184)');
    const { link: outline } = await badge(
      html`<ldc-endorsement-badge org-id="E09000007" appearance="outline"></ldc-endorsement-badge>`,
    );
    expect(getComputedStyle(outline!).borderTopColor).to.equal('rgb(29, 112, 184)');
    const warnings = await captureConsole('warn', async () => {
      const { link } = await badge(
        html`<ldc-endorsement-badge org-id="E09000007" appearance="neon"></ldc-endorsement-badge>`,
      );
      expect(link!.classList.contains('appearance-light')).to.be.true;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('appearance="neon"').and.contain('light, dark, outline');
  });

  it('sizes its emblem by the size attribute', async () => {
    const sizes: number[] = [];
    for (const size of ['small', 'medium', 'large']) {
      const { root } = await badge(
        html`<ldc-endorsement-badge org-id="E09000007" size=${size}></ldc-endorsement-badge>`,
      );
      sizes.push(root.querySelector('svg')!.getBoundingClientRect().width);
    }
    expect(sizes).to.deep.equal([24, 40, 56]);
  });

  it('can be defined twice without error', async () => {
    const { defineElement } = await import('../../src/core/define.js');
    const { LdcEndorsementBadge } = await import('../../src/components/endorsement-badge/endorsement-badge.js');
    expect(() => defineElement('ldc-endorsement-badge', LdcEndorsementBadge)).not.to.throw();
    expect(() => defineElement('ldc-endorsement-badge', class extends LdcEndorsementBadge {})).not.to.throw();
  });
});
