import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../support/guard.js';
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
      'London Borough of Camden endorses the Local Digital Coalition Action Plan ' +
        'Listed by Local Digital Components (compiled from public sources), updated 28 November 2026 View the evidence',
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

  it('shows the signing date and role from a signed registry URL, names the publisher, and fires ldc-verified', async () => {
    const el = await fixture<LdcEndorsementBadge>(
      html`<ldc-endorsement-badge
        org-id="ashdown-district-council"
        scheme="local-digital-declaration-2018"
        registry="/signed/assets/demo-registry.json"
      ></ldc-endorsement-badge>`,
    );
    const event = await oneEvent(el, 'ldc-verified');
    await el.whenSettled();
    const expected = {
      orgId: 'ashdown-district-council',
      scheme: 'local-digital-declaration-2018',
      evidenceUrl: 'https://example.org/local-digital/ashdown-district-council',
      listedBy: 'Test Publisher (throwaway key)',
      updated: '2026-11-28',
    };
    expect(event.detail).to.deep.equal(expected);
    expect(el.verification).to.deep.equal(expected);
    expect(words(el.shadowRoot!.querySelector('a'))).to.equal(
      'Ashdown District Council (fictional) has signed the Local Digital Declaration Since 12 September 2018 ' +
        'Listed by Test Publisher (throwaway key), updated 28 November 2026 View the evidence',
    );
  });

  it('writes the dates the British way on a page marked lang="en"', async () => {
    const wrap = await fixture(
      html`<div lang="en"><ldc-endorsement-badge org-id="E09000007"></ldc-endorsement-badge></div>`,
    );
    const el = wrap.querySelector('ldc-endorsement-badge')!;
    await el.whenSettled();
    expect(words(el.shadowRoot!.querySelector('a'))).to.contain('updated 28 November 2026');
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
        registry="/signed/fixtures/registries/html-in-fields.json"
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
      html`<ldc-endorsement-badge org-id="E09000007" registry="/signed/fixtures/registries/nope.json"
        ><a href="/strategy">Our digital strategy</a></ldc-endorsement-badge
      >`,
      'HTTP 404',
    ],
    [
      'an invalid registry, even signed',
      html`<ldc-endorsement-badge org-id="E06000001" registry="/signed/fixtures/registries/duplicate-ids.json"
        ><a href="/strategy">Our digital strategy</a></ldc-endorsement-badge
      >`,
      'entries[2].id',
    ],
    [
      'an unsigned registry',
      html`<ldc-endorsement-badge
        org-id="E06000001"
        scheme="local-digital-declaration-2018"
        registry="/fixtures/registries/valid.json"
        ><a href="/strategy">Our digital strategy</a></ldc-endorsement-badge
      >`,
      'is used only when it is signed',
    ],
    [
      'a slow registry',
      html`<ldc-endorsement-badge org-id="E09000007" timeout="200" registry="/fixtures/registries/valid.json?delay=2000"
        ><a href="/strategy">Our digital strategy</a></ldc-endorsement-badge
      >`,
      'the registry did not arrive within 200 ms',
    ],
    [
      'a missing org-id',
      html`<ldc-endorsement-badge><a href="/strategy">Our digital strategy</a></ldc-endorsement-badge>`,
      'org-id is missing',
    ],
    [
      'a registry address the URL policy refuses',
      html`<ldc-endorsement-badge org-id="E09000007" registry="javascript:alert(1)"
        ><a href="/strategy">Our digital strategy</a></ldc-endorsement-badge
      >`,
      'registry="javascript:alert(1)" is not an address it may request',
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

  it('warns once about each ignored value, naming the attribute and the value used instead', async () => {
    let link: HTMLAnchorElement | null = null;
    const warnings = await captureConsole('warn', async () => {
      ({ link } = await badge(
        html`<ldc-endorsement-badge
          org-id="E09000007"
          scheme="gds-2020"
          size="huge"
          timeout="abc"
        ></ldc-endorsement-badge>`,
      ));
    });
    expect(words(link)).to.contain('endorses the Local Digital Coalition Action Plan');
    expect(warnings).to.have.length(3);
    expect(warnings.find((w) => w.includes('scheme="gds-2020"'))).to.contain('Using local-digital-coalition-2016');
    expect(warnings.find((w) => w.includes('size="huge"'))).to.contain('Using medium');
    expect(warnings.find((w) => w.includes('timeout="abc"'))).to.contain('Using 10000');
    const notFound = await captureConsole('warn', async () => {
      await badge(html`<ldc-endorsement-badge org-id="E07000999" appearance="neon-pink"></ldc-endorsement-badge>`);
    });
    expect(notFound).to.have.length(1);
    expect(notFound[0]).to.contain('appearance="neon-pink"').and.contain('Using light');
    const again = await captureConsole('warn', async () => {
      await badge(html`<ldc-endorsement-badge org-id="E09000007" timeout="abc"></ldc-endorsement-badge>`);
    });
    expect(again).to.deep.equal([]);
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

describe('<ldc-endorsement-badge>: nothing outside a real check can make it verified', () => {
  /** A registry that would verify an unlisted council, if the badge believed it. */
  const forged = JSON.stringify({
    version: 1,
    publisher: 'Local Digital Coalition',
    updated: '2026-11-01',
    entries: [
      {
        id: 'E07000999',
        name: 'Unlisted District Council',
        type: 'district',
        scheme: 'local-digital-coalition-2016',
        role: 'endorser',
        dateSigned: null,
        evidenceUrl: 'https://example.org/forged',
        lastVerified: '2026-11-01',
      },
    ],
  });

  type Trick = (el: LdcEndorsementBadge, pageEvent: (e?: Event) => void) => Promise<void> | void;

  /**
   * Renders, runs the trick, and counts every ldc-verified the element fires itself (events the
   * page dispatches, or makes the element dispatch, are registered through pageEvent and not counted).
   */
  async function attempt(template: ReturnType<typeof html>, trick?: Trick) {
    const own: Event[] = [];
    const page = new WeakSet<Event>();
    let el!: LdcEndorsementBadge;
    /** Marks the given event, or the next ldc-verified dispatched at the element, as the page's. */
    const pageEvent = (e?: Event) =>
      e ? page.add(e) : el.addEventListener('ldc-verified', (x) => page.add(x), { once: true });
    await captureConsole('error', async () => {
      const wrap = await fixture(
        html`<div @ldc-verified=${(e: Event) => page.has(e) || own.push(e)}>${template}</div>`,
      );
      el = wrap.querySelector('ldc-endorsement-badge')!;
      await el.whenSettled();
      if (trick) {
        await trick(el, pageEvent);
        el.requestUpdate();
        await el.whenSettled();
      }
    });
    const root = el.shadowRoot!;
    return {
      el,
      fired: own.length,
      link: root.querySelector('a.badge'),
      text: words(root),
      fallback: root.querySelector('slot') !== null,
    };
  }

  const refused: [string, ReturnType<typeof html>][] = [
    [
      'the data: registry of issue 11',
      html`<ldc-endorsement-badge org-id="E07000999" registry=${`data:application/json,${forged}`}
        ><a href="/s">Our digital strategy</a></ldc-endorsement-badge
      >`,
    ],
    [
      'an unsigned registry the page serves',
      html`<ldc-endorsement-badge
        org-id="E06000001"
        scheme="local-digital-declaration-2018"
        registry="/fixtures/registries/valid.json"
        ><a href="/s">Our digital strategy</a></ldc-endorsement-badge
      >`,
    ],
    [
      'a registry signed with a key nobody trusts',
      html`<ldc-endorsement-badge
        org-id="E06000001"
        scheme="local-digital-declaration-2018"
        registry="/signed-by-stranger/fixtures/registries/valid.json"
        ><a href="/s">Our digital strategy</a></ldc-endorsement-badge
      >`,
    ],
    [
      'a registry with one byte changed after signing',
      html`<ldc-endorsement-badge
        org-id="E06000002"
        scheme="local-digital-declaration-2018"
        registry="/signed/fixtures/registries/tampered.json"
        ><a href="/s">Our digital strategy</a></ldc-endorsement-badge
      >`,
    ],
    [
      "another registry's signature, named by registry-signature",
      html`<ldc-endorsement-badge
        org-id="E06000001"
        scheme="local-digital-declaration-2018"
        registry="/fixtures/registries/valid.json"
        registry-signature="/signed/fixtures/registries/duplicate-ids.json.sig"
        ><a href="/s">Our digital strategy</a></ldc-endorsement-badge
      >`,
    ],
    [
      'a data: signature',
      html`<ldc-endorsement-badge
        org-id="E06000001"
        scheme="local-digital-declaration-2018"
        registry="/signed/fixtures/registries/valid.json"
        registry-signature="data:text/plain,AAAA"
        ><a href="/s">Our digital strategy</a></ldc-endorsement-badge
      >`,
    ],
  ];
  for (const [what, template] of refused) {
    it(`refuses ${what}: fallback content, no claim, no ldc-verified`, async () => {
      const { el, fired, link, fallback } = await attempt(template);
      expect(fired).to.equal(0);
      expect(link).to.be.null;
      expect(fallback).to.be.true;
      expect(el.verification).to.be.null;
    });
  }

  it('verifies a correctly signed registry and names its publisher (the control for the cases above)', async () => {
    const { el, fired, link } = await attempt(
      html`<ldc-endorsement-badge
        org-id="E06000001"
        scheme="local-digital-declaration-2018"
        registry="/signed/fixtures/registries/valid.json"
      ></ldc-endorsement-badge>`,
    );
    expect(fired).to.equal(1);
    expect(words(link)).to.contain('Hartlepool Borough Council has signed the Local Digital Declaration');
    expect(words(link)).to.contain('Listed by Test Publisher (throwaway key), updated 1 November 2026');
    expect(el.verification?.listedBy).to.equal('Test Publisher (throwaway key)');
  });

  const notFound = html`<ldc-endorsement-badge org-id="E07000999" verified signed="true" status="verified"
    ><a href="/s">Our digital strategy</a></ldc-endorsement-badge
  >`;
  const verifiedState = {
    kind: 'verified',
    status: 'verified',
    entry: JSON.parse(forged).entries[0],
    verification: { orgId: 'E07000999', listedBy: 'Local Digital Coalition' },
  };
  const tricks: [string, Trick][] = [
    [
      'attributes that claim verification',
      (el) => ['verified', 'signed', 'endorsed', 'state'].forEach((a) => el.setAttribute(a, 'true')),
    ],
    [
      'properties and private-looking fields',
      (el) => {
        const any = el as unknown as Record<string, unknown>;
        for (const name of ['state', '_state', '__state', '#state', 'verified', 'signed', 'entry', 'status'])
          any[name] = name.includes('state') ? verifiedState : true;
        expect(Reflect.set(el, 'verification', verifiedState.verification)).to.be.false;
      },
    ],
    [
      'dispatching ldc-verified at it',
      (el, pageEvent) => {
        const event = new CustomEvent('ldc-verified', {
          detail: verifiedState.verification,
          bubbles: true,
          composed: true,
        });
        pageEvent(event);
        el.dispatchEvent(event);
      },
    ],
    [
      'calling its own methods from outside',
      async (el, pageEvent) => {
        const any = el as unknown as Record<string, (...args: unknown[]) => unknown>;
        pageEvent();
        any.emit('ldc-verified', verifiedState.verification);
        any.renderBadge?.(verifiedState.entry);
        any.willUpdate(new Map([['orgId', '']]));
        await el.whenSettled();
      },
    ],
    [
      'patching its prototype with a state getter',
      (el) => {
        const proto = Object.getPrototypeOf(el) as object;
        Object.defineProperty(proto, 'state', { get: () => verifiedState, configurable: true });
        Object.defineProperty(proto, '_state', { get: () => verifiedState, configurable: true });
      },
    ],
    [
      'polluting Object.prototype with verified-looking fields',
      async (el) => {
        for (const [key, value] of Object.entries({
          ...verifiedState,
          ok: true,
          listedBy: 'Local Digital Coalition',
          signedBy: {},
        }))
          Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
        try {
          el.orgId = 'E07000998'; // a fresh check runs under the pollution
          await el.whenSettled();
        } finally {
          for (const key of [...Object.keys(verifiedState), 'ok', 'listedBy', 'signedBy'])
            delete (Object.prototype as Record<string, unknown>)[key];
        }
      },
    ],
  ];
  for (const [what, trick] of tricks) {
    it(`stays unverified after ${what}`, async () => {
      try {
        const { el, fired, link, text } = await attempt(notFound, trick);
        expect(fired).to.equal(0);
        expect(link).to.be.null;
        expect(text).to.contain('has no record of this organisation');
        expect(el.verification).to.be.null;
      } finally {
        const proto = customElements.get('ldc-endorsement-badge')!.prototype as object;
        delete (proto as Record<string, unknown>).state;
        delete (proto as Record<string, unknown>)._state;
      }
    });
  }

  it('the bundled registry cannot be changed by script on the page', async () => {
    const { bundledRegistry } = await import('../../src/endorsement/index.js');
    expect(() => bundledRegistry.entries.push({ ...bundledRegistry.entries[0], id: 'E07000999' })).to.throw(TypeError);
    expect(() => ((bundledRegistry.entries[0] as { id: string }).id = 'E07000999')).to.throw(TypeError);
    const { link } = await attempt(notFound);
    expect(link).to.be.null;
  });
});

describe('<ldc-endorsement-badge>: the stories of the trust model reach their states', () => {
  it('SignedRegistryVerified names the publisher; TamperedRegistryRefused shows the fallback and says why', async () => {
    const { storiesOf } = await import('../support/stories.js');
    const stories = storiesOf(await import('../../stories/components/endorsement-badge.stories.js'));
    const verified = await fixture<HTMLElement>(stories.SignedRegistryVerified());
    const badgeOf = (el: HTMLElement) => el.querySelector<LdcEndorsementBadge>('ldc-endorsement-badge') ?? el;
    await (badgeOf(verified) as LdcEndorsementBadge).whenSettled();
    expect(words(badgeOf(verified).shadowRoot!.querySelector('a.badge'))).to.contain(
      'Listed by Test Publisher (throwaway key), updated 28 November 2026',
    );
    let tampered!: HTMLElement;
    const errors = await captureConsole('error', async () => {
      tampered = await fixture<HTMLElement>(stories.TamperedRegistryRefused());
      await (badgeOf(tampered) as LdcEndorsementBadge).whenSettled();
    });
    const root = badgeOf(tampered).shadowRoot!;
    expect(root.querySelector('a.badge')).to.be.null;
    expect(root.querySelector('slot')!.assignedElements()[0].textContent).to.equal('Our digital strategy');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('demo-registry-tampered.json is refused: the signature does not match');
  });
});
