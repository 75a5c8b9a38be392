import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LdcElement } from '../../core/ldc-element.js';
import { focusElement } from '../../core/focus.js';
import { policyUrl } from '../../core/url-policy.js';
import { errorOnce, numberOption, warnIgnored } from '../../core/warn.js';
import { checkAddresses, checkSchedule, isUprn } from '../../waste/check.js';
import { addDays, isUsableDate, londonToday } from '../../waste/dates.js';
import { checkPostcode } from '../../waste/postcode.js';
import { providerFromConfig } from '../../waste/providers/index.js';
import { fillTemplate } from '../../waste/template.js';
import {
  ProviderError,
  type Address,
  type ProviderErrorKind,
  type Schedule,
  type WasteProvider,
} from '../../waste/types.js';
import {
  backLink,
  button,
  configProblem,
  errorSummary,
  focusErrorSummary,
  focusStepHeading,
  heading,
  insetText,
  linkButton,
  notificationBanner,
  patternStyles,
  radios,
  select,
  statusRegion,
  subLevel,
  textInput,
  warningText,
} from '../../patterns/index.js';
import { binPictureStyles } from './bin-picture.js';
import { servicesView } from './results-view.js';
import { lookupStyles } from './waste-lookup.styles.js';
import { problemText } from './wording.js';

type Step = 'postcode' | 'address' | 'results';
/** Up to this many addresses are radios; more are a select (GOV.UK: radios for a few). */
const MAX_RADIOS = 8;
/** How far ahead to show collections. */
const WEEKS_AHEAD = 8;
const REMEMBER_KEY = 'ldc-waste-lookup:address';
const ELEMENT = 'ldc-waste-lookup';
const DEFAULT_TIMEOUT = 10_000;
/** The attributes that name a provider's addresses, each a request under the URL policy. */
const URL_ATTRIBUTES = [
  ['endpoint', 'endpoint'],
  ['addressesUrl', 'addresses-url'],
  ['collectionsUrl', 'collections-url'],
  ['icsUrl', 'ics-url'],
] as const;

/**
 * Postcode → address → bin days, over a pluggable data provider, with add-to-calendar.
 * Works with the Local Waste Service Standards API, UKBinCollectionData JSON, an ICS feed per
 * property, or any object that implements the WasteProvider interface. There is no default: with
 * no `provider` it shows the configuration message and the fallback content. `provider="demo"`
 * shows invented bin days for a fictional council, and says so on screen.
 *
 * @tag ldc-waste-lookup
 * @summary Find your bin collection days from a postcode, and add them to your calendar.
 *
 * @slot - Fallback content, shown when JavaScript does not run or the configuration is wrong
 *   (for example a link to the council's bin day page).
 *
 * @csspart service - One waste service in the results.
 * @csspart input - The postcode box.
 * @csspart button - Every button.
 * @csspart error-summary - The error summary.
 * @csspart download - The calendar download link.
 *
 * @cssprop --ldc-color-bin-black - And the other --ldc-color-bin-* tokens: container colours.
 * @cssprop --ldc-color-brand - The border of change notices.
 * @cssprop --ldc-color-focus - Focus highlight.
 *
 * @fires ldc-address-selected - An address was chosen. detail: { uprn }
 * @fires ldc-collections-loaded - Bin days loaded. detail: { count }
 */
export class LdcWasteLookup extends LdcElement {
  static override styles = [...LdcElement.styles, ...patternStyles, ...binPictureStyles, lookupStyles];

  /**
   * Required: `lwss`, `ukbcd` or `ics` (with their URL attributes), `demo` for example data; or,
   * as a property, your own object with findAddresses(postcode, { signal }) and
   * getCollections(uprn, { signal, from, to }).
   */
  @property() provider?: string | WasteProvider;
  /** Local Waste Service Standards API base URL (provider="lwss"). */
  @property() endpoint = '';
  /** Address lookup URL with {postcode}, returning [{ uprn, label }] (providers ukbcd and ics). */
  @property({ attribute: 'addresses-url' }) addressesUrl = '';
  /** UKBinCollectionData-shaped JSON URL with {uprn} (provider="ukbcd"). */
  @property({ attribute: 'collections-url' }) collectionsUrl = '';
  /** ICS feed URL with {uprn} (provider="ics"). */
  @property({ attribute: 'ics-url' }) icsUrl = '';
  /** Show this property's bin days straight away (a UPRN: 1 to 12 digits). */
  @property() uprn = '';
  /** "Report a missed collection" link; {uprn} is filled in. https:, http:, mailto:, tel: or relative. */
  @property({ attribute: 'missed-href' }) missedHref = '';
  /** "I can't find my address" link. https:, http:, mailto:, tel: or relative. */
  @property({ attribute: 'cant-find-href' }) cantFindHref = '';
  /** Level of the widget's headings; 2 by default. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;
  /** Keep the last address in this browser (localStorage), so returning residents see their bin days. */
  @property({ type: Boolean }) remember = false;
  /** Milliseconds each request may take: 1 to 600000, 10000 by default. */
  @property() timeout?: string | number;
  /** The date treated as today (YYYY-MM-DD); for tests and demos. London's today by default. */
  @property() today = '';

  @state() private step: Step = 'postcode';
  @state() private postcode = '';
  @state() private postcodeError = '';
  @state() private addresses: Address[] = [];
  @state() private chosen = '';
  @state() private addressError = '';
  @state() private address: Address | null = null;
  @state() private schedule: Schedule | null = null;
  @state() private busy = false;
  @state() private problem: ProviderErrorKind | 'unknown' | null = null;
  @state() private configProblem = '';
  @state() private announcement = '';
  @state() private calendarUrl = '';
  private data: WasteProvider | null = null;
  private timeoutMs = DEFAULT_TIMEOUT;
  /** The `today` attribute when it is a real date; '' for London's today. */
  private fixedToday = '';
  private cantFindUrl = '';
  private inFlight?: AbortController;
  private focusAfter: 'heading' | 'summary' | 'problem' | null = null;
  private retry: (() => void) | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const has = (k: string) => (changed as Map<PropertyKey, unknown>).has(k);
    if (!this.hasUpdated || ['provider', 'endpoint', 'addressesUrl', 'collectionsUrl', 'icsUrl'].some(has))
      this.configure();
    if (has('timeout')) {
      const where = { element: ELEMENT, attribute: 'timeout' };
      this.timeoutMs = numberOption(this.timeout, DEFAULT_TIMEOUT, where, { min: 1, max: 600_000 });
    }
    if (has('today')) {
      this.fixedToday = isUsableDate(this.today) ? this.today : '';
      if (this.today && !this.fixedToday)
        warnIgnored(
          { element: ELEMENT, attribute: 'today' },
          this.today,
          'use a date like 2026-12-01. Using today in London',
        );
    }
    if (has('cantFindHref'))
      this.cantFindUrl = policyUrl(this.cantFindHref, { element: ELEMENT, field: 'cant-find-href' });
    if (!this.data) return;
    if (has('uprn') && this.uprn) {
      if (isUprn(this.uprn)) this.pending = this.showProperty({ uprn: this.uprn, label: '' });
      else warnIgnored({ element: ELEMENT, attribute: 'uprn' }, this.uprn, 'use 1 to 12 digits. Asking for a postcode');
    } else if (!this.hasUpdated && this.remember) {
      const saved = readRemembered();
      if (saved) {
        this.postcode = saved.postcode;
        this.pending = this.showProperty(saved);
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inFlight?.abort();
    if (this.calendarUrl) URL.revokeObjectURL(this.calendarUrl);
  }

  /** The provider from `provider` and the URL attributes; a problem is shown, never thrown. */
  private configure(): void {
    this.data = null;
    this.configProblem = '';
    const p = this.provider;
    try {
      if (typeof p === 'object' && p) {
        if (typeof p.findAddresses !== 'function' || typeof p.getCollections !== 'function')
          throw new Error('the provider property needs findAddresses() and getCollections() methods');
        this.data = p;
        return;
      }
      if (!p)
        throw new Error(
          'provider is missing: use provider="lwss", "ukbcd" or "ics" with your council’s addresses, or set the provider property to your own (provider="demo" shows example data)',
        );
      // Provider addresses are requests: through the URL policy, which names a refused one.
      const urls: Record<string, string> = {};
      for (const [key, attribute] of URL_ATTRIBUTES) {
        urls[key] = policyUrl(this[key], { element: ELEMENT, field: attribute }, 'request');
        if (this[key] && !urls[key]) {
          this.configProblem = `${attribute}="${String(this[key]).slice(0, 200)}" is not an address it may request (https:, http: or relative)`;
          return;
        }
      }
      this.data = providerFromConfig(String(p), urls);
    } catch (e) {
      this.configProblem = e instanceof Error ? e.message : String(e);
      errorOnce(`<${ELEMENT}>: ${this.configProblem}`);
    }
  }

  private get todayIso(): string {
    return this.fixedToday || londonToday();
  }

  /** Runs one provider call: cancels the one before, times out, and never throws. */
  private async call<T>(work: (signal: AbortSignal) => Promise<T>, loading: string): Promise<T | undefined> {
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    this.busy = true;
    this.problem = null;
    this.announcement = loading;
    const timer = setTimeout(() => controller.abort('timeout'), this.timeoutMs);
    try {
      return await work(controller.signal);
    } catch (e) {
      if (this.inFlight !== controller) return undefined; // replaced by a newer search: say nothing
      const kind: ProviderErrorKind | 'unknown' =
        controller.signal.aborted && controller.signal.reason === 'timeout'
          ? 'timeout'
          : e instanceof ProviderError
            ? e.kind
            : 'unknown';
      this.problem = kind;
      this.announcement = problemText(kind);
      this.focusAfter = 'problem';
      if (!(e instanceof ProviderError)) console.error('<ldc-waste-lookup>: the provider failed', e);
      return undefined;
    } finally {
      clearTimeout(timer);
      if (this.inFlight === controller) {
        this.busy = false;
        this.inFlight = undefined;
      }
    }
  }

  private searchPostcode = (e?: Event) => {
    e?.preventDefault();
    this.pending = this.findAddresses();
  };

  private async findAddresses(): Promise<void> {
    const checked = checkPostcode(this.postcode);
    if (!checked.ok) {
      this.postcodeError =
        checked.error === 'empty' ? msg('Enter a postcode') : msg('Enter a full UK postcode, like AA3 1AB');
      this.focusAfter = 'summary';
      return;
    }
    this.postcode = checked.postcode;
    this.postcodeError = '';
    this.retry = () => this.searchPostcode();
    const found = await this.call(
      async (signal) =>
        checkAddresses(await this.data!.findAddresses(checked.postcode, { signal, timeoutMs: this.timeoutMs })),
      msg('Finding addresses'),
    );
    if (!found) return;
    if (!found.length) {
      this.postcodeError = msg(
        str`We could not find any addresses for ${checked.postcode}. Check the postcode is right.`,
      );
      this.announcement = this.postcodeError;
      this.focusAfter = 'summary';
      return;
    }
    this.addresses = found;
    this.chosen = found.length === 1 ? found[0].uprn : '';
    this.addressError = '';
    this.announcement = found.length === 1 ? msg('1 address found') : msg(str`${found.length} addresses found`);
    this.goTo('address');
  }

  private chooseAddress = (e: Event) => {
    e.preventDefault();
    const address = this.addresses.find((a) => a.uprn === this.chosen);
    if (!address) {
      this.addressError = msg('Select your address');
      this.focusAfter = 'summary';
      return;
    }
    this.emit('ldc-address-selected', { uprn: address.uprn });
    this.pending = this.showProperty(address);
  };

  private async showProperty(address: Address): Promise<void> {
    const from = this.todayIso;
    const to = addDays(from, WEEKS_AHEAD * 7);
    this.retry = () => (this.pending = this.showProperty(address));
    // The calendar writer loads beside the request, only when a resident reaches their bin days.
    const writer = import('../../waste/ics-writer.js').catch(() => undefined);
    const schedule = await this.call(
      async (signal) =>
        checkSchedule(await this.data!.getCollections(address.uprn, { signal, from, to, timeoutMs: this.timeoutMs })),
      msg('Loading bin days'),
    );
    if (!schedule) return;
    const calendar = (await writer)?.writeCalendar;
    if (this.inFlight) return; // a newer search started meanwhile
    this.address = address;
    this.schedule = schedule;
    this.makeCalendar(calendar);
    if (this.remember) writeRemembered({ ...address, postcode: this.postcode });
    const count = schedule.collections.length;
    this.announcement = count ? msg('Bin days loaded') : msg('This property has no collections.');
    this.emit('ldc-collections-loaded', { count });
    this.goTo('results');
  }

  /** The download: a calendar file of the days shown; left out (with a console error) if it cannot be made. */
  private makeCalendar(write?: (typeof import('../../waste/ics-writer.js'))['writeCalendar']): void {
    if (this.calendarUrl) URL.revokeObjectURL(this.calendarUrl);
    this.calendarUrl = '';
    if (!this.schedule?.collections.length || !this.address) return;
    try {
      const ics = write!(this.schedule, {
        name: this.address.label ? msg(str`Bin days: ${this.address.label}`) : msg('Bin days'),
        uprn: this.address.uprn,
      });
      this.calendarUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    } catch (e) {
      console.error(`<${ELEMENT}>: the calendar file could not be made`, e); // the page still shows the days
    }
  }

  private goTo(step: Step): void {
    this.step = step;
    this.problem = null;
    this.focusAfter = 'heading';
  }

  protected override updated(): void {
    const target = this.focusAfter;
    this.focusAfter = null;
    if (target === 'summary') focusErrorSummary(this.renderRoot);
    else if (target === 'problem') focusElement(this.renderRoot.querySelector<HTMLElement>('[data-problem]'));
    else if (target === 'heading') focusStepHeading(this.renderRoot);
  }

  // ---- rendering --------------------------------------------------------------------------

  override render() {
    if (this.configProblem || !this.data)
      return configProblem(msg('This bin day finder is not set up correctly.'), this.configProblem);
    const level = this.headingLevelFrom(this.headingLevel);
    return html`<div class="ldc-root" aria-busy=${this.busy ? 'true' : 'false'}>
      ${
        this.data.example
          ? insetText(msg('These are example bin days for a fictional council, not real collections.'))
          : nothing
      }
      ${statusRegion(this.announcement)} ${this.renderProblem(level)}
      ${this.busy ? html`<p class="ldc-body loading" aria-hidden="true">${this.announcement}…</p>` : nothing}
      ${
        this.step === 'postcode'
          ? this.renderPostcode(level)
          : this.step === 'address'
            ? this.renderAddress(level)
            : this.renderResults(level)
      }
    </div>`;
  }

  private cantFind() {
    return this.cantFindUrl
      ? html`<p class="ldc-body"><a href=${this.cantFindUrl}>${msg('I can’t find my address')}</a></p>`
      : nothing;
  }

  private renderProblem(level: 1 | 2 | 3 | 4 | 5 | 6) {
    if (!this.problem) return nothing;
    // The banner takes focus when it appears (data-problem), so its words are read at once.
    return html`<div part="problem" data-problem>
      ${notificationBanner({
        id: 'problem',
        title: msg('Sorry, we cannot show bin days right now'),
        headingLevel: level,
        content: html`<p class="ldc-body">${problemText(this.problem)}</p>
          ${button({ text: msg('Try again'), type: 'button', variant: 'secondary', onClick: () => this.retry?.() })}
          ${
            this.cantFindUrl
              ? html`<p class="ldc-body"><a href=${this.cantFindUrl}>${msg('Find your bin day another way')}</a></p>`
              : nothing
          }`,
      })}
    </div>`;
  }

  private renderPostcode(level: 1 | 2 | 3 | 4 | 5 | 6) {
    return html`<form novalidate @submit=${this.searchPostcode}>
      ${errorSummary(this.postcodeError ? [{ target: 'postcode', text: this.postcodeError }] : [], level)}
      ${textInput({
        id: 'postcode',
        name: 'postcode',
        label: msg('What is your postcode?'),
        hint: msg('For example, AA3 1AB'),
        headingLevel: level,
        error: this.postcodeError || undefined,
        value: this.postcode,
        width: '10',
        autocomplete: 'postal-code',
        spellcheck: false,
        host: this.localName,
        onInput: (v) => (this.postcode = v),
      })}
      ${button({ text: msg('Find bin days') })} ${this.postcodeError ? this.cantFind() : nothing}
    </form>`;
  }

  private renderAddress(level: 1 | 2 | 3 | 4 | 5 | 6) {
    const options = this.addresses.map((a) => ({ value: a.uprn, text: a.label }));
    const common = {
      id: 'address',
      name: 'uprn',
      label: msg('Select your address'),
      hint: msg(str`Addresses at ${this.postcode}`),
      headingLevel: level,
      error: this.addressError || undefined,
    };
    return html`${backLink(() => this.goTo('postcode'), msg('Change postcode'))}
      <form novalidate @submit=${this.chooseAddress}>
        ${errorSummary(this.addressError ? [{ target: 'address', text: this.addressError }] : [], level)}
        ${
          options.length <= MAX_RADIOS
            ? radios({ ...common, items: options, value: this.chosen, onChange: (v) => (this.chosen = v) })
            : select({
                ...common,
                options,
                placeholder: msg(str`${options.length} addresses found`),
                value: this.chosen,
                onChange: (v) => (this.chosen = v),
              })
        }
        ${this.cantFind()} ${button({ text: msg('Continue') })}
      </form>`;
  }

  private renderResults(level: 1 | 2 | 3 | 4 | 5 | 6) {
    const schedule = this.schedule;
    if (!schedule) return nothing;
    const missed =
      this.missedHref && this.address
        ? policyUrl(fillTemplate(this.missedHref, { uprn: this.address.uprn }), {
            element: ELEMENT,
            field: 'missed-href',
          })
        : '';
    const feed = webcal(
      policyUrl(schedule.feedUrl, { element: ELEMENT, field: 'feedUrl' }),
      this.ownerDocument.baseURI,
    );
    const sub = subLevel(level);
    return html`${heading(level, msg('Your bin days'), { class: 'ldc-heading-l ldc-step-heading' })}
      ${this.address?.label ? html`<p class="ldc-body address-line">${this.address.label}</p>` : nothing}
      <div class="actions">
        ${this.addresses.length > 1 ? linkButton(msg('Change address'), () => this.goTo('address')) : nothing}
        ${linkButton(msg('Search again'), () => this.goTo('postcode'), msg('with a different postcode'))}
      </div>
      ${
        schedule.collections.length
          ? html`${servicesView({ schedule, today: this.todayIso, locale: dateLocale(this.locale), level })}
            ${missed ? html`<p class="ldc-body"><a href=${missed}>${msg('Report a missed collection')}</a></p>` : nothing}
            ${
              this.calendarUrl || feed
                ? html`<section class="calendar" aria-labelledby="calendar-title">
                    ${heading(sub, msg('Add to your calendar'), { class: 'ldc-heading-m', id: 'calendar-title' })}
                    ${
                      this.calendarUrl
                        ? html`<p class="ldc-body">
                            <a href=${this.calendarUrl} download="bin-days.ics" part="download"
                              >${msg('Download your bin days')}<span class="ldc-visually-hidden">
                                ${msg('as a calendar file')}</span
                              ></a
                            >
                            (.ics)
                          </p>`
                        : nothing
                    }
                    ${
                      feed
                        ? html`<p class="ldc-body">
                            <a href=${feed}>${msg('Subscribe to your bin days calendar')}</a>
                          </p>`
                        : nothing
                    }
                  </section>`
                : nothing
            }`
          : html`${warningText(msg('This property has no collections.'))} ${this.cantFind()}`
      }`;
  }
}

/** A locale Intl accepts (a page's lang="!!" must not stop the dates rendering), or en-GB. */
function dateLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/**
 * The subscribe link: webcal: made by us, only from an http(s) feed address that passed the URL
 * policy (relative addresses resolved against the page); '' for anything else.
 */
function webcal(feed: string, base: string): string {
  try {
    const url = new URL(feed, base);
    return feed && /^https?:$/.test(url.protocol) ? `webcal:${url.href.slice(url.protocol.length)}` : '';
  } catch {
    return '';
  }
}

interface Remembered extends Address {
  postcode: string;
}

function readRemembered(): Remembered | null {
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(REMEMBER_KEY) ?? 'null') as Partial<Remembered> | null;
    return v && isUprn(v.uprn) && typeof v.label === 'string' && typeof v.postcode === 'string'
      ? { uprn: v.uprn, label: v.label, postcode: v.postcode }
      : null;
  } catch {
    return null;
  }
}

function writeRemembered(v: Remembered): void {
  try {
    globalThis.localStorage?.setItem(
      REMEMBER_KEY,
      JSON.stringify({ uprn: v.uprn, label: v.label, postcode: v.postcode }),
    );
  } catch {
    // storage forbidden: nothing to remember
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ldc-waste-lookup': LdcWasteLookup;
  }
}
