import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { LdcElement } from '../../src/core/ldc-element.js';
import type { LdcEventDetails, LdcEventName } from '../../src/core/events.js';
import { forward, toDataLayer, toMatomo, toPlausible, usageEvents, type UsageEvent } from '../../src/core/analytics.js';
import { captureConsole } from '../support/console.js';
import '../support/guard.js';

/** An element that fires whatever event a test asks for, through LdcElement.emit like every component. */
class Emitter extends LdcElement {
  fire<K extends LdcEventName>(type: K, detail: LdcEventDetails[K]) {
    return this.emit(type, detail);
  }
}
let defined = 0;
/** A fresh tag per test, so each "warn once" message is new. */
async function emitter(analytics?: string): Promise<Emitter> {
  const tag = `ldc-analytics-test-${++defined}`;
  customElements.define(tag, class extends Emitter {});
  const t = unsafeStatic(tag);
  return fixture<Emitter>(
    analytics === undefined ? staticHtml`<${t}></${t}>` : staticHtml`<${t} analytics=${analytics}></${t}>`,
  );
}

type Win = Window & { dataLayer?: unknown[]; _paq?: unknown[]; plausible?: unknown };
const win = window as Win;
/** What the forwarder has had time to send: it loads on demand, then runs in order. */
const flush = () => new Promise((r) => setTimeout(r, 50));

afterEach(() => {
  delete win.dataLayer;
  delete win._paq;
  delete win.plausible;
});

describe('analytics: what each event forwards (the whitelist)', () => {
  const host = document.createElement('ldc-blue-badge-checker');

  it('the first step after the start page is "started", then every step is its number and type, never its id', () => {
    expect(usageEvents(host, 'ldc-step', { id: 'receives-pip-mobility', index: 1 })).to.deep.equal([
      { component: 'ldc-blue-badge-checker', action: 'started' },
      { component: 'ldc-blue-badge-checker', action: 'step', step: 1, stepType: 'question' },
    ]);
    expect(usageEvents(host, 'ldc-step', { id: 'walking-distance', index: 2 })).to.deep.equal([
      { component: 'ldc-blue-badge-checker', action: 'step', step: 2, stepType: 'question' },
    ]);
    expect(usageEvents(host, 'ldc-step', { id: 'check', index: 3 })[0]).to.include({ stepType: 'check' });
    expect(usageEvents(host, 'ldc-step', { id: 'result', index: 4 })[0]).to.include({ stepType: 'result' });
    // Back to the start page: the next question starts a new journey.
    expect(usageEvents(host, 'ldc-step', { id: 'start', index: 0 })).to.deep.equal([]);
    expect(usageEvents(host, 'ldc-step', { id: 'age', index: 1 }).map((e) => e.action)).to.deep.equal([
      'started',
      'step',
    ]);
  });

  it('a result forwards its kind, never its outcome id', () => {
    expect(usageEvents(host, 'ldc-result', { outcome: 'eligible-pip-8-points', kind: 'eligible' })).to.deep.equal([
      { component: 'ldc-blue-badge-checker', action: 'completed', outcome: 'eligible' },
    ]);
    expect(usageEvents(host, 'ldc-result', { outcome: 'x', kind: 'something-new' as 'eligible' })[0].outcome).to.equal(
      'other',
    );
  });

  it('the waste lookup forwards that an address was chosen (never the UPRN) and whether bin days were found', () => {
    const waste = document.createElement('ldc-waste-lookup');
    expect(usageEvents(waste, 'ldc-address-selected', { uprn: '100023336956' })).to.deep.equal([
      { component: 'ldc-waste-lookup', action: 'step', stepType: 'address' },
    ]);
    expect(usageEvents(waste, 'ldc-collections-loaded', { count: 7 })[0].outcome).to.equal('collections-found');
    expect(usageEvents(waste, 'ldc-collections-loaded', { count: 0 })[0].outcome).to.equal('no-collections');
  });

  it('the badge forwards verified or why not, never the organisation or the evidence', () => {
    const badge = document.createElement('ldc-endorsement-badge');
    const verified = usageEvents(badge, 'ldc-verified', {
      orgId: 'E09000007',
      scheme: 'local-digital-declaration',
      evidenceUrl: 'https://example.gov.uk/evidence',
      listedBy: 'Publisher',
      updated: '2024-01-01',
    });
    expect(verified).to.deep.equal([{ component: 'ldc-endorsement-badge', action: 'completed', outcome: 'verified' }]);
    const notFound = usageEvents(badge, 'ldc-not-verified', { orgId: 'E1', scheme: 's', reason: 'not-found' });
    expect(notFound[0].outcome).to.equal('not-found');
  });

  it('ignores events it does not name, and details of the wrong shape', () => {
    expect(usageEvents(host, 'ldc-registry-loaded', { count: 3 })).to.deep.equal([]);
    expect(usageEvents(host, 'ldc-something-new', { postcode: 'AA3 1AB' })).to.deep.equal([]);
    expect(usageEvents(host, 'click', {})).to.deep.equal([]);
    const odd = usageEvents(document.createElement('ldc-x'), 'ldc-step', { id: 'q', index: 'AA3 1AB' as never });
    expect(odd[1]).to.deep.equal({ component: 'ldc-x', action: 'step', step: undefined, stepType: 'question' });
  });
});

describe('analytics: the shape each tool receives', () => {
  const step: UsageEvent = { component: 'ldc-blue-badge-checker', action: 'step', step: 2, stepType: 'question' };
  const done: UsageEvent = { component: 'ldc-blue-badge-checker', action: 'completed', outcome: 'not-eligible' };

  it('datalayer: an event name and ldc_* keys, every key present so none lingers in Tag Manager', () => {
    expect(toDataLayer(done)).to.deep.equal({
      event: 'ldc_completed',
      ldc_component: 'ldc-blue-badge-checker',
      ldc_step: undefined,
      ldc_step_type: undefined,
      ldc_outcome: 'not-eligible',
    });
  });

  it('matomo: trackEvent with category, action, name and value', () => {
    expect(toMatomo(step)).to.deep.equal(['trackEvent', 'ldc-blue-badge-checker', 'step', 'question', 2]);
    expect(toMatomo(done)).to.deep.equal(['trackEvent', 'ldc-blue-badge-checker', 'completed', 'not-eligible']);
    expect(toMatomo({ component: 'ldc-x', action: 'started' })).to.deep.equal(['trackEvent', 'ldc-x', 'started']);
  });

  it('plausible: an event name and string props', () => {
    expect(toPlausible(step)).to.deep.equal([
      'ldc_step',
      { props: { component: 'ldc-blue-badge-checker', step: '2', step_type: 'question' } },
    ]);
  });
});

describe('analytics: an element with the attribute', () => {
  it('pushes into the page’s existing dataLayer, in order', async () => {
    win.dataLayer = [];
    const el = await emitter('datalayer');
    el.fire('ldc-step', { id: 'q1', index: 1 });
    el.fire('ldc-result', { outcome: 'o', kind: 'eligible' });
    await waitUntil(() => win.dataLayer!.length === 3, 'three pushes');
    expect(win.dataLayer!.map((e) => (e as { event: string }).event)).to.deep.equal([
      'ldc_started',
      'ldc_step',
      'ldc_completed',
    ]);
  });

  it('pushes trackEvent calls into Matomo’s _paq', async () => {
    win._paq = [];
    const el = await emitter('matomo');
    el.fire('ldc-result', { outcome: 'o', kind: 'not-eligible' });
    await waitUntil(() => win._paq!.length === 1, 'one push');
    expect(win._paq![0]).to.deep.equal(['trackEvent', el.localName, 'completed', 'not-eligible']);
  });

  it('calls the page’s plausible function', async () => {
    const calls: unknown[][] = [];
    win.plausible = (...args: unknown[]) => calls.push(args);
    const el = await emitter('plausible');
    el.fire('ldc-result', { outcome: 'o', kind: 'may-be-eligible' });
    await waitUntil(() => calls.length === 1, 'one call');
    expect(calls[0]).to.deep.equal([
      'ldc_completed',
      { props: { component: el.localName, outcome: 'may-be-eligible' } },
    ]);
  });

  it('uses Tag Manager’s replaced push (an object with push, not only an array)', async () => {
    const pushed: unknown[] = [];
    (win as unknown as { dataLayer: { push: (x: unknown) => void } }).dataLayer = { push: (x) => pushed.push(x) };
    const el = await emitter('datalayer');
    el.fire('ldc-result', { outcome: 'o', kind: 'eligible' });
    await waitUntil(() => pushed.length === 1, 'one push');
  });

  it('with the council’s analytics missing, warns once naming the attribute, and creates no global', async () => {
    const el = await emitter('matomo');
    const warnings = await captureConsole('warn', async () => {
      el.fire('ldc-result', { outcome: 'o', kind: 'eligible' });
      el.fire('ldc-result', { outcome: 'o', kind: 'eligible' });
      await flush();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${el.localName}>: analytics="matomo"`).and.contain('window._paq');
    expect('_paq' in window).to.equal(false);
    expect('dataLayer' in window).to.equal(false);
    expect('plausible' in window).to.equal(false);
  });

  it('an unknown value warns once with the values it takes, and forwards nothing', async () => {
    win.dataLayer = [];
    const el = await emitter('google-analytics');
    const warnings = await captureConsole('warn', async () => {
      el.fire('ldc-result', { outcome: 'o', kind: 'eligible' });
      await flush();
    });
    expect(warnings).to.deep.equal([
      `<${el.localName}>: analytics="google-analytics" is not supported; use one of datalayer, matomo, plausible. Using none.`,
    ]);
    expect(win.dataLayer).to.deep.equal([]);
  });

  it('without the attribute (or with "none") nothing is forwarded, and the event still fires', async () => {
    win.dataLayer = [];
    for (const value of [undefined, 'none']) {
      const el = await emitter(value);
      let heard = 0;
      el.addEventListener('ldc-result', () => heard++);
      el.fire('ldc-result', { outcome: 'o', kind: 'eligible' });
      await flush();
      expect(heard).to.equal(1);
    }
    expect(win.dataLayer).to.deep.equal([]);
  });

  it('reads the attribute when the event fires: removing it stops forwarding', async () => {
    win.dataLayer = [];
    const el = await emitter('datalayer');
    el.fire('ldc-result', { outcome: 'o', kind: 'eligible' });
    await waitUntil(() => win.dataLayer!.length === 1, 'one push');
    el.removeAttribute('analytics');
    await el.updateComplete;
    el.fire('ldc-result', { outcome: 'o', kind: 'eligible' });
    await flush();
    expect(win.dataLayer).to.have.length(1);
  });

  it('forward() on its own never throws, whatever the host and detail', () => {
    win.dataLayer = [];
    const host = Object.assign(document.createElement('ldc-y'), { analytics: 'datalayer' });
    for (const detail of [null, undefined, 42, 'text', { id: null }, { kind: {} }])
      for (const type of ['ldc-step', 'ldc-result', 'ldc-collections-loaded', 'ldc-not-verified'])
        forward(host, type, detail);
    expect(JSON.stringify(win.dataLayer)).not.to.contain('null');
  });
});
