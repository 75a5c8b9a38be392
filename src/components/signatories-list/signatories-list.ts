import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../../core/i18n.js';
import { LoadController } from '../../core/controllers/load-controller.js';
import { LdcElement } from '../../core/ldc-element.js';
import { policyUrl } from '../../core/url-policy.js';
import { errorOnce, warnIgnored } from '../../core/warn.js';
import { filterSignatories, SORTS, type Sort } from '../../endorsement/filter.js';
import { loadRegistryOnce } from '../../endorsement/load-registry.js';
import {
  ORGANISATION_TYPES,
  ROLES,
  SCHEMES,
  type OrganisationType,
  type Registry,
  type Role,
  type Scheme,
  type SignatoryEntry,
} from '../../endorsement/types.js';
import {
  controlStyles,
  fieldStyles,
  heading,
  inputStyles,
  select,
  selectStyles,
  statusRegion,
  textInput,
} from '../../patterns/index.js';
import { formatDate, plural } from '../../core/format.js';
import { roleName, schemeName, typeName } from '../endorsement-badge/wording.js';
import { listStyles } from './signatories-list.styles.js';

/** Milliseconds to wait for a registry and its signature. */
const LOAD_TIMEOUT = 10_000;
/** Wait this long after the last keystroke before announcing the count. */
const ANNOUNCE_DELAY = 600;

/** Who vouches for the list: a trusted publisher or the bundled registry, or (for `data`) nobody. */
interface Source {
  listedBy: string | null;
  updated: string;
}

/**
 * A searchable, filterable list of the organisations in a signatories registry, each
 * linking to its evidence, under a line that names who vouches for the list ("Listed by …,
 * updated …"). A registry from `registry` is used only when its signature checks out against a
 * publisher key built into the script, as for the badge. Filters apply as the user types or
 * chooses; the number of organisations shown is written above the table and announced politely.
 *
 * @tag ldc-signatories-list
 * @summary Searchable list of Local Digital signatories and endorsers.
 *
 * @slot - Fallback content, shown when JavaScript does not run or the registry cannot be loaded,
 *   is not signed by a trusted publisher or is invalid.
 *
 * @csspart source - The "Listed by …, updated …" line.
 * @csspart count - The "N organisations" line.
 * @csspart table - The results table.
 * @csspart input - The search box.
 * @csspart select - The filter and sort menus.
 *
 * @cssprop --ldc-color-border - Row dividers.
 * @cssprop --ldc-color-link - Organisation links.
 *
 * @fires {CustomEvent<LdcRegistryLoadedDetail>} ldc-registry-loaded - The registry loaded and validated. detail: { count }
 */
export class LdcSignatoriesList extends LdcElement {
  static override styles = [...LdcElement.styles, fieldStyles, controlStyles, inputStyles, selectStyles, listStyles];

  /** URL of a signed registry JSON file (format version 1); the bundled registry when absent. */
  @property() registry = '';
  /** URL of the registry's detached signature; the registry URL with `.sig` added to its path when absent. */
  @property({ attribute: 'registry-signature' }) registrySignature = '';
  /**
   * A registry object from the page, instead of a URL. It is validated like a loaded one, but
   * nobody vouches for it: the list says it was provided by this website and not checked.
   */
  @property({ attribute: false }) data?: unknown;
  /** Show only this scheme at first (the user can change it). */
  @property() scheme: Scheme | string = '';
  /** Level of the list's heading; the page's h1 sits above the widget. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;
  /** The heading text. */
  @property() heading = '';
  /** Words to search for at first, e.g. from a link on the host page. */
  @property() query = '';

  // JavaScript private fields: no script on the page can swap the rows or who vouches for them.
  #entries: readonly SignatoryEntry[] | null = null;
  #source: Source | null = null;
  #failed = false;
  // Cancels, times out and settles each load; what it returns is kept in the private fields above.
  #load = new LoadController<{ registry: Registry; source: Source } | string>(this);
  @state() private search = '';
  @state() private filterScheme: Scheme | '' = '';
  @state() private filterType: OrganisationType | '' = '';
  @state() private filterRole: Role | '' = '';
  @state() private sort: Sort = 'name-asc';
  /** The count to announce once the user pauses filtering (worded in render, in the element's language). */
  @state() private announcedCount: number | null = null;
  private announceTimer?: ReturnType<typeof setTimeout>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) this.search = typeof this.query === 'string' ? this.query : '';
    if (changed.has('scheme')) this.filterScheme = this.#schemeFilter();
    if (changed.has('registry') || changed.has('registrySignature') || changed.has('data'))
      this.pending = this.#loadRegistry();
  }

  #schemeFilter(): Scheme | '' {
    const scheme = this.scheme;
    if (scheme === '' || scheme === null || scheme === undefined) return '';
    if (SCHEMES.includes(scheme as Scheme)) return scheme as Scheme;
    warnIgnored(
      { element: this.localName, attribute: 'scheme' },
      scheme,
      `use one of ${SCHEMES.join(', ')}. Showing every scheme`,
    );
    return '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  async #loadRegistry(): Promise<void> {
    const outcome = await this.#load.run(() => this.#registry(), { timeoutMs: LOAD_TIMEOUT });
    if (!outcome) return; // a newer load has started, or the list left the page
    const found =
      outcome.status === 'complete'
        ? outcome.value
        : outcome.status === 'failed' && outcome.timedOut
          ? `the registry did not arrive within ${LOAD_TIMEOUT} ms`
          : 'the registry could not be read'; // nothing in #registry should throw; the fallback shows if it does
    if (typeof found === 'string') {
      if (found) errorOnce(`<ldc-signatories-list>: ${found}. Showing the fallback content instead.`);
      this.#failed = true;
      this.#entries = this.#source = null;
    } else {
      this.#failed = false;
      this.#entries = found.registry.entries;
      this.#source = found.source;
      this.emit('ldc-registry-loaded', { count: found.registry.entries.length });
    }
    this.requestUpdate();
  }

  /** The registry to list and who vouches for it, or the problem ('' when it was reported already). */
  async #registry(): Promise<{ registry: Registry; source: Source } | string> {
    if (this.data !== undefined) {
      // The validator loads on demand: pages that use the bundled registry never download it.
      const { describeProblems, validateRegistry } = await import('../../endorsement/validate.js');
      const checked = validateRegistry(this.data);
      if (!checked.ok) return `the registry data is not valid: ${describeProblems(checked.problems)}`;
      return { registry: checked.registry, source: { listedBy: null, updated: checked.registry.updated } };
    }
    const element = this.localName;
    const registry = policyUrl(this.registry, { element, field: 'registry' }, 'request');
    const signature = policyUrl(this.registrySignature, { element, field: 'registry-signature' }, 'request');
    if ((this.registry && !registry) || (this.registrySignature && !signature)) return '';
    const loaded = await loadRegistryOnce(registry || null, { signatureUrl: signature || null });
    if (!loaded.ok) return loaded.problem;
    return { registry: loaded.registry, source: { listedBy: loaded.listedBy, updated: loaded.registry.updated } };
  }

  private filterBy(patch: () => void) {
    patch();
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcedCount = this.rows().length;
    }, ANNOUNCE_DELAY);
  }

  private rows(): SignatoryEntry[] {
    return filterSignatories(this.#entries ?? [], {
      search: this.search,
      scheme: this.filterScheme,
      type: this.filterType,
      role: this.filterRole,
      sort: this.sort,
    });
  }

  private countText(n: number): string {
    return plural(n, this.language, {
      one: () => msg('1 organisation'),
      other: () => msg(str`${n} organisations`),
    });
  }

  override render() {
    // While the registry loads, as when it cannot be used, the page's own fallback content shows.
    if (this.#failed || !this.#entries || !this.#source) return html`<slot></slot>`;
    const rows = this.rows();
    const level = this.headingLevelFrom(this.headingLevel);
    const all = { value: '', text: '' };
    const sortNames: Record<Sort, string> = {
      'name-asc': msg('Name (A to Z)'),
      'name-desc': msg('Name (Z to A)'),
      'date-desc': msg('Date signed (newest first)'),
      'date-asc': msg('Date signed (oldest first)'),
    };
    return html`
      ${heading(level, this.heading || msg('Organisations that support Local Digital'), { class: 'ldc-heading-l' })}
      ${this.#sourceLine(this.#source)}
      <div class="filters" role="search" aria-label=${msg('Filter organisations')}>
        ${textInput({
          id: 'search',
          name: 'search',
          label: msg('Search by name'),
          value: this.search,
          type: 'text',
          autocomplete: 'off',
          spellcheck: false,
          host: this.localName,
          onInput: (v) => this.filterBy(() => (this.search = v)),
        })}
        ${select({
          id: 'scheme',
          name: 'scheme',
          label: msg('Scheme'),
          options: [{ ...all, text: msg('All schemes') }, ...SCHEMES.map((s) => ({ value: s, text: schemeName(s) }))],
          value: this.filterScheme,
          onChange: (v) => this.filterBy(() => (this.filterScheme = v as Scheme | '')),
        })}
        ${select({
          id: 'type',
          name: 'type',
          label: msg('Type of organisation'),
          options: [
            { ...all, text: msg('All types') },
            ...ORGANISATION_TYPES.map((t) => ({ value: t, text: typeName(t) })),
          ],
          value: this.filterType,
          onChange: (v) => this.filterBy(() => (this.filterType = v as OrganisationType | '')),
        })}
        ${select({
          id: 'role',
          name: 'role',
          label: msg('Role'),
          options: [{ ...all, text: msg('All roles') }, ...ROLES.map((r) => ({ value: r, text: roleName(r) }))],
          value: this.filterRole,
          onChange: (v) => this.filterBy(() => (this.filterRole = v as Role | '')),
        })}
        ${select({
          id: 'sort',
          name: 'sort',
          label: msg('Sort by'),
          options: SORTS.map((s) => ({ value: s, text: sortNames[s] })),
          value: this.sort,
          onChange: (v) => this.filterBy(() => (this.sort = SORTS.includes(v as Sort) ? (v as Sort) : 'name-asc')),
        })}
      </div>
      <p class="count" part="count">${this.countText(rows.length)}</p>
      ${statusRegion(this.announcedCount === null ? '' : this.countText(this.announcedCount))}
      ${rows.length ? this.table(rows) : html`<p class="ldc-body">${msg('No organisations match your search.')}</p>`}
    `;
  }

  #sourceLine({ listedBy, updated }: Source) {
    const date = formatDate(updated, this.language, { year: true });
    return html`<p class="ldc-body source" part="source">
      ${
        listedBy
          ? msg(str`Listed by ${listedBy}, updated ${date}.`)
          : msg(str`Provided by this website, updated ${date}. Not checked against a signed registry.`)
      }
    </p>`;
  }

  /** The organisation's name, linked to its evidence through the URL policy (validation already required https). */
  #evidenceLink(e: SignatoryEntry) {
    const href = policyUrl(e.evidenceUrl, { element: this.localName, field: 'evidenceUrl' }, 'link');
    return href ? html`<a href=${href} rel="noopener">${e.name}</a>` : e.name;
  }

  private table(rows: SignatoryEntry[]) {
    const cols = {
      name: msg('Organisation'),
      type: msg('Type'),
      scheme: msg('Scheme'),
      role: msg('Role'),
      date: msg('Date signed'),
    };
    return html`<div class="table-wrapper" tabindex="0" role="region" aria-label=${msg('Organisations')}>
      <table part="table">
        <caption class="ldc-visually-hidden">
          ${msg('Organisations, with a link to the evidence for each')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${cols.name}</th>
            <th scope="col">${cols.type}</th>
            <th scope="col">${cols.scheme}</th>
            <th scope="col">${cols.role}</th>
            <th scope="col">${cols.date}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (e) =>
              html`<tr>
                <td>${this.#evidenceLink(e)}</td>
                <td data-label=${cols.type}>${typeName(e.type)}</td>
                <td data-label=${cols.scheme}>${schemeName(e.scheme)}</td>
                <td data-label=${cols.role}>${roleName(e.role)}</td>
                <td data-label=${cols.date}>
                  ${e.dateSigned ? formatDate(e.dateSigned, this.language, { year: true }) : msg('Not published')}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ldc-signatories-list': LdcSignatoriesList;
  }
}
