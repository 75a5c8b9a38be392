import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { adoptMore } from '../../core/adopt.js';
import { property, state } from 'lit/decorators.js';
import { FocusController } from '../../core/controllers/focus-controller.js';
import { LoadController } from '../../core/controllers/load-controller.js';
import { msg, str } from '../../core/i18n.js';
import { LdcElement, type HeadingLevel } from '../../core/ldc-element.js';
import { policyUrl } from '../../core/url-policy.js';
import { errorOnce, numberOption, warnIgnored } from '../../core/warn.js';
import { isUprn } from '../../waste/uprn.js';
import { addDays, isUsableDate, londonToday } from '../../waste/dates.js';
import { whenIdle } from '../../core/intl.js';
import { checkPostcode } from '../../waste/postcode.js';
import { onProviderRegistered, providerFromConfig, registerWasteProvider } from '../../waste/providers/index.js';
import { fillTemplate } from '../../waste/template.js';
import { ProviderError, type Address, type ProviderErrorKind, type WasteProvider } from '../../waste/types.js';
import {
  bannerStyles,
  button,
  buttonStyles,
  configProblem,
  configProblemStyles,
  controlStyles,
  errorSummary,
  errorSummaryStyles,
  fieldStyles,
  insetStyles,
  insetText,
  inputStyles,
  notificationBanner,
  statusRegion,
  textInput,
} from '../../patterns/index.js';
import { lookupStyles } from './waste-lookup.styles.js';
import { problemText } from './problem.js';
import type { AddressStep, Input, OutOfAreaStep, PostcodeStep, ResultsStep, Step } from './state.js';

type ResultsModule = typeof import('./results.js');
type StepsModule = typeof import('./address-step.js');

/** A request to the provider, kept so that "Try again" repeats it. */
type Request = { kind: 'addresses'; postcode: string } | { kind: 'collections'; address: Address; from: Step };

/** The window asked for, in days; then the look-ahead for services with fewer collections. */
const WINDOW_DAYS = 56;
/** Collections each service shows: the next one and three after it. */
const PER_SERVICE = 4;
/** How far the look-ahead goes: three years, enough for a collection once a year to show three dates. */
const LOOK_AHEAD_DAYS = 3 * 366;
const REMEMBER_KEY = 'ldc-waste-lookup:address';
const ELEMENT = 'ldc-waste-lookup';
const DEFAULT_TIMEOUT = 10_000;
/** Attributes that set a built-in provider's addresses, as provider-options keys. */
const URL_ATTRIBUTES = [
  ['endpoint', 'endpoint'],
  ['addressesUrl', 'addresses-url'],
  ['collectionsUrl', 'collections-url'],
  ['icsUrl', 'ics-url'],
] as const;
/** Option keys that are addresses to request, whoever's provider reads them. */
const isUrlKey = (key: string) => key === 'endpoint' || /url$/i.test(key);

/**
 * Postcode → address → bin days, over a pluggable data provider, with add-to-calendar and
 * reminders. Works with the Local Waste Service Standards API, UKBinCollectionData JSON, an ICS
 * feed per property, a provider registered with registerWasteProvider(), or any object that
 * implements the WasteProvider interface. There is no default: with no `provider` it shows the
 * configuration message and the fallback content. `provider="demo"` shows invented bin days for a
 * fictional council, and says so on screen.
 *
 * @tag ldc-waste-lookup
 * @summary Find your bin collection days from a postcode, and add them to your calendar.
 *
 * @slot - Fallback content, shown when JavaScript does not run or the configuration is wrong
 *   (for example a link to the council's bin day page).
 *
 * @csspart service - One waste service in the results.
 * @csspart outcome - How today's collection went ("Collected today").
 * @csspart input - The postcode box.
 * @csspart button - Every button.
 * @csspart error-summary - The error summary.
 * @csspart download - The calendar download link (every service).
 * @csspart download-service - A calendar download link for one service.
 * @csspart subscribe - The calendar subscription link.
 *
 * @cssprop --ldc-color-bin-black - And the other --ldc-color-bin-* tokens: container colours.
 * @cssprop --ldc-color-brand - The border of change notices.
 * @cssprop --ldc-color-focus - Focus highlight.
 *
 * @fires {CustomEvent<LdcAddressSelectedDetail>} ldc-address-selected - An address was chosen. detail: { uprn }
 * @fires {CustomEvent<LdcCollectionsLoadedDetail>} ldc-collections-loaded - Bin days are on screen. detail: { count }
 */
export class LdcWasteLookup extends LdcElement {
  /** The postcode step's styles; the address step and the results bring theirs with their code. */
  static override styles = [
    ...LdcElement.styles,
    fieldStyles,
    controlStyles,
    inputStyles,
    buttonStyles,
    errorSummaryStyles,
    insetStyles,
    bannerStyles,
    configProblemStyles,
    lookupStyles,
  ];

  /**
   * registerWasteProvider(name, factory), for pages that load the CDN bundle and import nothing:
   * `customElements.get('ldc-waste-lookup').registerProvider('ashdown', (options) => ({ … }))`.
   */
  static registerProvider = registerWasteProvider;
  /** The error class providers reject with: `new ProviderError('network', 'Failed to fetch')`. */
  static ProviderError = ProviderError;

  /**
   * Required: `lwss`, `ukbcd` or `ics` (with their addresses), `demo` for example data, the name
   * of a provider registered with registerWasteProvider(); or, as a property, your own object with
   * findAddresses(postcode, { signal, timeoutMs }) and getCollections(uprn, { signal, timeoutMs, from, to, lookAhead }).
   */
  @property() provider?: string | WasteProvider;
  /**
   * Settings for the provider, as JSON (or an object, as a property): `{"endpoint": "…"}`,
   * `{"addressesUrl": "…", "icsUrl": "…", "tidyNames": true}`, or your registered provider's own.
   * Keys named `endpoint` or ending in `Url` are addresses, checked by the URL policy.
   */
  @property({ attribute: 'provider-options' }) providerOptions?: string | Record<string, unknown>;
  /** Local Waste Service Standards API base URL (provider="lwss"); the same as provider-options `endpoint`. */
  @property() endpoint = '';
  /** Address lookup URL with {postcode}, returning [{ uprn, label }] (providers ukbcd and ics). */
  @property({ attribute: 'addresses-url' }) addressesUrl = '';
  /** UKBinCollectionData-shaped JSON URL with {uprn} (provider="ukbcd"). */
  @property({ attribute: 'collections-url' }) collectionsUrl = '';
  /** ICS feed URL with {uprn} (provider="ics"); a {reminder} in its query is filled in the subscription link. */
  @property({ attribute: 'ics-url' }) icsUrl = '';
  /**
   * Corrections to the council's own service names, colours and containers, as JSON (or an object):
   * `{"Green Bin": {"name": "Garden waste", "colour": "green"}}`. Keys are service ids or names.
   */
  @property({ attribute: 'service-map' }) serviceMap?: string | Record<string, unknown>;
  /**
   * The postcode areas, districts or sectors the council covers, separated by spaces ("AA3 AA4 BB1 2"):
   * a postcode outside them with no addresses is "not in this council's area", with a link to GOV.UK.
   */
  @property({ attribute: 'postcode-areas' }) postcodeAreas = '';
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

  /** The one state: where the resident is, and what they typed and chose. */
  @state() private state: { step: Step; input: Input } = {
    step: { name: 'postcode' },
    input: { postcode: '', uprn: '', reminder: '' },
  };

  /** The provider request in flight: cancellation, the timeout and its outcome live here, and only here. */
  #load = new LoadController<Step>(this);
  #focus = new FocusController(this);
  #request: Request | null = null;
  #provider: WasteProvider | null = null;
  #configProblem = '';
  /** A provider name not registered yet: the lookup starts when it is. */
  #waitingFor = '';
  #stopWaiting?: () => void;
  #results: ResultsModule | null = null;
  #steps: StepsModule | null = null;
  /** Calendar files made for these bin days (their code comes with the results). */
  #calendars: import('./calendar-files.js').CalendarFiles | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const has = (k: string) => (changed as Map<PropertyKey, unknown>).has(k);
    if (
      !this.hasUpdated ||
      ['provider', 'providerOptions', 'endpoint', 'addressesUrl', 'collectionsUrl', 'icsUrl'].some(has)
    )
      this.#configure();
    if (has('timeout')) this.#timeoutMs();
    if (has('today') && this.today && !isUsableDate(this.today))
      warnIgnored(
        { element: ELEMENT, attribute: 'today' },
        this.today,
        'use a date like 2026-12-01. Using today in London',
      );
    if (!this.#provider) return;
    if (has('uprn') && this.uprn) {
      if (isUprn(this.uprn)) this.#showProperty({ uprn: this.uprn, label: '' }, this.state.step);
      else warnIgnored({ element: ELEMENT, attribute: 'uprn' }, this.uprn, 'use 1 to 12 digits. Asking for a postcode');
    } else if (!this.hasUpdated && this.remember) {
      const saved = readRemembered();
      if (saved) {
        this.#input({ postcode: saved.postcode });
        this.#showProperty(saved, { name: 'postcode' });
      }
    }
  }

  protected override firstUpdated(): void {
    // While the page is idle, London's date (Intl's time zones are slow to wake), the provider's
    // code and the address step's (about 1.5 KB), so that a search waits for none of them; the
    // address step warms the bin days' formatters and fetches their code the same way (#arrive).
    whenIdle(() => {
      void londonToday();
      this.#provider?.prefetch?.();
      this.#prefetch('steps');
    });
  }

  /**
   * A later step's code, fetched early while the page is idle, then its templates prepared while
   * idle again (core/warm.ts); a failure here is retried when it is needed.
   */
  #prefetch(which: 'steps' | 'results'): void {
    if (this.#provider)
      this.#loadCode(which).then(
        (code) => code.warm(this.headingLevelFrom(this.headingLevel)),
        () => undefined,
      );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWaiting = onProviderRegistered((name) => {
      if (name === this.#waitingFor) {
        this.#configure();
        this.requestUpdate();
      }
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWaiting?.();
    this.#calendars?.revoke();
  }

  #timeoutMs(): number {
    return numberOption(
      this.timeout,
      DEFAULT_TIMEOUT,
      { element: ELEMENT, attribute: 'timeout' },
      { min: 1, max: 600_000 },
    );
  }

  /** Today in London, or the `today` attribute when it is a real date. */
  #today(): string {
    return isUsableDate(this.today) ? this.today : londonToday();
  }

  /** The provider from `provider`, `provider-options` and the URL attributes; a problem is shown, never thrown. */
  #configure(): void {
    // A request to the provider before is no longer wanted.
    if (this.hasUpdated) this.#load.cancel();
    this.#provider = null;
    this.#configProblem = '';
    this.#waitingFor = '';
    const p = this.provider;
    try {
      if (typeof p === 'object' && p) {
        if (typeof p.findAddresses !== 'function' || typeof p.getCollections !== 'function')
          throw new Error('the provider property needs findAddresses() and getCollections() methods');
        this.#provider = p;
        return;
      }
      if (!p)
        throw new Error(
          'provider is missing: use provider="lwss", "ukbcd" or "ics" with your council’s addresses, or set the provider property to your own (provider="demo" shows example data)',
        );
      const options: Record<string, unknown> = {};
      /** Where each setting came from, to name it in a message. */
      const from = new Map<string, string>();
      for (const [key, attribute] of URL_ATTRIBUTES)
        if (this[key]) {
          options[key] = this[key];
          from.set(key, attribute);
        }
      for (const [key, value] of Object.entries(readOptions(this.providerOptions))) {
        options[key] = value;
        from.set(key, `provider-options ${key}`);
      }
      // Provider addresses are requests: through the URL policy, which names a refused one.
      for (const [key, value] of Object.entries(options)) {
        if (!isUrlKey(key) || value === undefined || value === '') continue;
        const field = from.get(key)!;
        const url = policyUrl(value, { element: ELEMENT, field }, 'request');
        if (!url) {
          this.#configProblem = `${field}="${String(value).slice(0, 200)}" is not an address it may request (https:, http: or relative)`;
          return;
        }
        options[key] = url;
      }
      try {
        this.#provider = providerFromConfig(String(p), options);
      } catch (e) {
        if (e instanceof ProviderError && /is not supported/.test(e.message)) this.#waitingFor = String(p);
        throw e;
      }
    } catch (e) {
      this.#configProblem = e instanceof Error ? e.message : String(e);
      errorOnce(`<${ELEMENT}>: ${this.#configProblem}`);
    }
  }

  #input(change: Partial<Input>): void {
    this.state = { ...this.state, input: { ...this.state.input, ...change } };
  }

  /** A new step, from a search or from going back: a problem from before is cleared, and the heading takes focus. */
  #go(step: Step, focus: 'heading' | 'error-summary' = 'heading'): void {
    this.state = { ...this.state, step };
    this.#focus.next(focus);
  }

  /** Going back to an earlier step: stops a request in flight and clears its problem. */
  #back(step: Step): void {
    this.#load.set({ status: 'idle' });
    this.#request = null;
    this.#go(step);
  }

  /** Runs a request through the load controller, then shows what it found (or the problem). */
  #run(request: Request, work: (signal: AbortSignal) => Promise<Step>): void {
    this.#request = request;
    const timeoutMs = this.#timeoutMs();
    this.pending = this.#load.run(work, { timeoutMs }).then((outcome) => {
      if (!outcome) return; // a newer request replaced this one: it says nothing
      if (outcome.status === 'complete') return this.#arrive(outcome.value);
      if (outcome.status === 'failed') {
        if (!outcome.timedOut && !(outcome.error instanceof ProviderError))
          console.error(`<${ELEMENT}>: the provider failed`, outcome.error);
        this.#focus.next((root) => root.querySelector<HTMLElement>('[data-problem]'));
      }
    });
  }

  #arrive(step: Step): void {
    this.#request = null;
    if (step.name === 'results') {
      this.#calendars?.revoke();
      if (this.remember) writeRemembered({ ...step.address, postcode: step.postcode });
    }
    this.#go(step, step.name === 'postcode' && step.error ? 'error-summary' : 'heading');
    if (step.name === 'address') whenIdle(() => this.#prefetch('results'));
    if (step.name === 'results') this.emit('ldc-collections-loaded', { count: step.schedule.collections.length });
  }

  #search = (e?: Event) => {
    e?.preventDefault();
    const checked = checkPostcode(this.state.input.postcode);
    if (!checked.ok) {
      this.#load.set({ status: 'idle' });
      return this.#go({ name: 'postcode', error: checked.error }, 'error-summary');
    }
    this.#input({ postcode: checked.postcode });
    this.#findAddresses(checked.postcode);
  };

  /** Looks up a postcode's addresses (and, the first time, the address step's code beside them). */
  #findAddresses(postcode: string): void {
    const provider = this.#provider!;
    this.#run({ kind: 'addresses', postcode }, async (signal): Promise<Step> => {
      // The address step's code (with the address checks) loads beside the request, if it has
      // not while the page was idle.
      const [raw, steps] = await Promise.all([
        provider.findAddresses(postcode, { signal, timeoutMs: this.#timeoutMs() }).catch((e) => {
          if (e instanceof ProviderError && e.kind === 'out-of-area') return null;
          throw e;
        }),
        this.#loadCode('steps'),
      ]);
      const found = raw === null ? null : steps.checkAddresses(raw);
      if (found?.length) return { name: 'address', postcode, addresses: found, announce: true };
      if (!found || (this.postcodeAreas.trim() && !steps.inArea(postcode, this.postcodeAreas)))
        return { name: 'out-of-area', postcode, announce: true };
      return { name: 'postcode', error: 'no-addresses', searched: postcode, announce: true };
    });
  }

  #choose = (e: Event) => {
    e.preventDefault();
    const step = this.state.step;
    if (step.name !== 'address') return;
    const address = this.#chosen(step);
    if (!address) return this.#go({ ...step, error: 'unselected', announce: undefined }, 'error-summary');
    this.emit('ldc-address-selected', { uprn: address.uprn });
    this.#showProperty(address, step);
  };

  /** The address chosen at this step: the resident's choice, or the only one there is. */
  #chosen(step: AddressStep): Address | undefined {
    const uprn = this.state.input.uprn;
    return step.addresses.find((a) => a.uprn === uprn) ?? (step.addresses.length === 1 ? step.addresses[0] : undefined);
  }

  /** Loads a property's bin days (and, the first time, the results view beside them). */
  #showProperty(address: Address, from: Step): void {
    const provider = this.#provider!;
    const today = this.#today();
    const postcode =
      'postcode' in from && typeof from.postcode === 'string' ? from.postcode : this.state.input.postcode;
    const addresses = 'addresses' in from ? from.addresses : [];
    this.#run({ kind: 'collections', address, from }, async (signal): Promise<Step> => {
      const [raw, view] = await Promise.all([
        provider.getCollections(address.uprn, {
          signal,
          timeoutMs: this.#timeoutMs(),
          from: today,
          to: addDays(today, WINDOW_DAYS),
          lookAhead: { perService: PER_SERVICE, until: addDays(today, LOOK_AHEAD_DAYS) },
        }),
        this.#loadCode('results'),
      ]);
      const schedule = view.prepareSchedule(raw, this.serviceMap);
      return { name: 'results', postcode, addresses, address, schedule, announce: true };
    });
  }

  /** A later step's code (and the results' styles), loaded once; a chunk that cannot load is a network problem. */
  async #loadCode<K extends 'steps' | 'results'>(which: K): Promise<K extends 'steps' ? StepsModule : ResultsModule> {
    type M = K extends 'steps' ? StepsModule : ResultsModule;
    const have = which === 'steps' ? this.#steps : this.#results;
    if (have) return have as M;
    try {
      if (which === 'steps') {
        const steps = (this.#steps ??= await import('./address-step.js'));
        adoptMore(this, steps.stepStyles);
        steps.warmFormats(this.language); // while the resident chooses an address
        return steps as M;
      }
      const view = (this.#results ??= await import('./results.js'));
      adoptMore(this, view.resultsStyles);
      return view as M;
    } catch (e) {
      throw new ProviderError('network', `could not load the lookup: ${e instanceof Error ? e.message : e}`);
    }
  }

  #retry = () => {
    const r = this.#request;
    if (!r) return;
    if (r.kind === 'addresses') this.#findAddresses(r.postcode);
    else this.#showProperty(r.address, r.from);
  };

  // ---- rendering --------------------------------------------------------------------------

  /** What the status region says: the request in flight, its problem, or what a search found. */
  #status(): string | typeof nothing {
    const load = this.#load.state;
    if (load.status === 'loading')
      return this.#request?.kind === 'collections' ? msg('Loading bin days') : msg('Finding addresses');
    if (load.status === 'failed') return problemText(kindOf(load));
    const step = this.state.step;
    if (!step.announce) return nothing;
    if (step.name === 'postcode') return this.#postcodeError(step) ?? nothing;
    if (step.name === 'results') return this.#results?.announce(step.schedule) ?? nothing;
    return this.#steps?.announce(step, this.language) ?? nothing;
  }

  #postcodeError(step: PostcodeStep): string | undefined {
    switch (step.error) {
      case 'empty':
        return msg('Enter a postcode');
      case 'invalid':
        return msg('Enter a full UK postcode, like AA3 1AB');
      case 'no-addresses':
        return msg(str`We could not find any addresses for ${step.searched ?? ''}. Check the postcode is right.`);
      default:
        return undefined;
    }
  }

  override render() {
    if (this.#configProblem || !this.#provider)
      return configProblem(msg('This bin day finder is not set up correctly.'), this.#configProblem);
    const level = this.headingLevelFrom(this.headingLevel);
    const status = this.#status();
    const step = this.state.step;
    return html`<div class="ldc-root" aria-busy=${this.#load.loading ? 'true' : 'false'}>
      ${
        this.#provider.example
          ? insetText(msg('These are example bin days for a fictional council, not real collections.'))
          : nothing
      }
      ${statusRegion(status)} ${this.#renderProblem(level)}
      ${this.#load.loading ? html`<p class="ldc-body loading" aria-hidden="true">${status}…</p>` : nothing}
      ${
        step.name === 'postcode'
          ? this.#renderPostcode(step, level)
          : step.name === 'out-of-area'
            ? this.#renderOutOfArea(step, level)
            : step.name === 'address'
              ? this.#renderAddress(step, level)
              : this.#renderResults(step, level)
      }
    </div>`;
  }

  #cantFind(): TemplateResult | typeof nothing {
    const url = policyUrl(this.cantFindHref, { element: ELEMENT, field: 'cant-find-href' });
    return url ? html`<p class="ldc-body"><a href=${url}>${msg('I can’t find my address')}</a></p>` : nothing;
  }

  #renderProblem(level: HeadingLevel) {
    const load = this.#load.state;
    if (load.status !== 'failed') return nothing;
    const other = policyUrl(this.cantFindHref, { element: ELEMENT, field: 'cant-find-href' });
    // The banner takes focus when it appears (data-problem), so its words are read at once.
    return html`<div part="problem" data-problem>
      ${notificationBanner({
        id: 'problem',
        title: msg('Sorry, we cannot show bin days right now'),
        headingLevel: level,
        content: html`<p class="ldc-body">${problemText(kindOf(load))}</p>
          ${button({ text: msg('Try again'), type: 'button', variant: 'secondary', onClick: this.#retry })}
          ${other ? html`<p class="ldc-body"><a href=${other}>${msg('Find your bin day another way')}</a></p>` : nothing}`,
      })}
    </div>`;
  }

  #renderPostcode(step: PostcodeStep, level: HeadingLevel) {
    const error = this.#postcodeError(step);
    return html`<form novalidate @submit=${this.#search}>
      ${errorSummary(error ? [{ target: 'postcode', text: error }] : [], level)}
      ${textInput({
        id: 'postcode',
        name: 'postcode',
        label: msg('What is your postcode?'),
        hint: msg('For example, AA3 1AB'),
        headingLevel: level,
        error,
        value: this.state.input.postcode,
        width: '10',
        autocomplete: 'postal-code',
        spellcheck: false,
        host: this.localName,
        onInput: (v) => this.#input({ postcode: v }),
      })}
      ${button({ text: msg('Find bin days') })} ${error ? this.#cantFind() : nothing}
    </form>`;
  }

  #renderOutOfArea(step: OutOfAreaStep, level: HeadingLevel) {
    return this.#steps?.renderOutOfArea({ step, level, onBack: () => this.#back({ name: 'postcode' }) }) ?? nothing;
  }

  #renderAddress(step: AddressStep, level: HeadingLevel) {
    return (
      this.#steps?.renderAddress({
        step,
        chosen: this.#chosen(step)?.uprn ?? '',
        level,
        language: this.language,
        cantFind: this.#cantFind(),
        onBack: () => this.#back({ name: 'postcode' }),
        onChoose: (uprn) => this.#input({ uprn }),
        onSubmit: this.#choose,
      }) ?? nothing
    );
  }

  #renderResults(step: ResultsStep, level: HeadingLevel) {
    const view = this.#results;
    if (!view) return nothing; // never: the step arrives with its view
    const missed = this.missedHref
      ? policyUrl(fillTemplate(this.missedHref, { uprn: step.address.uprn }), {
          element: ELEMENT,
          field: 'missed-href',
        })
      : '';
    return view.renderResults({
      schedule: step.schedule,
      address: step.address,
      canChangeAddress: step.addresses.length > 1,
      today: this.#today(),
      language: this.language,
      level,
      reminder: this.state.input.reminder,
      baseUri: this.ownerDocument.baseURI,
      missedHref: missed,
      cantFind: this.#cantFind(),
      onChangeAddress: () => this.#back({ name: 'address', postcode: step.postcode, addresses: step.addresses }),
      onSearchAgain: () => this.#back({ name: 'postcode' }),
      onReminder: (time) => this.#input({ reminder: time }),
      calendars: (this.#calendars ??= new view.CalendarFiles((e) => {
        console.error(`<${ELEMENT}>: the calendar file could not be made`, e); // the page still shows the days
        // Said in place of the links, and focus moves to it: the link it was on is gone.
        this.#focus.next((root) => root.querySelector<HTMLElement>('#calendar-problem'));
      })),
    });
  }
}

/** The kind of problem a failed load was, for its words. */
function kindOf(load: { error: unknown; timedOut: boolean }): ProviderErrorKind | 'unknown' {
  if (load.timedOut) return 'timeout';
  return load.error instanceof ProviderError ? load.error.kind : 'unknown';
}

/** provider-options: JSON text or an object; anything else is a configuration problem naming it. */
function readOptions(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null || value === '') return {};
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      throw new Error(
        `provider-options=${JSON.stringify(value.slice(0, 200))} is not JSON; use an object like {"endpoint": "https://…"}`,
      );
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error('provider-options must be an object like {"endpoint": "https://…"}');
  return { ...(data as Record<string, unknown>) };
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
