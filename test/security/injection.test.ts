import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import '../../src/define/blue-badge-checker.js';
import '../../src/define/eligibility-checker.js';
import '../../src/define/waste-lookup.js';
import '../../src/define/endorsement-badge.js';
import '../../src/define/signatories-list.js';
import fsm from '../../src/eligibility/definitions/free-school-meals-england.json';
import type { WasteProvider } from '../../src/waste/types.js';
import { normaliseUrl, schemeOf } from '../../src/core/url-policy.js';
import { captureConsole } from '../support/console.js';
import '../support/guard.js';

/**
 * Hostile input through every channel a host page or a data source has into each element:
 * every attribute, every property, every field of a definition, a provider's data and a
 * registry. After each one: no payload ran, and no shadow root holds a script-capable link,
 * an event-handler attribute or an element made from markup in the data. Requests are watched
 * too: nothing is fetched from a refused address.
 */
const ran: string[] = [];
(window as unknown as { __ldcPwned: (tag: string) => void }).__ldcPwned = (tag) => ran.push(tag);

/** Script payloads, each calling __ldcPwned if it ever runs. */
const PAYLOADS = [
  'javascript:window.__ldcPwned("js")',
  ' JaVa\tScRiPt:window.__ldcPwned("js-disguised")',
  '\u0001java\nscript:window.__ldcPwned("js-control")',
  'data:text/html,<script>parent.__ldcPwned("data")</script>',
  'vbscript:msgbox(1)',
  '"><img src=x onerror="window.__ldcPwned(\'img\')">',
  '<script>window.__ldcPwned("script")</script>',
  "'><svg onload=window.__ldcPwned('svg')>",
  '${window.__ldcPwned("template")}',
  '{{constructor.constructor("window.__ldcPwned(\'template2\')")()}}',
  '\u2028\u2029javascript:window.__ldcPwned("separators")',
];

const BAD_SCHEMES = ['javascript', 'data', 'vbscript'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];
const NEVER = ['script', 'iframe', 'object', 'embed', 'img', 'frame', 'base', 'meta', 'link', 'style'];

/** Every element in `root`'s shadow tree, descending into nested shadow roots. */
function* shadowElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* shadowElements(el.shadowRoot);
  }
}

/** What is wrong in an element's shadow tree, as sentences; [] when it is clean. */
function problemsIn(host: Element): string[] {
  const found: string[] = [];
  if (!host.shadowRoot) return found;
  for (const el of shadowElements(host.shadowRoot)) {
    if (NEVER.includes(el.localName)) found.push(`<${el.localName}> in the shadow root`);
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) found.push(`${attr.name} on <${el.localName}>`);
      if (URL_ATTRIBUTES.includes(attr.name) && BAD_SCHEMES.includes(schemeOf(normaliseUrl(attr.value))))
        found.push(`${attr.name}="${attr.value}" on <${el.localName}>`);
    }
  }
  return found;
}

/** Addresses the page asked for, by fetch. */
const requested: string[] = [];
const realFetch = window.fetch;

async function settle(el: Element): Promise<void> {
  await (el as Element & { whenSettled?: () => Promise<void> }).whenSettled?.();
  await new Promise((r) => setTimeout(r)); // a payload that runs on render runs by the next task
}

async function assertClean(el: Element, channel: string): Promise<void> {
  await settle(el);
  expect(ran, `${channel}: a payload ran`).to.deep.equal([]);
  expect(problemsIn(el), channel).to.deep.equal([]);
  const bad = requested.filter((u) => BAD_SCHEMES.includes(schemeOf(normaliseUrl(u))));
  expect(bad, `${channel}: requested a refused address`).to.deep.equal([]);
}

/** Renders `tag` with one attribute set to a payload (static, so the attribute name is real markup). */
async function withAttribute(tag: string, attribute: string, value: string, base = ''): Promise<Element> {
  const t = unsafeStatic(tag);
  const a = unsafeStatic(attribute);
  const extra = unsafeStatic(base);
  const template: TemplateResult = staticHtml`<${t} ${extra} ${a}=${value}><p>Fallback</p></${t}>`;
  return fixture(template);
}

/** Fills every string of a definition that is text for people with `payload`, leaving ids alone. */
function withText(value: unknown, payload: string, key = ''): unknown {
  const textKeys = ['title', 'text', 'hint', 'summary', 'label', 'value', 'time', 'required', 'invalid', 'prefix'];
  if (typeof value === 'string')
    return textKeys.includes(key) || ['intro', 'youNeed', 'body', 'haveReady'].includes(key) ? payload : value;
  if (Array.isArray(value)) return value.map((v) => withText(v, payload, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'value' && typeof v === 'string' && key === 'options' ? v : withText(v, payload, k),
      ]),
    );
  return value;
}

const count = { channels: 0 };

/** Types a postcode into the lookup and presses its button, as a resident would. */
async function searchPostcode(el: Element, postcode: string): Promise<void> {
  await settle(el);
  const input = el.shadowRoot?.querySelector<HTMLInputElement>('#postcode');
  if (!input) return; // a configuration message instead of the form
  input.value = postcode;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit], form button:not([type])')!.click();
  await settle(el);
}

describe('Hostile input in every channel: nothing runs, no script-capable link is rendered', function () {
  this.timeout(120_000);

  before(() => {
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return realFetch(input, init);
    };
  });
  after(() => {
    window.fetch = realFetch;
    console.log(`injection: ${count.channels} channel × payload combinations checked`);
  });
  // A payload that could only run later (an image's error, a navigation) is still caught: after
  // each test, a pause for it, and the same check.
  afterEach(async () => {
    await new Promise((r) => setTimeout(r, 100));
    expect(ran, 'a payload ran after its check').to.deep.equal([]);
  });
  beforeEach(() => {
    ran.length = 0;
    requested.length = 0;
    sessionStorage.clear();
    localStorage.clear();
  });

  const quietly = (run: () => Promise<void>) =>
    captureConsole('error', () => captureConsole('warn', run).then(() => undefined)).then(() => undefined);

  describe('<ldc-blue-badge-checker>', () => {
    const eligible = { applicant: 'myself', age: '3-or-over', benefits: ['dla'], 'dla-higher-rate': 'yes' };
    const notEligible = {
      applicant: 'myself',
      age: '3-or-over',
      benefits: ['none'],
      'main-reason': 'walking',
      walking: ['dangerous'],
      duration: 'no',
    };
    const attributes = [
      'nation',
      'council',
      'apply-href',
      'contact-href',
      'contact-phone',
      'contact-email',
      'heading-level',
      'persist',
      'minimum-age',
      'under3-outcome',
      'storage-key',
      'analytics',
      'lang',
    ];
    for (const attribute of attributes)
      it(`attribute ${attribute}, on an eligible and a not-eligible result`, () =>
        quietly(async () => {
          for (const payload of PAYLOADS)
            for (const [answers, shows] of [
              [eligible, '.ldc-panel'],
              [notEligible, 'h2, h3'],
            ] as const) {
              const el = await withAttribute('ldc-blue-badge-checker', attribute, payload);
              // Straight to a result, where the apply link, the contact details and the council's name show.
              (el as Element & { progress: unknown }).progress = { step: 'result', answers };
              await assertClean(el, `${attribute}=${JSON.stringify(payload)}`);
              // The journey really reached the result (unless the payload made the nation unknown).
              if (attribute !== 'nation')
                expect(el.shadowRoot!.querySelector(shows), `${attribute}: result reached`).to.exist;
              count.channels++;
            }
        }));
  });

  describe('<ldc-eligibility-checker>', () => {
    it('every text field of a definition, on every step', () =>
      quietly(async () => {
        for (const payload of PAYLOADS) {
          const definition = withText(fsm, payload);
          const el = await fixture(html`<ldc-eligibility-checker .definition=${definition}></ldc-eligibility-checker>`);
          await assertClean(el, `definition text ${JSON.stringify(payload)}`);
          // Check your answers and a result, with the answers of a persona.
          const answers = { 'school-type': 'yes', 'school-year': 'reception', benefits: ['none'] };
          (el as Element & { progress: unknown }).progress = { step: 'check', answers };
          await assertClean(el, `definition text, check step ${JSON.stringify(payload)}`);
          (el as Element & { progress: unknown }).progress = { step: 'result', answers };
          await assertClean(el, `definition text, result ${JSON.stringify(payload)}`);
          expect(el.shadowRoot!.querySelector('.ldc-panel'), 'result reached').to.exist;
          count.channels++;
        }
      }));

    it('every address field of a definition (outcome links, criterion and fact sources)', () =>
      quietly(async () => {
        for (const payload of PAYLOADS) {
          const definition = structuredClone(fsm) as typeof fsm & Record<string, unknown>;
          const json = JSON.stringify(definition).replace(
            /"(href|source)":"https:[^"]*"/g,
            (_, k: string) => `"${k}":${JSON.stringify(payload)}`,
          );
          const el = await fixture(
            html`<ldc-eligibility-checker .definition=${JSON.parse(json)}><p>Fallback</p></ldc-eligibility-checker>`,
          );
          await assertClean(el, `definition addresses ${JSON.stringify(payload)}`);
          count.channels++;
        }
      }));

    for (const attribute of ['src', 'council', 'apply-href', 'heading-level', 'persist', 'storage-key'])
      it(`attribute ${attribute}`, () =>
        quietly(async () => {
          for (const payload of PAYLOADS) {
            const el = await withAttribute('ldc-eligibility-checker', attribute, payload);
            await assertClean(el, `${attribute}=${JSON.stringify(payload)}`);
            count.channels++;
          }
        }));
  });

  describe('<ldc-waste-lookup>', () => {
    const attributes = [
      'provider',
      'provider-options',
      'endpoint',
      'addresses-url',
      'collections-url',
      'ics-url',
      'service-map',
      'postcode-areas',
      'uprn',
      'missed-href',
      'cant-find-href',
      'heading-level',
      'timeout',
      'today',
      'analytics',
    ];
    for (const attribute of attributes)
      it(`attribute ${attribute}, on the bin days and on the address step`, () =>
        quietly(async () => {
          for (const payload of PAYLOADS) {
            // Bin days straight away (the missed-collection and calendar links show there)…
            const base =
              attribute === 'provider'
                ? ''
                : attribute === 'uprn'
                  ? 'provider="demo"'
                  : 'provider="demo" uprn="100000001"';
            const results = await withAttribute('ldc-waste-lookup', attribute, payload, base);
            await assertClean(results, `${attribute}=${JSON.stringify(payload)} (bin days)`);
            // …and a postcode search to the address step, where "I can't find my address" shows.
            const search = await withAttribute(
              'ldc-waste-lookup',
              attribute,
              payload,
              attribute === 'provider' ? '' : 'provider="demo"',
            );
            await searchPostcode(search, 'AA3 1AB');
            await assertClean(search, `${attribute}=${JSON.stringify(payload)} (address step)`);
            count.channels++;
          }
        }));
    it('every field of a provider’s addresses and bin days', () =>
      quietly(async () => {
        for (const payload of PAYLOADS) {
          const provider: WasteProvider = {
            findAddresses: async () => [
              { uprn: '100000001', label: payload },
              { uprn: payload, label: `${payload} 2` },
            ],
            getCollections: async () => ({
              services: [
                {
                  id: payload,
                  name: payload,
                  frequency: payload,
                  materials: [payload, payload],
                  container: { type: payload, colour: payload, lidColour: payload },
                },
              ],
              collections: [
                {
                  date: '2026-12-02',
                  serviceId: payload,
                  status: 'moved',
                  originalDate: '2026-12-01',
                  reason: payload,
                },
                { date: '2026-12-09', serviceId: payload, status: 'scheduled' },
              ],
              feedUrl: payload,
            }),
          };
          const el = await fixture(
            html`<ldc-waste-lookup
              .provider=${provider}
              today="2026-12-01"
              uprn="100000001"
              missed-href="/missed?uprn={uprn}"
            ></ldc-waste-lookup>`,
          );
          await assertClean(el, `provider data ${JSON.stringify(payload)}`);
          count.channels++;
        }
      }));
  });

  describe('<ldc-endorsement-badge>', () => {
    for (const attribute of [
      'org-id',
      'scheme',
      'size',
      'appearance',
      'registry',
      'registry-signature',
      'timeout',
      'analytics',
    ])
      it(`attribute ${attribute}`, () =>
        quietly(async () => {
          for (const payload of PAYLOADS) {
            const base = attribute === 'org-id' ? '' : 'org-id="E09000007"';
            const el = await withAttribute('ldc-endorsement-badge', attribute, payload, base);
            await assertClean(el, `${attribute}=${JSON.stringify(payload)}`);
            count.channels++;
          }
        }));
  });

  describe('<ldc-signatories-list>', () => {
    for (const attribute of ['registry', 'registry-signature', 'scheme', 'heading', 'heading-level', 'query'])
      it(`attribute ${attribute}`, () =>
        quietly(async () => {
          for (const payload of PAYLOADS) {
            const el = await withAttribute('ldc-signatories-list', attribute, payload);
            await assertClean(el, `${attribute}=${JSON.stringify(payload)}`);
            count.channels++;
          }
        }));

    it('every field of a registry given as data', () =>
      quietly(async () => {
        for (const payload of PAYLOADS) {
          const entry = {
            id: 'E09000007',
            name: payload,
            type: 'london-borough',
            scheme: 'local-digital-coalition-2016',
            role: 'endorser',
            dateSigned: null,
            evidenceUrl: payload,
            lastVerified: '2026-11-28',
          };
          const registry = {
            version: 1,
            publisher: payload,
            updated: '2026-11-28',
            entries: [entry, { ...entry, id: 'E06000023', evidenceUrl: 'https://example.org/e', name: payload }],
          };
          const el = await fixture(
            html`<ldc-signatories-list .data=${registry}><p>Fallback</p></ldc-signatories-list>`,
          );
          await assertClean(el, `registry data ${JSON.stringify(payload)}`);
          count.channels++;
        }
      }));
  });
});
