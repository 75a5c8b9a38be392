import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../support/guard.js';
import { press, type } from '../support/keys.js';
import { captureConsole } from '../support/console.js';
import '../../src/define/waste-lookup.js';
import type { LdcWasteLookup } from '../../src/components/waste-lookup/waste-lookup.js';
import { demoProvider } from '../../src/waste/providers/demo.js';
import { ProviderError, type Schedule, type WasteProvider } from '../../src/waste/types.js';
import { lazyProvider, registerWasteProvider } from '../../src/waste/providers/index.js';
import { pageIdle } from '../support/idle.js';
import { visibleText as text } from '../support/text.js';
import { allowStoryTime, settled, storiesOf } from '../support/stories.js';
import * as wasteStories from '../../stories/components/waste-lookup.stories.js';

const TODAY = '2026-12-01';

async function lookup(template: ReturnType<typeof html>) {
  const el = await fixture<LdcWasteLookup>(template);
  await el.whenSettled();
  const root = el.shadowRoot!;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => root.querySelector<T>(s);
  const heading = () => text(root.querySelector('h1, h2, h3'));
  const status = () => text($('[role=status]'));
  const settle = async () => {
    await el.updateComplete;
    await el.whenSettled();
  };
  const search = async (postcode: string) => {
    const input = $<HTMLInputElement>('#postcode')!;
    input.focus();
    input.select();
    await type(postcode);
    await press('Enter');
    await el.updateComplete;
    await settle();
  };
  return { el, root, $, heading, status, settle, search };
}

/** `lookup(template)`, then `then(w)`, with the console's `kind` messages captured meanwhile. */
async function lookupCapturing(
  kind: 'error' | 'warn',
  template: ReturnType<typeof html>,
  then?: (w: Awaited<ReturnType<typeof lookup>>) => Promise<void>,
) {
  let w!: Awaited<ReturnType<typeof lookup>>;
  const messages = await captureConsole(kind, async () => {
    w = await lookup(template);
    await then?.(w);
  });
  return { w, messages };
}

describe('<ldc-waste-lookup> with the demo provider', () => {
  it('keyboard only: postcode → address → bin days → calendar file', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup
        provider="demo"
        provider-options='{"delayMs": 300}'
        today=${TODAY}
        missed-href="https://example.org/missed?uprn={uprn}"
      ></ldc-waste-lookup>`,
    );
    expect(w.heading()).to.equal('What is your postcode?');
    const input = w.$<HTMLInputElement>('#postcode')!;
    expect(input.getAttribute('autocomplete')).to.equal('postal-code');
    input.focus();
    await type('aa31ab');
    await press('Enter');
    await w.el.updateComplete;
    // The demo answers after 300 ms: until then the lookup is busy and says so.
    expect(w.$('.ldc-root')!.getAttribute('aria-busy')).to.equal('true');
    expect(w.status()).to.equal('Finding addresses');
    expect(text(w.$('.loading'))).to.equal('Finding addresses…');
    await w.settle();
    expect(w.$('.ldc-root')!.getAttribute('aria-busy')).to.equal('false');
    expect(w.heading()).to.equal('Select your address');
    expect(w.status()).to.equal('4 addresses found');
    expect(w.el.shadowRoot!.activeElement).to.equal(w.$('.ldc-fieldset__heading'));
    expect(w.root.querySelectorAll('input[type=radio]')).to.have.length(4);
    const selected = oneEvent(w.el, 'ldc-address-selected');
    const loaded = oneEvent(w.el, 'ldc-collections-loaded');
    await press('Tab');
    await press(' ');
    await press('Enter');
    expect((await selected).detail).to.deep.equal({ uprn: '100000001' });
    expect((await loaded).detail.count).to.be.greaterThan(10);
    await w.settle();
    expect(w.heading()).to.equal('Your bin days');
    expect(text(w.$('.address-line'))).to.equal('1 Meadow Lane, Ashdown, AA3 1AB');
    const services = [...w.root.querySelectorAll('[part=service]')].map((s) => text(s.querySelector('h3')));
    expect(services).to.have.members(['Rubbish', 'Mixed recycling', 'Food waste', 'Garden waste']);
    // UPRN ...1 collects on Tuesdays; 1 December 2026 is a Tuesday, so food waste is today.
    const food = [...w.root.querySelectorAll('[part=service]')].find(
      (s) => text(s.querySelector('h3')) === 'Food waste',
    )!;
    expect(text(food.querySelector('.next'))).to.equal('Next collection: Today');
    const facts = [...food.querySelectorAll('.facts > div')].map(text);
    expect(facts).to.include.members(['Container: Caddy', 'Colour: Brown', 'Size: 23 litres']);
    // Following dates and "What goes in" are real lists.
    expect([...food.querySelectorAll('ul.dates > li')].map(text)).to.deep.equal([
      'Tuesday 8 December',
      'Tuesday 15 December',
      'Tuesday 22 December',
    ]);
    expect([...food.querySelectorAll('ul.materials > li')].map(text)).to.deep.equal(['All cooked and uncooked food']);
    expect(text(w.root)).to.contain(
      'Wednesday 16 December: moved from Tuesday 15 December because of the bank holiday',
    );
    expect(w.$<HTMLAnchorElement>('a[href*="missed"]')!.href).to.equal('https://example.org/missed?uprn=100000001');
    await expect(w.el).to.be.accessible();
    // The calendar download is reachable by keyboard and holds the collections.
    const download = w.$<HTMLAnchorElement>('[part=download]')!;
    for (let i = 0; i < 12 && w.el.shadowRoot!.activeElement !== download; i++) await press('Tab');
    expect(w.el.shadowRoot!.activeElement).to.equal(download);
    expect(download.getAttribute('download')).to.equal('bin-days.ics');
    const ics = await (await fetch(download.href)).text();
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.length).to.be.greaterThan(10);
    expect(ics).to.contain('SUMMARY:Food waste collection');
  });

  it('shows a select for many addresses, and Change address / Search again keep the postcode', async () => {
    const w = await lookup(html`<ldc-waste-lookup provider="demo" today=${TODAY}></ldc-waste-lookup>`);
    await w.search('AA3 1AD');
    const sel = w.$<HTMLSelectElement>('select#address')!;
    expect(sel.options).to.have.length(25);
    sel.value = sel.options[3].value;
    sel.dispatchEvent(new Event('change'));
    w.$<HTMLButtonElement>('form button[type=submit]')!.click();
    await w.settle();
    expect(w.heading()).to.equal('Your bin days');
    expect(text(w.root)).not.to.contain('Garden waste'); // flats have no garden collection
    const [change] = [...w.root.querySelectorAll<HTMLButtonElement>('.actions button')];
    expect(text(change)).to.equal('Change address');
    change.click();
    await w.el.updateComplete;
    expect(w.heading()).to.equal('Select your address');
    expect(w.$<HTMLSelectElement>('select#address')!.value).to.equal(sel.options[3].value);
    w.$<HTMLButtonElement>('.ldc-back-link')!.click();
    await w.el.updateComplete;
    expect(w.$<HTMLInputElement>('#postcode')!.value).to.equal('AA3 1AD');
    // Back to the bin days, then Search again, with a real key press on the button.
    w.$<HTMLInputElement>('#postcode')!.focus();
    await press('Enter');
    await w.settle();
    w.$<HTMLButtonElement>('form button[type=submit]')!.click();
    await w.settle();
    expect(w.heading()).to.equal('Your bin days');
    const searchAgain = [...w.root.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) =>
      text(b).startsWith('Search again'),
    )!;
    expect(text(searchAgain)).to.equal('Search again with a different postcode');
    searchAgain.focus();
    await press('Enter');
    await w.el.updateComplete;
    expect(w.heading()).to.equal('What is your postcode?');
    expect(w.$<HTMLInputElement>('#postcode')!.value).to.equal('AA3 1AD');
    expect(w.el.shadowRoot!.activeElement).to.equal(w.$('.ldc-label-wrapper'));
    expect(w.status()).to.equal(''); // the status region is cleared on a step change
  });

  const errors: [string, string, string][] = [
    ['an empty postcode', '', 'Enter a postcode'],
    ['an invalid postcode', 'AB12', 'Enter a full UK postcode, like AA3 1AB'],
    [
      'a postcode with no addresses',
      'AA3 1AE',
      'We could not find any addresses for AA3 1AE. Check the postcode is right.',
    ],
  ];
  for (const [what, postcode, message] of errors) {
    it(`${what}: error summary takes focus, inline error, and a way forward`, async () => {
      const w = await lookup(
        html`<ldc-waste-lookup
          provider="demo"
          today=${TODAY}
          cant-find-href="https://example.org/bins"
        ></ldc-waste-lookup>`,
      );
      if (postcode) await w.search(postcode);
      else {
        w.$('#postcode')!.focus();
        await press('Enter');
        await w.el.updateComplete;
      }
      expect(w.el.shadowRoot!.activeElement).to.equal(w.$('.ldc-error-summary'));
      expect(text(w.$('.ldc-error-message'))).to.equal(`Error: ${message}`);
      expect(w.$('#postcode')!.getAttribute('aria-invalid')).to.equal('true');
      expect(w.$<HTMLAnchorElement>('a[href="https://example.org/bins"]')).to.exist;
      await expect(w.el).to.be.accessible();
    });
  }

  it('a new search cancels the one in flight', async () => {
    const calls: string[] = [];
    const signals: AbortSignal[] = [];
    const slow = demoProvider({ delayMs: 400 });
    const provider: WasteProvider = {
      findAddresses: (pc, o) => {
        calls.push(pc);
        signals.push(o.signal!);
        return slow.findAddresses(pc, o);
      },
      getCollections: (u, o) => slow.getCollections(u, o),
    };
    const w = await lookup(html`<ldc-waste-lookup today=${TODAY} .provider=${provider}></ldc-waste-lookup>`);
    const input = w.$<HTMLInputElement>('#postcode')!;
    input.value = 'AA3 1AD';
    input.dispatchEvent(new Event('input'));
    w.$<HTMLButtonElement>('form button')!.click();
    await w.el.updateComplete;
    expect(w.$('[aria-busy=true]')).to.exist;
    expect(w.status()).to.equal('Finding addresses');
    input.value = 'AA3 1AB';
    input.dispatchEvent(new Event('input'));
    w.$<HTMLButtonElement>('form button')!.click();
    await w.settle();
    expect(calls).to.deep.equal(['AA3 1AD', 'AA3 1AB']);
    expect(signals.map((x) => x.aborted)).to.deep.equal([true, false]); // the first request was cancelled
    expect(w.root.querySelectorAll('input[type=radio]')).to.have.length(4); // the stale search said nothing
    expect(w.status()).to.equal('4 addresses found');
    expect(w.$('[part=problem]')).to.be.null;
  });
});

describe('<ldc-waste-lookup> dates', () => {
  it('writes British dates on a page marked only lang="en"', async () => {
    const wrap = await fixture(
      html`<div lang="en">
        <ldc-waste-lookup provider="demo" today=${TODAY} uprn="100000003"></ldc-waste-lookup>
      </div>`,
    );
    const el = wrap.querySelector('ldc-waste-lookup')!;
    await el.whenSettled();
    expect(text(el.shadowRoot)).to.contain('Then: Thursday 10 December');
    expect(text(el.shadowRoot)).not.to.contain('December 10');
  });
});

describe('<ldc-waste-lookup> faults', () => {
  const faults: [string, ReturnType<typeof html>, string][] = [
    [
      'a network failure',
      html`<ldc-waste-lookup .provider=${demoProvider({ fail: 'network' })}></ldc-waste-lookup>`,
      'Check your internet connection',
    ],
    [
      'an HTTP 500',
      html`<ldc-waste-lookup
        provider="lwss"
        endpoint=${'/fixtures/waste/lwss/places?status=500&x='}
      ></ldc-waste-lookup>`,
      'not working at the moment',
    ],
    [
      'an HTTP 404',
      html`<ldc-waste-lookup provider="lwss" endpoint="/fixtures/waste/nowhere"></ldc-waste-lookup>`,
      'not working at the moment',
    ],
    [
      'malformed JSON',
      html`<ldc-waste-lookup provider="lwss" endpoint="/fixtures/waste/lwss-notjson"></ldc-waste-lookup>`,
      'could not understand',
    ],
    [
      'a timeout',
      html`<ldc-waste-lookup timeout="200" .provider=${demoProvider({ delayMs: 3000 })}></ldc-waste-lookup>`,
      'took too long',
    ],
  ];
  for (const [what, template, words] of faults) {
    it(`${what}: a polite message that takes focus, and a Try again button`, async () => {
      const w = await lookup(template);
      await w.search('AA3 1AB');
      const problem = w.$('[part=problem]')!;
      expect(text(problem)).to.contain('Sorry, we cannot show bin days right now').and.contain(words);
      expect(w.el.shadowRoot!.activeElement).to.equal(w.$('[data-problem]'));
      expect(w.status()).to.contain(words);
      expect([...problem.querySelectorAll('button')].map(text)).to.deep.equal(['Try again']);
      await expect(w.el).to.be.accessible();
    });
  }

  it('HTML and script in provider data are shown as text', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup today=${TODAY} provider="lwss" endpoint="/fixtures/waste/lwss"></ldc-waste-lookup>`,
    );
    await w.search('AA3 1AB');
    const labels = [...w.root.querySelectorAll('label')].map(text);
    expect(labels).to.include('<b>5</b>, <script>window.__pwned=1</script>Meadow Lane, Ashdown');
    w.$<HTMLInputElement>('input[value="100000003"]')!.click();
    w.$<HTMLButtonElement>('form button[type=submit]')!.click();
    await w.settle();
    expect(text(w.root)).to.contain('<img src=x onerror="window.__pwned=1">Garden waste');
    expect(w.root.querySelector('script, img, b')).to.be.null;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
    // Moved and cancelled collections from the standard's data, worded for residents.
    expect(text(w.root)).to.contain('Friday 18 December: moved from Thursday 17 December because of the staff party.');
    expect(text(w.root)).to.contain('No collection on Tuesday 15 December.');
  });

  it('a property with no collections says so', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup today=${TODAY} provider="lwss" endpoint="/fixtures/waste/lwss-none"></ldc-waste-lookup>`,
    );
    await w.search('AA3 1AB');
    w.$<HTMLInputElement>('input[value="100000001"]')!.click();
    w.$<HTMLButtonElement>('form button[type=submit]')!.click();
    await w.settle();
    expect(text(w.root)).to.contain('This property has no collections.');
    expect(w.$('[part=download]')).to.be.null;
  });

  it('JSON of the wrong shape is a provider error, never half-rendered', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup
        today=${TODAY}
        provider="lwss"
        endpoint="/fixtures/waste/lwss-badshape"
      ></ldc-waste-lookup>`,
    );
    await w.search('AA3 1AB');
    w.$<HTMLInputElement>('input[value="100000001"]')!.click();
    w.$<HTMLButtonElement>('form button[type=submit]')!.click();
    await w.settle();
    expect(text(w.$('[part=problem]'))).to.contain('could not understand');
    expect(w.root.querySelector('[part=service]')).to.be.null;
  });

  it('a broken ICS feed is a provider error', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup
        today=${TODAY}
        uprn="200000003"
        provider="ics"
        addresses-url="/fixtures/waste/ukbcd/addresses.json"
        ics-url="/fixtures/waste/ics/{uprn}.ics"
      ></ldc-waste-lookup>`,
    );
    await w.settle();
    expect(text(w.$('[part=problem]'))).to.contain('could not understand');
  });

  it('an ICS feed gives results and a subscribe link; uprn shows a property directly', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup
        today=${TODAY}
        uprn="200000001"
        provider="ics"
        addresses-url="/fixtures/waste/ukbcd/addresses.json"
        ics-url="/fixtures/waste/ics/{uprn}.ics"
      ></ldc-waste-lookup>`,
    );
    await w.settle();
    expect(w.heading()).to.equal('Your bin days');
    expect(w.$<HTMLAnchorElement>('a[href^="webcal:"]')!.href).to.match(/^webcal:\/\/.*200000001\.ics$/);
  });

  const config: [string, ReturnType<typeof html>, string][] = [
    [
      'an unknown provider',
      html`<ldc-waste-lookup provider="bartec"><a href="/bins">Bin days</a></ldc-waste-lookup>`,
      'provider="bartec" is not supported; use one of demo, lwss, ukbcd, ics',
    ],
    [
      'a missing endpoint',
      html`<ldc-waste-lookup provider="lwss"><a href="/bins">Bin days</a></ldc-waste-lookup>`,
      'provider="lwss" needs endpoint',
    ],
  ];
  for (const [what, template, message] of config) {
    it(`${what}: a configuration message, the fallback content and one console.error`, async () => {
      let el!: LdcWasteLookup;
      const logged = await captureConsole('error', async () => {
        el = (await lookup(template)).el;
      });
      expect(logged.filter((l) => l.includes(message))).to.have.length(1);
      expect(text(el.shadowRoot)).to.contain(message);
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    });
  }

  it('remember keeps the last address in this browser, only when asked', async () => {
    localStorage.clear();
    const w = await lookup(html`<ldc-waste-lookup provider="demo" today=${TODAY} remember></ldc-waste-lookup>`);
    await w.search('AA3 1AB');
    w.$<HTMLInputElement>('input[value="100000002"]')!.click();
    w.$<HTMLButtonElement>('form button[type=submit]')!.click();
    await w.settle();
    expect(JSON.parse(localStorage.getItem('ldc-waste-lookup:address')!)).to.deep.equal({
      uprn: '100000002',
      label: '3 Meadow Lane, Ashdown, AA3 1AB',
      postcode: 'AA3 1AB',
    });
    w.el.remove();
    const back = await lookup(html`<ldc-waste-lookup provider="demo" today=${TODAY} remember></ldc-waste-lookup>`);
    await back.settle();
    expect(back.heading()).to.equal('Your bin days');
    back.el.remove();
    const other = await lookup(html`<ldc-waste-lookup provider="demo" today=${TODAY}></ldc-waste-lookup>`);
    expect(other.heading()).to.equal('What is your postcode?');
    localStorage.clear();
  });

  it('a 300-address postcode is a select, and the chosen address shows its bin days (timed by npm run bench)', async () => {
    const w = await lookup(html`<ldc-waste-lookup provider="demo" today=${TODAY}></ldc-waste-lookup>`);
    await w.search('AA3 1AF');
    const sel = w.$<HTMLSelectElement>('select#address')!;
    expect(sel.options).to.have.length(301);
    expect(sel.options[0].text).to.equal('300 addresses found');
    sel.value = sel.options[150].value;
    sel.dispatchEvent(new Event('change'));
    w.$<HTMLButtonElement>('form button[type=submit]')!.click();
    await w.settle();
    expect(w.heading()).to.equal('Your bin days');
    expect(text(w.$('.address-line'))).to.equal('150 Long Street, Ashdown, AA3 1AF');
  });
});

/** Chooses the first address and presses Continue. */
async function chooseFirst(w: Awaited<ReturnType<typeof lookup>>) {
  w.$<HTMLInputElement>('input[type=radio]')!.click();
  w.$<HTMLButtonElement>('form button[type=submit]')!.click();
  await w.settle();
}
const links = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');

describe('<ldc-waste-lookup> safe by construction (issue 11)', () => {
  it('no provider: the configuration message, the fallback content and one console error (no invented bin days)', async () => {
    const { w, messages: errors } = await lookupCapturing(
      'error',
      html`<ldc-waste-lookup><a href="https://example.org/bins">Find your bin day</a></ldc-waste-lookup>`,
    );
    expect(errors.filter((e) => e.includes('<ldc-waste-lookup>') && e.includes('provider is missing'))).to.have.length(
      1,
    );
    expect(text(w.root)).to.contain('This bin day finder is not set up correctly.').and.contain('provider is missing');
    expect(w.root.querySelector('slot')!.assignedElements()).to.have.length(1);
    expect(w.$('#postcode')).to.be.null;
    await expect(w.el).to.be.accessible();
  });

  it('provider="demo" says on screen that the bin days are an example, at every step', async () => {
    const notice = 'These are example bin days for a fictional council, not real collections.';
    const w = await lookup(html`<ldc-waste-lookup provider="demo" today=${TODAY}></ldc-waste-lookup>`);
    expect(text(w.$('[part=inset-text]'))).to.equal(notice);
    await w.search('AA3 1AB');
    expect(text(w.$('[part=inset-text]'))).to.equal(notice);
    await chooseFirst(w);
    expect(w.heading()).to.equal('Your bin days');
    expect(text(w.$('[part=inset-text]'))).to.equal(notice);
    // A council's own provider (or a named one) shows no such notice.
    const real = await lookup(
      html`<ldc-waste-lookup .provider=${{ ...demoProvider(), example: false }}></ldc-waste-lookup>`,
    );
    expect(real.$('[part=inset-text]')).to.be.null;
  });

  it('cant-find-href="javascript:alert(2)": the link is left out, with one console error naming it', async () => {
    const { w, messages: errors } = await lookupCapturing(
      'error',
      html`<ldc-waste-lookup provider="demo" today=${TODAY} cant-find-href="javascript:alert(2)"></ldc-waste-lookup>`,
      async (w) => {
        await w.search('AA3 1AE'); // no addresses: this is where "I can't find my address" would be
      },
    );
    expect(text(w.$('.ldc-error-summary'))).to.contain('We could not find any addresses for AA3 1AE');
    expect(text(w.root)).not.to.contain('I can’t find my address');
    expect(links(w.root).filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(errors[0])
      .to.contain('<ldc-waste-lookup>')
      .and.contain('cant-find-href')
      .and.contain('"javascript:alert(2)"');
  });

  it('missed-href is checked after {uprn} is filled in; a bad one is left out, a good one kept', async () => {
    const { w, messages: errors } = await lookupCapturing(
      'error',
      html`<ldc-waste-lookup
        provider="demo"
        today=${TODAY}
        uprn="100000001"
        missed-href=" JaVa	Script:alert('{uprn}')"
      ></ldc-waste-lookup>`,
    );
    expect(w.heading()).to.equal('Your bin days');
    expect(text(w.root)).not.to.contain('Report a missed collection');
    expect(errors.filter((e) => e.includes('missed-href') && e.includes('alert'))).to.have.length(1);
    const ok = await lookup(
      html`<ldc-waste-lookup
        provider="demo"
        today=${TODAY}
        uprn="100000001"
        missed-href="mailto:bins@example.org?subject={uprn}"
      ></ldc-waste-lookup>`,
    );
    expect(links(ok.root)).to.include('mailto:bins@example.org?subject=100000001');
  });

  it('a provider’s feedUrl becomes a webcal: link only from http(s); anything else is left out and named', async () => {
    const withFeed = (feedUrl: string): WasteProvider => ({
      ...demoProvider(),
      getCollections: async (u, o) => ({ ...(await demoProvider().getCollections(u, o)), feedUrl }),
    });
    const subscribe = async (feedUrl: string) => {
      const w = await lookup(
        html`<ldc-waste-lookup today=${TODAY} uprn="100000001" .provider=${withFeed(feedUrl)}></ldc-waste-lookup>`,
      );
      expect(w.heading()).to.equal('Your bin days');
      expect(links(w.root).filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).to.deep.equal([]);
      return w.$<HTMLAnchorElement>('a[href^="webcal:"]')?.getAttribute('href') ?? null;
    };
    const errors = await captureConsole('error', async () => {
      expect(await subscribe('javascript:alert(3)')).to.equal(null);
      expect(await subscribe('data:text/calendar,BEGIN')).to.equal(null);
      expect(await subscribe('mailto:bins@example.org')).to.equal(null);
    });
    expect(errors.filter((e) => e.includes('feedUrl'))).to.have.length(2);
    expect(errors.join()).to.contain('"javascript:alert(3)"');
    expect(await subscribe('https://bins.example.org/cal.ics')).to.equal('webcal://bins.example.org/cal.ics');
    expect(await subscribe('/fixtures/cal.ics')).to.equal(`webcal://${location.host}/fixtures/cal.ics`);
  });

  it('provider URL attributes are requests under the URL policy: a refused one is a configuration message', async () => {
    const { w, messages: errors } = await lookupCapturing(
      'error',
      html`<ldc-waste-lookup provider="lwss" endpoint="javascript:alert(4)"
        ><a href="/bins">Bin days</a></ldc-waste-lookup
      >`,
    );
    expect(text(w.root)).to.contain('endpoint="javascript:alert(4)" is not an address it may request');
    expect(w.root.querySelector('slot')!.assignedElements()).to.have.length(1);
    expect(errors.filter((e) => e.includes('endpoint') && e.includes('javascript:alert(4)'))).to.have.length(1);
    const more = await captureConsole('error', async () => {
      const ics = await lookup(
        html`<ldc-waste-lookup provider="ics" addresses-url="/x" ics-url="data:text/calendar,x"></ldc-waste-lookup>`,
      );
      expect(text(ics.root)).to.contain('ics-url="data:text/calendar,x" is not an address');
    });
    expect(more.filter((e) => e.includes('ics-url'))).to.have.length(1);
  });

  it('today="2024-13-45" warns once and uses the real date; Continue still works, nothing is thrown', async () => {
    const { w, messages: warnings } = await lookupCapturing(
      'warn',
      html`<ldc-waste-lookup provider="demo" today="2024-13-45"></ldc-waste-lookup>`,
      async (w) => {
        await w.search('AA3 1AB');
        await chooseFirst(w);
      },
    );
    expect(warnings.filter((m) => m.includes('today="2024-13-45"'))).to.have.length(1);
    expect(warnings[0]).to.contain('<ldc-waste-lookup>');
    expect(w.heading()).to.equal('Your bin days');
    expect(w.$('[part=problem]')).to.be.null;
    expect(text(w.root)).to.match(/Next collection: (Today|Tomorrow|\w+day \d+ \w+)/);
  });

  for (const value of ['abc', '-5', '0', '1e12'])
    it(`timeout="${value}" warns once and uses the default 10 seconds`, async () => {
      const { w, messages: warnings } = await lookupCapturing(
        'warn',
        html`<ldc-waste-lookup timeout=${value} .provider=${demoProvider({ delayMs: 300 })}></ldc-waste-lookup>`,
        async (w) => {
          await w.search('AA3 1AB');
        },
      );
      expect(warnings.filter((m) => m.includes(`timeout="${value}"`) && m.includes('Using 10000'))).to.have.length(1);
      expect(w.$('[part=problem]')).to.be.null; // not "took too long" at once
      expect(w.heading()).to.equal('Select your address');
    });

  it('other ignored values warn once, naming the attribute: heading-level, uprn', async () => {
    const warnings = await captureConsole('warn', async () => {
      const w = await lookup(html`<ldc-waste-lookup provider="demo" heading-level="9" uprn="12ab"></ldc-waste-lookup>`);
      expect(w.heading()).to.equal('What is your postcode?');
      expect(w.root.querySelector('h2')).to.exist;
    });
    expect(warnings.filter((m) => m.includes('heading-level="9"'))).to.have.length(1);
    expect(warnings.filter((m) => m.includes('uprn="12ab"'))).to.have.length(1);
  });

  // The console says why only when the failure is not a typed ProviderError (a bug to fix).
  const broken: [string, Partial<WasteProvider>, string, number][] = [
    [
      'throws a TypeError',
      { findAddresses: () => Promise.reject(new TypeError('x is undefined')) },
      'Something went wrong',
      1,
    ],
    [
      'throws synchronously',
      {
        findAddresses: () => {
          throw new Error('boom');
        },
      },
      'Something went wrong',
      1,
    ],
    ['returns nothing', { findAddresses: async () => undefined as never }, 'could not understand', 0],
    [
      'returns a UPRN with a line break',
      { findAddresses: async () => [{ uprn: '1\r\nATTACH:x', label: 'x' }] },
      'could not understand',
      0,
    ],
    [
      'returns a label that is not text',
      { findAddresses: async () => [{ uprn: '1', label: 7 as never }] },
      'could not understand',
      0,
    ],
  ];
  for (const [what, override, words, logged] of broken)
    it(`a custom provider that ${what}: a visible message, never an empty box`, async () => {
      const provider = { ...demoProvider(), ...override } as WasteProvider;
      const errors = await captureConsole('error', async () => {
        const w = await lookup(html`<ldc-waste-lookup today=${TODAY} .provider=${provider}></ldc-waste-lookup>`);
        await w.search('AA3 1AB');
        expect(text(w.$('[part=problem]')))
          .to.contain('Sorry, we cannot show bin days right now')
          .and.contain(words);
        expect(w.el.shadowRoot!.activeElement).to.equal(w.$('[data-problem]'));
      });
      expect(errors.filter((e) => e.includes('<ldc-waste-lookup>: the provider failed'))).to.have.length(logged);
      expect(errors).to.have.length(logged);
    });

  const schedules: [string, unknown][] = [
    ['null', null],
    ['no collections list', { services: [] }],
    [
      'a date that is not real',
      {
        services: [{ id: 'r', name: 'R' }],
        collections: [{ date: '2026-02-30', serviceId: 'r', status: 'scheduled' }],
      },
    ],
    [
      'an unknown status',
      { services: [{ id: 'r', name: 'R' }], collections: [{ date: '2026-12-02', serviceId: 'r', status: 'maybe' }] },
    ],
    ['materials that are not a list', { services: [{ id: 'r', name: 'R', materials: 'paper' }], collections: [] }],
  ];
  for (const [what, value] of schedules)
    it(`a custom provider whose schedule has ${what}: "could not understand", never a broken page`, async () => {
      const provider: WasteProvider = { ...demoProvider(), getCollections: async () => value as Schedule };
      const w = await lookup(html`<ldc-waste-lookup today=${TODAY} .provider=${provider}></ldc-waste-lookup>`);
      await w.search('AA3 1AB');
      await chooseFirst(w);
      expect(text(w.$('[part=problem]'))).to.contain('could not understand');
    });

  it('a provider object without its methods is a configuration message', async () => {
    const errors = await captureConsole('error', async () => {
      const w = await lookup(
        html`<ldc-waste-lookup .provider=${{ findAddresses: 1 }}><a href="/b">Bins</a></ldc-waste-lookup>`,
      );
      expect(text(w.root)).to.contain('needs findAddresses() and getCollections()');
    });
    expect(errors).to.have.length(1);
  });

  it('a page whose lang Intl cannot read still shows the dates', async () => {
    const wrap = await fixture(
      html`<div lang="!!"><ldc-waste-lookup provider="demo" today=${TODAY} uprn="100000003"></ldc-waste-lookup></div>`,
    );
    const el = wrap.querySelector('ldc-waste-lookup')!;
    await el.whenSettled();
    expect(text(el.shadowRoot)).to.contain('Then: Thursday 10 December');
  });

  it('a remembered address whose UPRN is not digits is ignored', async () => {
    localStorage.setItem('ldc-waste-lookup:address', JSON.stringify({ uprn: '1\nx', label: 'x', postcode: 'AA3 1AB' }));
    const w = await lookup(html`<ldc-waste-lookup provider="demo" today=${TODAY} remember></ldc-waste-lookup>`);
    expect(w.heading()).to.equal('What is your postcode?');
    localStorage.clear();
  });
});

/** The ICS text behind a download link, as a resident gets it: reaching the link (focus) makes the file. */
const fileOf = async (a: HTMLAnchorElement | null) => {
  a!.focus();
  return (await fetch(a!.href)).text();
};
const service = (w: Awaited<ReturnType<typeof lookup>>, name: string) =>
  [...w.root.querySelectorAll('[part=service]')].find((s) => text(s.querySelector('h3')) === name)!;

describe('<ldc-waste-lookup> data handled exactly (issue 14)', () => {
  it('LWSS addresses read as addresses, the description as extra words, a duplicate UPRN once', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup today=${TODAY} provider="lwss" endpoint="/fixtures/waste/lwss-status"></ldc-waste-lookup>`,
    );
    await w.search('AA3 1AB');
    expect([...w.root.querySelectorAll('.ldc-choices__label')].map(text)).to.deep.equal([
      '1 Meadow Lane, Ashdown',
      '7 Meadow Lane, Ashdown',
      'Rose Cottage, 9A Meadow Lane, Ashdown',
    ]);
    expect(text(w.$('#address-2-item-hint'))).to.equal('Community hall');
    expect(w.$<HTMLInputElement>('#address-2')!.getAttribute('aria-describedby')).to.equal('address-2-item-hint');
    expect(w.status()).to.equal('3 addresses found');
  });

  it('same-day status from LWSS tasks: collected, not collected yet, could not be collected with the reason', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup
        today=${TODAY}
        uprn="100000001"
        provider="lwss"
        endpoint="/fixtures/waste/lwss-status"
      ></ldc-waste-lookup>`,
    );
    const outcome = (name: string) => text(service(w, name).querySelector('[part=outcome]'));
    const next = (name: string) => text(service(w, name).querySelector('.next'));
    expect(outcome('Rubbish')).to.equal('Collected today');
    expect(next('Rubbish')).to.equal('Next collection: Tuesday 8 December'); // today's is done
    expect(outcome('Mixed recycling')).to.equal('Not collected yet');
    expect(next('Mixed recycling')).to.equal('Next collection: Today');
    expect(outcome('Food waste')).to.equal('Could not be collected today: Your caddy was not out when we came.');
    expect(next('Food waste')).to.equal('Next collection: Tuesday 8 December');
    expect(service(w, 'Garden waste').querySelector('[part=outcome]')).to.be.null;
    await expect(w.el).to.be.accessible();
  });

  it('duplicates merged: one Rubbish service, 1 December once; two services under one id keep their own days', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup
        today=${TODAY}
        uprn="100000001"
        provider="lwss"
        endpoint="/fixtures/waste/lwss-status"
      ></ldc-waste-lookup>`,
    );
    const names = [...w.root.querySelectorAll('[part=service] h3')].map(text);
    expect(names.filter((n) => n === 'Rubbish')).to.have.length(1);
    expect([...service(w, 'Rubbish').querySelectorAll('ul.dates li')].map(text)).to.deep.equal([
      'Tuesday 15 December',
      'Tuesday 22 December',
    ]);
    // "food" names two services: Glass keeps its own day, Food waste keeps its own.
    expect(next(service(w, 'Glass'))).to.equal('Next collection: Thursday 3 December');
    expect(next(service(w, 'Food waste'))).to.equal('Next collection: Tuesday 8 December');
    function next(el: Element) {
      return text(el.querySelector('.next'));
    }
  });

  it('a moved collection shows both dates, in its notice and in the list', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup
        today=${TODAY}
        uprn="100000001"
        provider="lwss"
        endpoint="/fixtures/waste/lwss-status"
      ></ldc-waste-lookup>`,
    );
    const recycling = service(w, 'Mixed recycling');
    expect(text(recycling.querySelector('.notice'))).to.equal(
      'Tuesday 15 December: moved from Monday 14 December because of the staff training day.',
    );
    expect([...recycling.querySelectorAll('ul.dates li')].map(text)).to.deep.equal([
      'Tuesday 15 December (moved from Monday 14 December)',
      'Tuesday 29 December',
    ]);
    // "gray" is the documented alias of grey.
    expect([...recycling.querySelectorAll('.facts > div')].map(text)).to.include.members(['Colour: Grey', 'Lid: Blue']);
  });

  it('the look-ahead: a garden waste service that restarts in March shows its next collections in December', async () => {
    const demo = await lookup(
      html`<ldc-waste-lookup provider="demo" today=${TODAY} uprn="100000001"></ldc-waste-lookup>`,
    );
    const garden = service(demo, 'Garden waste');
    expect(text(garden.querySelector('.next'))).to.match(/^Next collection: \w+day \d+ March 2027$/);
    expect(garden.querySelectorAll('ul.dates li')).to.have.length(3);
    // LWSS: a second request for the months after the window, only because garden waste had none.
    const lwss = await lookup(
      html`<ldc-waste-lookup
        today=${TODAY}
        uprn="100000001"
        provider="lwss"
        endpoint="/fixtures/waste/lwss-status"
      ></ldc-waste-lookup>`,
    );
    const g = service(lwss, 'Garden waste');
    expect(text(g.querySelector('.next'))).to.equal('Next collection: Tuesday 2 March 2027');
    expect([...g.querySelectorAll('ul.dates li')].map(text)).to.deep.equal([
      'Tuesday 16 March 2027',
      'Tuesday 30 March 2027',
      'Tuesday 13 April 2027',
    ]);
  });

  it('bin names in Arabic and Hebrew stay separate services, each with its own days', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup
        today=${TODAY}
        uprn="200000005"
        provider="ukbcd"
        addresses-url="/fixtures/waste/ukbcd/addresses.json"
        collections-url="/fixtures/waste/ukbcd/bins-{uprn}.json"
      ></ldc-waste-lookup>`,
    );
    const days = (name: string) => [
      text(service(w, name).querySelector('.next')),
      ...[...service(w, name).querySelectorAll('ul.dates li')].map(text),
    ];
    expect([...w.root.querySelectorAll('[part=service] h3')].map(text)).to.have.members([
      'النفايات العامة',
      'إعادة التدوير',
      'פסולת ירוקה',
      'מחזור',
    ]);
    expect(days('النفايات العامة')).to.deep.equal(['Next collection: Tomorrow', 'Wednesday 9 December']);
    expect(days('إعادة التدوير')).to.deep.equal(['Next collection: Thursday 3 December']);
    expect(days('פסולת ירוקה')).to.deep.equal(['Next collection: Friday 4 December']);
    expect(days('מחזור')).to.deep.equal(['Next collection: Saturday 5 December', 'Saturday 12 December']);
  });

  it('a 100,000-character street name wraps: nothing wider than 320 px, at every step', async function () {
    // WebKitGTK takes ~9–10 s on this machine to lay out the address step's radio label (an
    // inline-block, sized to its content) around 100,000 characters (the bin days take 0.4 s):
    // the default 15 s left too little room on a busy CI machine. Not a timing claim.
    this.timeout(45_000);
    const long = 'Meadow'.repeat(17_000);
    const provider: WasteProvider = {
      ...demoProvider(),
      findAddresses: async () => [
        { uprn: '100000001', label: `1 ${long} Lane` },
        { uprn: '100000002', label: '2 Meadow Lane' },
      ],
      getCollections: async (u, o) => {
        const s = await demoProvider().getCollections(u, o);
        return { ...s, services: s.services.map((x, i) => (i ? x : { ...x, name: long, materials: [long] })) };
      },
    };
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><ldc-waste-lookup today=${TODAY} .provider=${provider}></ldc-waste-lookup></div>`,
    );
    const el = wrap.querySelector('ldc-waste-lookup')!;
    await el.whenSettled();
    const w = { el, root: el.shadowRoot!, $: (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s) };
    const widest = () =>
      Math.max(
        el.scrollWidth,
        ...[...w.root.querySelectorAll<HTMLElement>('*')].map(
          (e) => e.getBoundingClientRect().right - wrap.getBoundingClientRect().left,
        ),
      );
    const input = w.$('#postcode') as HTMLInputElement;
    input.value = 'AA3 1AB';
    input.dispatchEvent(new Event('input'));
    w.$('form button')!.click();
    await el.whenSettled();
    expect(w.root.querySelectorAll('input[type=radio]')).to.have.length(2);
    expect(widest()).to.be.at.most(320);
    (w.$('input[type=radio]') as HTMLInputElement).click();
    w.$('form button[type=submit]')!.click();
    await el.whenSettled();
    expect(text(w.$('.ldc-step-heading'))).to.equal('Your bin days');
    expect(widest()).to.be.at.most(320);
    // A date never breaks inside: day, month and year are joined by no-break spaces.
    const dates = [...w.root.querySelectorAll('.date')].map((d) => d.textContent!);
    expect(dates.length).to.be.greaterThan(5);
    for (const d of dates) expect(d, d).to.match(/^\w+ \d{1,2}\u00a0[A-Z][a-z]+(\u00a0\d{4})?$/);
  });
});

describe('<ldc-waste-lookup> out-of-area postcodes (issue 14)', () => {
  it('a postcode the council does not cover: said plainly, with GOV.UK’s Find your local council for it', async () => {
    const w = await lookup(html`<ldc-waste-lookup provider="demo" today=${TODAY}></ldc-waste-lookup>`);
    await w.search('ZZ9 9ZZ');
    expect(w.heading()).to.equal('ZZ9 9ZZ is not in this council’s area');
    expect(w.el.shadowRoot!.activeElement).to.equal(w.$('.ldc-step-heading'));
    expect(w.status()).to.equal('ZZ9 9ZZ is not in this council’s area');
    const link = w.$<HTMLAnchorElement>('a[part=find-council]')!;
    expect(link.href).to.equal('https://www.gov.uk/find-local-council?postcode=ZZ9%209ZZ');
    expect(text(link)).to.equal('Find the council for ZZ9 9ZZ on GOV.UK');
    expect(w.$('[part=problem]')).to.be.null;
    await expect(w.el).to.be.accessible();
    // Search again: back to the question, the postcode kept to correct.
    const again = [...w.root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      text(b).startsWith('Search again'),
    )!;
    again.focus();
    await press('Enter');
    await w.el.updateComplete;
    expect(w.heading()).to.equal('What is your postcode?');
    expect(w.$<HTMLInputElement>('#postcode')!.value).to.equal('ZZ9 9ZZ');
    expect(w.status()).to.equal('');
  });

  it('postcode-areas: an empty answer outside the areas is out of area; inside them, "no addresses"', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup
        provider="lwss"
        endpoint="/fixtures/waste/lwss-empty"
        postcode-areas="AA3 BB1 2"
      ></ldc-waste-lookup>`,
    );
    await w.search('BB1 3AB');
    expect(w.heading()).to.equal('BB1 3AB is not in this council’s area');
    w.$<HTMLButtonElement>('.ldc-back-link')!.click();
    await w.el.updateComplete;
    await w.search('BB1 2AB');
    expect(text(w.$('.ldc-error-message'))).to.equal(
      'Error: We could not find any addresses for BB1 2AB. Check the postcode is right.',
    );
    await w.search('AA3 1AB');
    expect(text(w.$('.ldc-error-message'))).to.contain('We could not find any addresses for AA3 1AB');
  });
});

describe('<ldc-waste-lookup> reminders and calendars (issue 14)', () => {
  it('keyboard: choose "Remind me the evening before" at 20:00; the file has a VALARM 4 hours before each day', async () => {
    const w = await lookup(html`<ldc-waste-lookup provider="demo" today=${TODAY} uprn="100000001"></ldc-waste-lookup>`);
    const legend = text(w.$('#calendar-title')!.parentElement!.querySelector('legend'));
    expect(legend).to.equal('Remind me the evening before');
    const options = [...w.root.querySelectorAll<HTMLInputElement>('input[name=reminder]')];
    expect(options.map((o) => text(w.root.querySelector(`label[for="${o.id}"]`)))).to.deep.equal([
      'No reminder',
      '18:00',
      '19:00',
      '20:00',
      '21:00',
    ]);
    const before = await fileOf(w.$<HTMLAnchorElement>('[part=download]'));
    expect(before).not.to.contain('BEGIN:VALARM');
    // Real key presses: focus the first option, Space checks it, arrows move the choice.
    options[0].focus();
    await press(' ');
    for (let i = 0; i < 3; i++) await press('ArrowDown');
    await w.el.updateComplete;
    expect(options[3].checked).to.equal(true);
    const ics = await fileOf(w.$<HTMLAnchorElement>('[part=download]'));
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.length).to.be.greaterThan(10);
    for (const e of events) {
      const alarm = e.getFirstSubcomponent('valarm')!;
      expect(alarm, e.getFirstPropertyValue('summary') as string).to.exist;
      expect(String(alarm.getFirstPropertyValue('trigger'))).to.equal('-PT4H');
      expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY');
      expect(alarm.getFirstPropertyValue('description')).to.match(/ collection tomorrow: put it out tonight$/);
    }
  });

  it('a calendar for each service holds only that service’s days', async () => {
    const w = await lookup(html`<ldc-waste-lookup provider="demo" today=${TODAY} uprn="100000001"></ldc-waste-lookup>`);
    const links = [...w.root.querySelectorAll<HTMLAnchorElement>('[part=download-service]')];
    expect(links.map(text)).to.have.members([
      'Rubbish collections only as a calendar file',
      'Mixed recycling collections only as a calendar file',
      'Food waste collections only as a calendar file',
      'Garden waste collections only as a calendar file',
    ]);
    for (const a of links) {
      const name = text(a).replace(' collections only as a calendar file', '');
      const summaries = new ICAL.Component(ICAL.parse(await fileOf(a)))
        .getAllSubcomponents('vevent')
        .map((e) => e.getFirstPropertyValue('summary'));
      expect(summaries.length).to.be.greaterThan(0);
      expect(new Set(summaries)).to.deep.equal(new Set([`${name} collection`]));
      expect(a.getAttribute('download')).to.match(/^bin-days-\d-[a-z-]+\.ics$/);
    }
  });

  it('a calendar file is made when the resident reaches for its link, not while the bin days render', async () => {
    const w = await lookup(html`<ldc-waste-lookup provider="demo" today=${TODAY} uprn="100000001"></ldc-waste-lookup>`);
    const [all, one] = [w.$<HTMLAnchorElement>('[part=download]')!, w.$<HTMLAnchorElement>('[part=download-service]')!];
    // Not made yet: the links point at their section.
    expect(all.getAttribute('href')).to.equal('#calendar-title');
    expect(one.getAttribute('href')).to.equal('#calendar-title');
    // A click (a screen reader's "activate" sends only that) makes the file before the link is followed.
    let followed = '';
    w.root.addEventListener('click', (e) => {
      followed = (e.target as HTMLAnchorElement).href;
      e.preventDefault(); // the test does not download
    });
    all.click();
    expect(followed).to.match(/^blob:/);
    expect(await (await fetch(followed)).text()).to.contain('BEGIN:VCALENDAR');
    // Pressing (mouse or touch) makes it too, before a context menu could offer to save it.
    one.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(one.href).to.match(/^blob:/);
    // The same file on a second visit to the link, and the page re-rendered keeps it.
    const made = all.href;
    all.focus();
    w.el.requestUpdate();
    await w.el.updateComplete;
    expect(all.href).to.equal(made);
  });

  it('a calendar file that cannot be made is said in place of the links, and focus moves to it', async () => {
    const { w, messages } = await lookupCapturing(
      'error',
      html`<ldc-waste-lookup provider="demo" today=${TODAY} uprn="100000001"></ldc-waste-lookup>`,
      async (w) => {
        const make = URL.createObjectURL;
        URL.createObjectURL = () => {
          throw new Error('no memory for the file');
        };
        try {
          // Real key presses: Tab until the download link has focus (reaching it makes the file).
          const download = w.$('[part=download]')!;
          for (let i = 0; i < 15 && w.root.activeElement !== download && download.isConnected; i++) await press('Tab');
          await w.el.updateComplete;
        } finally {
          URL.createObjectURL = make;
        }
      },
    );
    expect(messages.join('\n')).to.contain('the calendar file could not be made');
    // (Booleans, not elements: chai describing an element in a failure message can hang the page.)
    expect(!!w.$('[part=download]'), 'download link shown').to.equal(false);
    expect(!!w.$('[part=download-service]'), 'per-service links shown').to.equal(false);
    const problem = w.$('#calendar-problem')!;
    expect(text(problem.querySelector('.ldc-warning-text__text'))).to.equal(
      'Warning Your calendar file could not be made. The bin days on this page are still right.',
    );
    expect(w.root.activeElement === problem, 'focus on the message').to.equal(true);
    expect(w.root.querySelectorAll('[part=service]').length).to.be.greaterThan(0); // the days are still there
    await expect(w.el).to.be.accessible();
  });

  it('the subscription carries the reminder when the feed has a {reminder} slot; otherwise it says so', async () => {
    const w = await lookup(
      html`<ldc-waste-lookup
        today=${TODAY}
        uprn="200000001"
        provider="ics"
        addresses-url="/fixtures/waste/ukbcd/addresses.json"
        ics-url="/fixtures/waste/ics/{uprn}.ics?remind={reminder}"
      ></ldc-waste-lookup>`,
    );
    const sub = () => w.$<HTMLAnchorElement>('[part=subscribe]')!.getAttribute('href');
    expect(sub()).to.equal(`webcal://${location.host}/fixtures/waste/ics/200000001.ics?remind=`);
    w.$<HTMLInputElement>('input[name=reminder][value="19:00"]')!.click();
    await w.el.updateComplete;
    expect(sub()).to.equal(`webcal://${location.host}/fixtures/waste/ics/200000001.ics?remind=19%3A00`);
    expect(text(w.$('.calendar'))).not.to.contain('own reminders');
    const plain = await lookup(
      html`<ldc-waste-lookup
        today=${TODAY}
        uprn="200000001"
        provider="ics"
        addresses-url="/fixtures/waste/ukbcd/addresses.json"
        ics-url="/fixtures/waste/ics/{uprn}.ics"
      ></ldc-waste-lookup>`,
    );
    plain.$<HTMLInputElement>('input[name=reminder][value="19:00"]')!.click();
    await plain.el.updateComplete;
    expect(text(plain.$('.calendar'))).to.contain(
      'A subscribed calendar has no reminder from us: use your calendar app’s own reminders.',
    );
  });
});

describe('<ldc-waste-lookup> one state model (issue 14)', () => {
  it('Try again repeats the request that failed, and the problem goes when it succeeds', async () => {
    const asked: string[] = [];
    const provider: WasteProvider = {
      ...demoProvider(),
      findAddresses: async (pc, o) => {
        asked.push(pc);
        if (asked.length === 1) throw new ProviderError('network', 'Failed to fetch');
        return demoProvider().findAddresses(pc, o);
      },
    };
    const w = await lookup(html`<ldc-waste-lookup today=${TODAY} .provider=${provider}></ldc-waste-lookup>`);
    await w.search('AA3 1AB');
    expect(text(w.$('[part=problem]'))).to.contain('Check your internet connection');
    // Typing after the failure does not change what Try again repeats.
    const input = w.$<HTMLInputElement>('#postcode')!;
    input.value = 'AA3 1AD';
    input.dispatchEvent(new Event('input'));
    await w.el.updateComplete;
    const retry = w.$<HTMLButtonElement>('[part=problem] button')!;
    retry.focus();
    await press('Enter');
    await w.settle();
    expect(asked).to.deep.equal(['AA3 1AB', 'AA3 1AB']);
    expect(w.$('[part=problem]')).to.be.null;
    expect(w.heading()).to.equal('Select your address');
  });

  it('going back cancels the request in flight: its answer never arrives', async () => {
    const signals: AbortSignal[] = [];
    const slow = demoProvider({ delayMs: 300 });
    const provider: WasteProvider = {
      ...slow,
      getCollections: (u, o) => {
        signals.push(o.signal!);
        return slow.getCollections(u, o);
      },
    };
    const w = await lookup(html`<ldc-waste-lookup today=${TODAY} .provider=${provider}></ldc-waste-lookup>`);
    await w.search('AA3 1AB');
    w.$<HTMLInputElement>('input[type=radio]')!.click();
    w.$<HTMLButtonElement>('form button[type=submit]')!.click();
    await w.el.updateComplete;
    expect(w.status()).to.equal('Loading bin days');
    w.$<HTMLButtonElement>('.ldc-back-link')!.click();
    await w.settle();
    await new Promise((r) => setTimeout(r, 400));
    await w.settle();
    expect(signals[0].aborted).to.equal(true);
    expect(w.heading()).to.equal('What is your postcode?');
    expect(w.status()).to.equal('');
  });

  it('the timeout is the element’s: a provider that ignores its signal still times out', async () => {
    const deaf: WasteProvider = {
      findAddresses: () => new Promise((r) => setTimeout(() => r([{ uprn: '1', label: 'Late' }]), 2000)),
      getCollections: () => new Promise(() => undefined),
    };
    const w = await lookup(html`<ldc-waste-lookup timeout="100" .provider=${deaf}></ldc-waste-lookup>`);
    await w.search('AA3 1AB');
    expect(text(w.$('[part=problem]'))).to.contain('took too long');
    expect(w.status()).to.equal('The bin day service took too long to answer.');
  });

  it('Welsh-ready: dates are never in US order, whatever the page language', async () => {
    const wrap = await fixture(
      html`<div lang="en-US">
        <ldc-waste-lookup provider="demo" today=${TODAY} uprn="100000003"></ldc-waste-lookup>
      </div>`,
    );
    const el = wrap.querySelector('ldc-waste-lookup')!;
    await el.whenSettled();
    expect(text(el.shadowRoot)).to.contain('Thursday 10 December');
    expect(text(el.shadowRoot)).not.to.match(/December \d/);
  });
});

describe('<ldc-waste-lookup> provider kit (issue 14)', () => {
  it('registerWasteProvider: provider="name" with provider-options JSON, URLs checked by the URL policy', async () => {
    const seen: Record<string, unknown>[] = [];
    registerWasteProvider('kit-test-council', (options) => {
      seen.push(options);
      return demoProvider();
    });
    const w = await lookup(
      html`<ldc-waste-lookup
        provider="kit-test-council"
        today=${TODAY}
        provider-options='{"apiKeyName": "x", "addressesUrl": " /api/addresses "}'
      ></ldc-waste-lookup>`,
    );
    expect(seen).to.deep.equal([{ apiKeyName: 'x', addressesUrl: '/api/addresses' }]);
    await w.search('AA3 1AB');
    expect(w.heading()).to.equal('Select your address');
    const errors = await captureConsole('error', async () => {
      const bad = await lookup(
        html`<ldc-waste-lookup
          provider="kit-test-council"
          provider-options='{"addressesUrl": "javascript:alert(1)"}'
        ></ldc-waste-lookup>`,
      );
      expect(text(bad.root)).to.contain('provider-options addressesUrl="javascript:alert(1)" is not an address');
    });
    expect(errors.filter((e) => e.includes('javascript:alert(1)'))).to.have.length(1);
  });

  it('a provider whose code loads on demand is fetched while the page is idle, before the first search', async () => {
    let loads = 0;
    const provider = lazyProvider(async () => {
      loads++;
      return demoProvider();
    });
    const w = await lookup(html`<ldc-waste-lookup today=${TODAY} .provider=${provider}></ldc-waste-lookup>`);
    expect(loads, 'nothing fetched while the element first shows').to.equal(0);
    await pageIdle(); // after the element's own idle work
    expect(loads, 'fetched once the page is idle').to.equal(1);
    await w.search('AA3 1AB');
    expect(w.heading()).to.equal('Select your address');
    expect(loads, 'the search used what was fetched').to.equal(1);
  });

  it('with only the CDN bundle: the element class registers a provider and carries ProviderError', async () => {
    const Lookup = customElements.get('ldc-waste-lookup') as unknown as typeof LdcWasteLookup;
    Lookup.registerProvider('kit-static', () => ({
      ...demoProvider(),
      findAddresses: async () => {
        throw new Lookup.ProviderError('http', 'HTTP 503');
      },
    }));
    const w = await lookup(html`<ldc-waste-lookup provider="kit-static"></ldc-waste-lookup>`);
    await w.search('AA3 1AB');
    expect(text(w.$('[part=problem]'))).to.contain('The bin day service is not working at the moment.');
  });

  it('an element waiting for a provider name starts when it is registered', async () => {
    const { w, messages: errors } = await lookupCapturing(
      'error',
      html`<ldc-waste-lookup provider="kit-later" today=${TODAY}></ldc-waste-lookup>`,
    );
    expect(errors.filter((e) => e.includes('provider="kit-later" is not supported'))).to.have.length(1);
    expect(w.$('#postcode')).to.be.null;
    registerWasteProvider('kit-later', () => demoProvider());
    await w.el.updateComplete;
    expect(w.heading()).to.equal('What is your postcode?');
  });

  it('provider-options that are not JSON, or not an object, are a configuration message naming them', async () => {
    for (const [value, words] of [
      ['{endpoint:', 'provider-options="{endpoint:" is not JSON'],
      ['[1]', 'provider-options must be an object'],
    ]) {
      const errors = await captureConsole('error', async () => {
        const w = await lookup(html`<ldc-waste-lookup provider="lwss" provider-options=${value}></ldc-waste-lookup>`);
        expect(text(w.root)).to.contain(words);
      });
      expect(errors.filter((e) => e.includes(words))).to.have.length(1);
    }
  });

  it('service-map corrects names and colours (by name or id); a wrong value warns once and is ignored', async () => {
    const { w, messages: warnings } = await lookupCapturing(
      'warn',
      html`<ldc-waste-lookup
        provider="demo"
        today=${TODAY}
        uprn="100000001"
        service-map='{"Rubbish": {"name": "General waste", "colour": "purple"}, "food": {"colour": "mauve"}}'
      ></ldc-waste-lookup>`,
    );
    const general = service(w, 'General waste');
    expect(general).to.exist;
    expect([...general.querySelectorAll('.facts > div')].map(text)).to.include('Colour: Purple');
    expect(general.querySelector('svg.bin')!.getAttribute('class')).to.contain('bin-body-purple');
    expect([...service(w, 'Food waste').querySelectorAll('.facts > div')].map(text)).to.include('Colour: Brown');
    expect(warnings.filter((m) => m.includes('service-map') && m.includes('mauve'))).to.have.length(1);
  });
});

describe('<ldc-waste-lookup> stories reach the states they are named for (issue 14)', () => {
  const stories = storiesOf(wasteStories as Record<string, unknown>);
  const expectations: [string, (root: ShadowRoot) => void][] = [
    [
      'ReminderChoice',
      (r) => expect(r.querySelector<HTMLInputElement>('input[name=reminder][value="20:00"]')!.checked).to.equal(true),
    ],
    [
      'OutOfArea',
      (r) => expect(text(r.querySelector('.ldc-step-heading'))).to.equal('ZZ9 9ZZ is not in this council’s area'),
    ],
    [
      'OutOfAreaByPostcodeAreas',
      (r) => expect(text(r.querySelector('.ldc-step-heading'))).to.equal('BB1 2AB is not in this council’s area'),
    ],
    [
      'CollectedToday',
      (r) => expect([...r.querySelectorAll('[part=outcome]')].map(text)).to.include('Collected today'),
    ],
    [
      'NotCollectedYet',
      (r) => expect([...r.querySelectorAll('[part=outcome]')].map(text)).to.include('Not collected yet'),
    ],
    [
      'CouldNotBeCollected',
      (r) =>
        expect([...r.querySelectorAll('[part=outcome]')].map(text)).to.include(
          'Could not be collected today: Your bin was not out when we came. Put it out by 7am.',
        ),
    ],
    [
      'SeasonalServiceInWinter',
      (r) => expect(text(r)).to.match(/Garden waste .*Next collection: \w+day \d+ March 2027/),
    ],
    [
      'ErrorNoAddressChosen',
      (r) => expect(text(r.querySelector('.ldc-error-message'))).to.equal('Error: Select your address'),
    ],
    ['RegisteredProvider', (r) => expect(text(r.querySelector('legend'))).to.equal('Select your address')],
    ['ProviderOptionsNotJson', (r) => expect(text(r)).to.contain('provider-options="{endpoint:" is not JSON')],
    [
      'ServiceMapCorrections',
      (r) => expect([...r.querySelectorAll('[part=service] h3')].map(text)).to.include('General waste'),
    ],
    ['VeryLongAddress', (r) => expect(r.querySelectorAll('input[type=radio]')).to.have.length(2)],
  ];
  for (const [name, check] of expectations)
    it(name, async function () {
      const Story = stories[name];
      allowStoryTime(this, Story.parameters);
      const el = await fixture(Story());
      await quiet(async () => {
        await settled(el);
        if (Story.play) await Story.play({ canvasElement: el.parentElement! });
        await settled(el);
      });
      const lookup = (el.localName === 'ldc-waste-lookup' ? el : el.querySelector('ldc-waste-lookup'))!;
      check(lookup.shadowRoot!);
    });
});

/** Runs `f` with the console's errors and warnings (the stories' configuration messages) held back. */
async function quiet(f: () => Promise<void>) {
  await captureConsole('warn', () => captureConsole('error', f).then(() => undefined));
}
