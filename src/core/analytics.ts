/**
 * Usage measurement without personal data: forwards a few facts about each journey to the
 * analytics a council already runs, when an element has `analytics="datalayer"`, `"matomo"` or
 * `"plausible"`. LdcElement loads this module on demand (dynamic import) the first time such an
 * element fires an event, so pages without the attribute never download it.
 *
 * What is forwarded is decided here, by an explicit list: each known event name maps to one of
 * three actions (started, step, completed) with fields from a closed vocabulary (the element's
 * tag, a step number, the type of page, the outcome kind). Nothing else is read from an event's
 * detail. Answers, postcodes, UPRNs, addresses, question and outcome ids, organisation ids and
 * free text are never forwarded; events this list does not name are ignored.
 *
 * The council's analytics object must already be on the page (`window.dataLayer`,
 * `window._paq`, `window.plausible`): this module never creates, replaces or patches a global.
 * If it is missing, one console warning names the attribute and nothing is sent.
 */
import type { LdcEventDetails, LdcEventName } from './events.js';
import type { OutcomeKind } from '../eligibility/types.js';
import { pickOption, warnOnce } from './warn.js';

export const ANALYTICS_TARGETS = ['datalayer', 'matomo', 'plausible'] as const;
export type AnalyticsTarget = (typeof ANALYTICS_TARGETS)[number];

/** The three things a journey reports. */
export type UsageAction = 'started' | 'step' | 'completed';

/** The type of page a step shows: never which question. */
export type StepType = 'question' | 'check' | 'result' | 'address';

/** The outcome kinds forwarded with `completed`: checker kinds, bin days, badge results. */
export const OUTCOMES = [
  'eligible',
  'may-be-eligible',
  'not-eligible',
  'contact-council',
  'different-service',
  'collections-found',
  'no-collections',
  'verified',
  'not-found',
  'unavailable',
  'other',
] as const;
export type UsageOutcome = (typeof OUTCOMES)[number];

/** One forwarded fact. Every field comes from a closed vocabulary or is a small step number. */
export interface UsageEvent {
  /** The element's tag, e.g. "ldc-blue-badge-checker". */
  component: string;
  action: UsageAction;
  /** `step` only: how many steps the resident has taken before this one (1 = first question). */
  step?: number;
  /** `step` only: the type of page. */
  stepType?: StepType;
  /** `completed` only: the kind of outcome. */
  outcome?: UsageOutcome;
}

const CHECKER_KINDS: readonly OutcomeKind[] = [
  'eligible',
  'may-be-eligible',
  'not-eligible',
  'contact-council',
  'different-service',
];

/** A step number we forward: a small whole number, or nothing. */
const stepNumber = (value: unknown): number | undefined =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1000 ? (value as number) : undefined;

/** Elements whose journey has started since they last showed their start page. */
const started = new WeakSet<Element>();

type Mapper<K extends LdcEventName> = (detail: LdcEventDetails[K], host: Element) => Omit<UsageEvent, 'component'>[];

/**
 * The whitelist: each event this module forwards and the facts it takes from it. An event not
 * named here (a new one another component adds) forwards nothing until it is added, with a test.
 */
const MAP: { [K in LdcEventName]?: Mapper<K> } = {
  'ldc-step': (detail, host) => {
    const id = typeof detail?.id === 'string' ? detail.id : '';
    if (!id || id === 'start') {
      started.delete(host);
      return [];
    }
    const out: Omit<UsageEvent, 'component'>[] = [];
    if (!started.has(host)) {
      started.add(host);
      out.push({ action: 'started' });
    }
    const stepType: StepType = id === 'check' || id === 'result' ? id : 'question';
    out.push({ action: 'step', step: stepNumber(detail.index), stepType });
    return out;
  },
  'ldc-result': (detail) => [
    {
      action: 'completed',
      outcome: (CHECKER_KINDS as readonly string[]).includes(detail?.kind) ? detail.kind : 'other',
    },
  ],
  // The UPRN in the detail identifies a property: it is never read.
  'ldc-address-selected': () => [{ action: 'step', stepType: 'address' }],
  'ldc-collections-loaded': (detail) => [
    { action: 'completed', outcome: stepNumber(detail?.count) === 0 ? 'no-collections' : 'collections-found' },
  ],
  'ldc-verified': () => [{ action: 'completed', outcome: 'verified' }],
  'ldc-not-verified': (detail) => [
    { action: 'completed', outcome: detail?.reason === 'not-found' ? 'not-found' : 'unavailable' },
  ],
};

/** The facts an event forwards (empty for events not on the whitelist). Exported for tests and docs. */
export function usageEvents(host: Element, type: string, detail: unknown): UsageEvent[] {
  const map = (MAP as Record<string, Mapper<LdcEventName> | undefined>)[type];
  if (!map) return [];
  const component = host.localName;
  return map(detail as never, host).map((e) => ({ component, ...e }));
}

interface Pushable {
  push(...items: unknown[]): unknown;
}
interface AnalyticsWindow {
  dataLayer?: Pushable;
  _paq?: Pushable;
  plausible?: (event: string, options?: { props?: Record<string, string> }) => unknown;
}

const eventName = (e: UsageEvent) => `ldc_${e.action}`;

/** The datalayer (Google Tag Manager) object: every key always present, so no value lingers in GTM's model. */
export function toDataLayer(e: UsageEvent): Record<string, string | number | undefined> {
  return {
    event: eventName(e),
    ldc_component: e.component,
    ldc_step: e.step,
    ldc_step_type: e.stepType,
    ldc_outcome: e.outcome,
  };
}

/** Matomo's trackEvent: category (the element), action, name (step type or outcome), value (step number). */
export function toMatomo(e: UsageEvent): (string | number)[] {
  const call: (string | number)[] = ['trackEvent', e.component, e.action];
  const name = e.stepType ?? e.outcome;
  if (name) call.push(name);
  if (name && e.step !== undefined) call.push(e.step);
  return call;
}

/** Plausible's custom event: a name and string props. */
export function toPlausible(e: UsageEvent): [string, { props: Record<string, string> }] {
  const props: Record<string, string> = { component: e.component };
  if (e.step !== undefined) props.step = String(e.step);
  if (e.stepType) props.step_type = e.stepType;
  if (e.outcome) props.outcome = e.outcome;
  return [eventName(e), { props }];
}

const GLOBALS: Record<AnalyticsTarget, string> = {
  datalayer: 'window.dataLayer (Google Tag Manager)',
  matomo: 'window._paq (Matomo)',
  plausible: 'window.plausible (Plausible)',
};

/**
 * Called by LdcElement.emit for every event of an element with an `analytics` attribute: sends
 * the whitelisted facts to the council's analytics object, if the page has one.
 */
export function forward(host: Element & { analytics?: unknown }, type: string, detail: unknown): void {
  const value = host.analytics;
  if (!value || value === 'none') return;
  const target = pickOption(value, ANALYTICS_TARGETS, 'none' as AnalyticsTarget, {
    element: host.localName,
    attribute: 'analytics',
  });
  if (!(ANALYTICS_TARGETS as readonly string[]).includes(target)) return;
  const events = usageEvents(host, type, detail);
  if (!events.length) return;
  const win = (host.ownerDocument.defaultView ?? {}) as AnalyticsWindow;
  const sink =
    target === 'datalayer'
      ? pushTo(win.dataLayer, (e) => [toDataLayer(e)])
      : target === 'matomo'
        ? pushTo(win._paq, (e) => [toMatomo(e)])
        : typeof win.plausible === 'function'
          ? (e: UsageEvent) => void win.plausible!(...toPlausible(e))
          : null;
  if (!sink) {
    warnOnce(
      `<${host.localName}>: analytics="${target}" forwards usage to ${GLOBALS[target]}, which this page does not have, ` +
        `so nothing is sent. Load your analytics before the component, or remove the analytics attribute.`,
    );
    return;
  }
  for (const e of events) sink(e);
}

function pushTo(target: Pushable | undefined, items: (e: UsageEvent) => unknown[]) {
  return target && typeof target.push === 'function' ? (e: UsageEvent) => void target.push(...items(e)) : null;
}
