import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../support/guard.js';
import '../../src/define/blue-badge-checker.js';
import '../../src/define/eligibility-checker.js';
import '../../src/define/waste-lookup.js';
import '../../src/define/endorsement-badge.js';
import '../../src/define/signatories-list.js';
import { OUTCOMES, ANALYTICS_TARGETS, type AnalyticsTarget } from '../../src/core/analytics.js';
import { journeys } from '../../stories/support/journeys.js';
import type { Answers, Definition } from '../../src/eligibility/types.js';
import england from '../../src/eligibility/definitions/blue-badge-england.json';
import scotland from '../../src/eligibility/definitions/blue-badge-scotland.json';
import wales from '../../src/eligibility/definitions/blue-badge-wales.json';
import northernIreland from '../../src/eligibility/definitions/blue-badge-northern-ireland.json';
import fsm from '../../src/eligibility/definitions/free-school-meals-england.json';
import { DEMO_POSTCODES } from '../../src/waste/providers/demo.js';
import { visibleText } from '../support/text.js';

/**
 * Usage measurement without personal data: every journey, walked in the real components with the
 * analytics attribute set to each of the three tools, and everything the page's analytics object
 * received serialised and searched. Nothing a resident typed, chose or was shown about themselves
 * may appear: answers, option labels, question texts and ids, outcome ids, postcodes, UPRNs,
 * addresses, search text. And, stronger: every value forwarded must come from the forwarder's own
 * closed vocabulary (tags, three actions, step types, outcome kinds, small step numbers).
 */

type Win = Window & { dataLayer?: unknown[]; _paq?: unknown[]; plausible?: (...args: unknown[]) => void };
const win = window as Win;

/** What one journey sent, per tool, and the words it must not have sent. */
interface Walk {
  journey: string;
  target: AnalyticsTarget;
  sent: unknown[];
  secrets: Set<string>;
}
const walks: Walk[] = [];

/** Installs the council's analytics object for `target` (as the council's own snippet would). */
function install(target: AnalyticsTarget): unknown[] {
  const sent: unknown[] = [];
  delete win.dataLayer;
  delete win._paq;
  delete win.plausible;
  if (target === 'datalayer') win.dataLayer = sent;
  if (target === 'matomo') win._paq = sent;
  if (target === 'plausible') win.plausible = (...args: unknown[]) => sent.push(args);
  return sent;
}

/** Leaves of a forwarded value: every string and number in it, keys included. */
function leaves(value: unknown, out: (string | number)[] = []): (string | number)[] {
  if (typeof value === 'string' || typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      leaves(v, out);
    }
  return out;
}

/** The forwarder's whole vocabulary: anything else forwarded is a leak. */
const VOCABULARY = new Set<string>([
  'ldc-blue-badge-checker',
  'ldc-eligibility-checker',
  'ldc-waste-lookup',
  'ldc-endorsement-badge',
  'ldc_started',
  'ldc_step',
  'ldc_completed',
  'started',
  'step',
  'completed',
  'question',
  'check',
  'result',
  'address',
  ...OUTCOMES,
  // keys
  'event',
  'ldc_component',
  'ldc_step',
  'ldc_step_type',
  'ldc_outcome',
  'trackEvent',
  'props',
  'component',
  'step_type',
  'outcome',
]);
const isVocabulary = (v: string | number) =>
  typeof v === 'number' ? Number.isInteger(v) && v >= 0 && v < 100 : VOCABULARY.has(v) || /^\d{1,2}$/.test(v);

/** Strings a resident's journey showed or took that must never be forwarded (short ones are matched whole). */
function addSecret(secrets: Set<string>, value: unknown) {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) return value.forEach((v) => addSecret(secrets, v));
  const text = String(value).replace(/\s+/g, ' ').trim();
  if (text) secrets.add(text);
}

function leaked(walk: Walk): string[] {
  const serialised = JSON.stringify(walk.sent);
  const found: string[] = [];
  const values = leaves(walk.sent);
  for (const secret of walk.secrets) {
    // A secret that is itself a word of the vocabulary (an option value "result", or "2" where
    // step numbers go) is left to the vocabulary check; anything else must appear nowhere.
    if (isVocabulary(secret)) continue;
    if (secret.length >= 4 ? serialised.includes(secret) : values.includes(secret)) found.push(secret);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Checkers

type Checker = HTMLElement & { whenSettled(): Promise<void>; updateComplete: Promise<boolean> };

/** Walks a checker with `answers`, pressing the buttons a resident would; returns the outcome kind reached. */
async function walkChecker(el: Checker, answers: Answers, secrets: Set<string>): Promise<string> {
  const root = el.shadowRoot!;
  let step = 'start';
  let kind = '';
  el.addEventListener('ldc-step', (e) => (step = e.detail.id));
  el.addEventListener('ldc-result', (e) => (kind = e.detail.kind));
  await el.whenSettled();
  root.querySelector<HTMLButtonElement>('button.ldc-button--start, form button')!.click();
  for (let i = 0; i < 60 && !kind; i++) {
    await el.updateComplete;
    await el.whenSettled();
    if (step !== 'check' && step !== 'result') {
      secrets.add(step);
      const question = root.querySelector('legend, label.ldc-label');
      addSecret(secrets, visibleText(question));
      const answer = answers[step];
      expect(answer, `an answer for ${step}`).not.to.equal(undefined);
      addSecret(secrets, answer as unknown);
      const values = (Array.isArray(answer) ? answer : [answer]).map(String);
      const inputs = [...root.querySelectorAll<HTMLInputElement>('input')];
      const choices = inputs.filter((i) => i.type === 'radio' || i.type === 'checkbox');
      if (choices.length) {
        for (const input of choices)
          if (values.includes(input.value)) {
            addSecret(secrets, visibleText(root.querySelector(`label[for="${input.id}"]`)));
            if (!input.checked) input.click();
          }
      } else {
        const input = inputs[0];
        input.value = values[0];
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    }
    // As a person would: the page updates after each choice before Continue is pressed.
    await el.updateComplete;
    const before = step;
    root.querySelector<HTMLButtonElement>('form button[type=submit], form button:not([type])')!.click();
    await el.updateComplete;
    if (!kind)
      await waitUntil(() => step !== before || kind, `left step ${before}`, { timeout: 3000 }).catch(() => {
        throw new Error(
          `stuck on ${before} with answers ${JSON.stringify(answers)}: ${visibleText(root).slice(0, 400)}`,
        );
      });
  }
  return kind;
}

const NATIONS: [string, Definition][] = [
  ['england', england as unknown as Definition],
  ['scotland', scotland as unknown as Definition],
  ['wales', wales as unknown as Definition],
  ['northern-ireland', northernIreland as unknown as Definition],
];

/** The definition's outcomes, with their ids and kinds (whatever shape the definition keeps them in). */
function outcomesOf(definition: Definition): { id: string; kind: string }[] {
  const raw = (definition as unknown as { outcomes: unknown }).outcomes;
  const list = Array.isArray(raw)
    ? (raw as { id: string; kind: string }[])
    : Object.entries(raw as Record<string, { kind: string }>).map(([id, o]) => ({ id, kind: o.kind }));
  return list.map(({ id, kind }) => ({ id, kind }));
}

/** Every outcome of a definition with the answers that reach it. */
function outcomeJourneys(definition: Definition): { id: string; kind: string; answers: Answers }[] {
  const found = journeys(definition);
  return outcomesOf(definition).map(({ id, kind }) => {
    const answers = found[`outcome:${id}`];
    expect(answers, `answers reaching outcome ${id}`).to.exist;
    return { id, kind, answers };
  });
}

function record(journey: string, target: AnalyticsTarget, sent: unknown[], secrets: Set<string>) {
  walks.push({ journey, target, sent, secrets });
  expect(leaked(walks.at(-1)!), `${journey} (${target}): secrets in what was forwarded`).to.deep.equal([]);
  const outside = leaves(sent).filter((v) => !isVocabulary(v));
  expect(outside, `${journey} (${target}): values outside the vocabulary`).to.deep.equal([]);
}

describe('the no-personal-data check can fail', () => {
  it('finds a postcode, a UPRN and an answer, and values outside the vocabulary', () => {
    const sent = [{ event: 'ldc_step', ldc_outcome: 'AA3 1AB', uprn: 100000003, answer: 'pip' }];
    const walk: Walk = {
      journey: 'leaky',
      target: 'datalayer',
      sent,
      secrets: new Set(['AA3 1AB', '100000003', 'pip']),
    };
    expect(leaked(walk)).to.deep.equal(['AA3 1AB', '100000003', 'pip']);
    expect(leaves(sent).filter((v) => !isVocabulary(v))).to.deep.equal(['AA3 1AB', 'uprn', 100000003, 'answer', 'pip']);
  });
});

describe('analytics never forwards personal data: every journey, every tool', function () {
  this.timeout(120_000);

  for (const [nation, definition] of NATIONS)
    it(`Blue Badge, ${nation}: every outcome`, async () => {
      for (const outcome of outcomeJourneys(definition))
        for (const target of ANALYTICS_TARGETS) {
          const sent = install(target);
          const secrets = new Set<string>([outcome.id]);
          const el = await fixture<Checker>(
            html`<ldc-blue-badge-checker nation=${nation} council="Zyxwold Borough Council" analytics=${target}>
            </ldc-blue-badge-checker>`,
          );
          expect(await walkChecker(el, outcome.answers, secrets)).to.equal(outcome.kind);
          await waitUntil(() => sent.length > 0 && JSON.stringify(sent).includes('completed'), 'forwarded');
          record(`blue-badge ${nation} → ${outcome.id} (${outcome.kind})`, target, sent, secrets);
        }
    });

  it('Free school meals (England): every outcome', async () => {
    const definition = fsm as unknown as Definition;
    for (const outcome of outcomeJourneys(definition))
      for (const target of ANALYTICS_TARGETS) {
        const sent = install(target);
        const secrets = new Set<string>([outcome.id]);
        const el = await fixture<Checker>(
          html`<ldc-eligibility-checker .definition=${definition} analytics=${target}></ldc-eligibility-checker>`,
        );
        expect(await walkChecker(el, outcome.answers, secrets)).to.equal(outcome.kind);
        await waitUntil(() => JSON.stringify(sent).includes('completed'), 'forwarded');
        record(`free-school-meals → ${outcome.id} (${outcome.kind})`, target, sent, secrets);
      }
  });

  it('Waste lookup (demo): each demo postcode through its addresses to bin days', async () => {
    for (const [name, postcode] of Object.entries(DEMO_POSTCODES))
      for (const target of ANALYTICS_TARGETS) {
        const sent = install(target);
        const secrets = new Set<string>([postcode, postcode.replace(' ', ''), postcode.toLowerCase()]);
        const el = await fixture<Checker>(
          html`<ldc-waste-lookup provider="demo" analytics=${target}></ldc-waste-lookup>`,
        );
        await el.whenSettled();
        const root = el.shadowRoot!;
        const input = root.querySelector<HTMLInputElement>('#postcode')!;
        input.value = postcode;
        input.dispatchEvent(new Event('input'));
        root.querySelector<HTMLButtonElement>('form button')!.click();
        await el.whenSettled();
        await el.updateComplete;
        // The lookup says what it found (or why not) in its status region.
        addSecret(secrets, visibleText(root.querySelector('[role=status]')));
        const radios = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
        const options = [...root.querySelectorAll<HTMLOptionElement>('select#address option')].filter((o) => o.value);
        for (const r of radios) addSecret(secrets, [r.value, visibleText(root.querySelector(`label[for="${r.id}"]`))]);
        for (const o of options) addSecret(secrets, [o.value, visibleText(o)]);
        if (radios.length + options.length === 0) {
          expect(name, 'only these demo postcodes have no addresses').to.be.oneOf(['none', 'outOfArea']);
        } else {
          if (radios.length) radios.at(-1)!.click();
          else {
            const select = root.querySelector<HTMLSelectElement>('select#address')!;
            select.value = options.at(-1)!.value;
            select.dispatchEvent(new Event('change'));
          }
          await el.updateComplete;
          const loaded = new Promise((r) => el.addEventListener('ldc-collections-loaded', r, { once: true }));
          root.querySelector<HTMLButtonElement>('form button[type=submit], form button:not([type])')!.click();
          await loaded;
          await el.whenSettled();
          addSecret(secrets, visibleText(root.querySelector('h1, h2, h3, h4, h5, h6')));
          await waitUntil(() => JSON.stringify(sent).includes('completed'), 'forwarded');
        }
        await new Promise((r) => setTimeout(r, 20));
        record(`waste-lookup demo ${postcode} (${name})`, target, sent, secrets);
      }
  });

  it('Waste lookup (demo) with a UPRN given: bin days straight away', async () => {
    for (const target of ANALYTICS_TARGETS) {
      const sent = install(target);
      const el = await fixture<Checker>(
        html`<ldc-waste-lookup provider="demo" uprn="100000003" analytics=${target}></ldc-waste-lookup>`,
      );
      await el.whenSettled();
      await waitUntil(() => JSON.stringify(sent).includes('completed'), 'forwarded');
      record('waste-lookup demo uprn', target, sent, new Set(['100000003']));
    }
  });

  it('Endorsement badge: verified and not found', async () => {
    for (const [orgId, expected] of [
      ['E09000007', 'verified'],
      ['E99999999', 'not-found'],
    ])
      for (const target of ANALYTICS_TARGETS) {
        const sent = install(target);
        const el = await fixture<Checker>(
          html`<ldc-endorsement-badge org-id=${orgId} analytics=${target}></ldc-endorsement-badge>`,
        );
        await el.whenSettled();
        await waitUntil(() => JSON.stringify(sent).includes(expected), `forwarded ${expected}`);
        const secrets = new Set([orgId, visibleText(el.shadowRoot!)].filter((s) => s.length > 3));
        record(`endorsement-badge ${orgId} (${expected})`, target, sent, secrets);
      }
  });

  it('Signatories list: a search forwards nothing', async () => {
    for (const target of ANALYTICS_TARGETS) {
      const sent = install(target);
      const el = await fixture<Checker>(
        html`<ldc-signatories-list analytics=${target} query="Qwertyfield"></ldc-signatories-list>`,
      );
      await el.whenSettled();
      await new Promise((r) => setTimeout(r, 50));
      expect(sent, 'nothing forwarded').to.deep.equal([]);
      record('signatories-list search', target, sent, new Set(['Qwertyfield']));
    }
  });

  after(() => {
    delete win.dataLayer;
    delete win._paq;
    delete win.plausible;
    // Coverage: journeys × forwarded actions (counted once per tool; every tool saw the same).
    const rows = new Map<string, Record<string, number>>();
    for (const w of walks.filter((w) => w.target === 'datalayer')) {
      const counts: Record<string, number> = { started: 0, step: 0, completed: 0 };
      for (const e of w.sent as { event: string; ldc_outcome?: string }[]) {
        const action = e.event.replace('ldc_', '');
        counts[action] = (counts[action] ?? 0) + 1;
        if (e.ldc_outcome) counts[`outcome ${e.ldc_outcome}`] = 1;
      }
      rows.set(w.journey, counts);
    }
    const lines = [...rows].map(
      ([journey, c]) =>
        `${journey}: started ${c.started}, step ${c.step}, completed ${c.completed}${Object.keys(c)
          .filter((k) => k.startsWith('outcome '))
          .map((k) => `, ${k}`)
          .join('')}`,
    );
    console.log(
      `no-personal-data coverage: ${rows.size} journeys × ${ANALYTICS_TARGETS.length} tools, ${walks.length} walks\n${lines.join('\n')}`,
    );
  });
});
