import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '../../core/i18n.js';
import { LoadController } from '../../core/controllers/load-controller.js';
import type { LdcVerifiedDetail } from '../../core/events.js';
import { LdcElement } from '../../core/ldc-element.js';
import { policyUrl } from '../../core/url-policy.js';
import { errorOnce, numberOption, pickOption } from '../../core/warn.js';
import { loadRegistryOnce, type RegistryLoad } from '../../endorsement/load-registry.js';
import { SCHEMES, type Scheme, type SignatoryEntry } from '../../endorsement/types.js';
import { isEvidenceUrl } from '../../endorsement/evidence.js';
import { verify } from '../../endorsement/verify.js';
import { badgeStyles } from './endorsement-badge.styles.js';
import { emblem } from './emblem.js';
import { formatDate } from '../../core/format.js';
import { claim } from './wording.js';

export const BADGE_SIZES = ['small', 'medium', 'large'] as const;
export const BADGE_APPEARANCES = ['light', 'dark', 'outline'] as const;
const DEFAULT_SCHEME: Scheme = 'local-digital-coalition-2016';
/** A property set from script may be anything; attributes are strings. */
const text = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

/** What the badge verified: the detail of `ldc-verified`, and `badge.verification`. */
export type EndorsementVerification = LdcVerifiedDetail;

type BadgeState =
  | { kind: 'loading' }
  | { kind: 'verified'; entry: SignatoryEntry; verification: EndorsementVerification }
  | { kind: 'not-found' }
  | { kind: 'unavailable' };

/**
 * Shows that an organisation endorses the Local Digital Coalition Action Plan (or has signed
 * the Local Digital Declaration), verified against a signatories registry: the bundled one, or
 * one from `registry` whose signature checks out against a publisher key built into the script.
 * It states only what the registry records, names who vouches for it ("Listed by …, updated …")
 * and links to the public evidence. Nothing the page sets (attribute, property, event) can make
 * an organisation verified. It is not an official government mark.
 *
 * @tag ldc-endorsement-badge
 * @summary A verified Local Digital endorsement badge that links to its evidence.
 *
 * @slot - Fallback content, shown when JavaScript does not run or the registry cannot be
 *   loaded, is not signed by a trusted publisher or is invalid (for example a plain link to
 *   your digital strategy page).
 *
 * @csspart badge - The link that is the whole badge (verified only).
 * @csspart emblem - The SVG emblem.
 * @csspart not-found - The neutral sentence shown when the registry has no record.
 *
 * @cssprop --ldc-color-brand - Emblem colour, the dark fill and the outline border.
 * @cssprop --ldc-color-surface-background - Fill of the light appearance.
 * @cssprop --ldc-color-text - Text colour.
 * @cssprop --ldc-color-inverse-text - Text on the dark appearance.
 * @cssprop --ldc-color-focus - Focus highlight.
 *
 * @fires {CustomEvent<LdcVerifiedDetail>} ldc-verified - The registry confirmed the endorsement (only ever fired after a real check). detail: { orgId, scheme, evidenceUrl, listedBy, updated }
 * @fires {CustomEvent<LdcNotVerifiedDetail>} ldc-not-verified - The registry has no record, or could not be used. detail: { orgId, scheme, reason }
 */
export class LdcEndorsementBadge extends LdcElement {
  static override styles = [...LdcElement.styles, badgeStyles];

  /** ONS GSS code of the council (E09000007) or the registry slug of another body. */
  @property({ attribute: 'org-id' }) orgId = '';
  /** Which scheme to verify: `local-digital-coalition-2016` or `local-digital-declaration-2018`. */
  @property() scheme: Scheme | string = DEFAULT_SCHEME;
  /** `small`, `medium` or `large`. */
  @property({ reflect: true }) size: (typeof BADGE_SIZES)[number] | string = 'medium';
  /** `light`, `dark` or `outline`. */
  @property() appearance: (typeof BADGE_APPEARANCES)[number] | string = 'light';
  /** URL of a signed registry JSON file (format version 1); the bundled registry when absent. */
  @property() registry = '';
  /** URL of the registry's detached signature; the registry URL with `.sig` added to its path when absent. */
  @property({ attribute: 'registry-signature' }) registrySignature = '';
  /** Milliseconds to wait for the registry and its signature. */
  @property() timeout: number | string = 10_000;

  // JavaScript private fields: no script, attribute or property on the page can reach them.
  // The verified state is set only here, from what this element's own load returned: the load
  // controller cancels, times out and settles the request, but its state is never read back.
  #state: BadgeState = { kind: 'loading' };
  #load = new LoadController<RegistryLoad>(this);

  /**
   * What was verified (frozen), or null: read it in an `ldc-verified` listener to tell this
   * element's own event from one dispatched by other script on the page.
   */
  get verification(): EndorsementVerification | null {
    return this.#state.kind === 'verified' ? this.#state.verification : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Unknown values warn once whatever the badge goes on to show; render falls back again quietly.
    if (changed.has('size'))
      pickOption(this.size, BADGE_SIZES, 'medium', { element: this.localName, attribute: 'size' });
    if (changed.has('appearance'))
      pickOption(this.appearance, BADGE_APPEARANCES, 'light', { element: this.localName, attribute: 'appearance' });
    if (changed.has('orgId') || changed.has('scheme') || changed.has('registry') || changed.has('registrySignature'))
      this.pending = this.#check();
  }

  #set(state: BadgeState): void {
    this.#state = state;
    this.requestUpdate();
  }

  async #check(): Promise<void> {
    try {
      await this.#verify();
    } catch {
      // Nothing in #verify should throw; if something does, the page still gets its fallback content.
      this.#unavailable('the registry could not be checked');
    }
  }

  async #verify(): Promise<void> {
    const element = this.localName;
    const orgId = text(this.orgId).trim();
    if (!orgId) return this.#unavailable('org-id is missing; give the ONS GSS code of the council, like E09000007');
    const scheme = pickOption(this.scheme, SCHEMES, DEFAULT_SCHEME, { element, attribute: 'scheme' });
    const registry = policyUrl(this.registry, { element, field: 'registry' }, 'request');
    const signature = policyUrl(this.registrySignature, { element, field: 'registry-signature' }, 'request');
    // A refused address (already reported) must not quietly become the bundled registry.
    if ((text(this.registry).trim() && !registry) || (text(this.registrySignature).trim() && !signature))
      return this.#unavailable(null);
    const timeoutMs = numberOption(this.timeout, 10_000, { element, attribute: 'timeout' }, { min: 1, max: 120_000 });
    this.#set({ kind: 'loading' });
    const outcome = await this.#load.run(
      () => loadRegistryOnce(registry || null, { signatureUrl: signature || null }),
      { timeoutMs },
    );
    if (!outcome) return; // a newer check has started, or the badge left the page
    if (outcome.status !== 'complete')
      return this.#unavailable(
        outcome.status === 'failed' && outcome.timedOut
          ? `the registry did not arrive within ${timeoutMs} ms`
          : 'the registry could not be checked',
      );
    const loaded = outcome.value;
    if (!loaded.ok) return this.#unavailable(loaded.problem);
    const result = verify(loaded.registry, orgId, scheme);
    if (result.status !== 'verified') {
      this.#set({ kind: 'not-found' });
      this.emit('ldc-not-verified', { orgId, scheme, reason: 'not-found' });
      return;
    }
    const { entry } = result;
    // validateRegistry already holds every entry to this; a link is never drawn unchecked.
    if (!isEvidenceUrl(entry.evidenceUrl)) return this.#unavailable(`the evidence link of ${orgId} is not allowed`);
    const verification: EndorsementVerification = Object.freeze({
      orgId,
      scheme,
      evidenceUrl: entry.evidenceUrl,
      listedBy: loaded.listedBy,
      updated: loaded.registry.updated,
    });
    this.#set({ kind: 'verified', entry, verification });
    this.emit('ldc-verified', verification);
  }

  /** Fallback content, with one console error (null: the problem was reported already). */
  #unavailable(problem: string | null): void {
    if (problem) errorOnce(`<ldc-endorsement-badge>: ${problem}. Showing the fallback content instead.`);
    this.#set({ kind: 'unavailable' });
    this.emit('ldc-not-verified', { orgId: text(this.orgId), scheme: text(this.scheme), reason: 'unavailable' });
  }

  override render() {
    const state = this.#state;
    switch (state.kind) {
      // While the registry loads, as when it cannot be used, the page's own fallback content shows
      // (the same rule for every element that loads data before it can say anything).
      case 'loading':
      case 'unavailable':
        return html`<slot></slot>`;
      case 'not-found':
        return html`<p class="not-found" part="not-found">
          ${msg('The Local Digital signatories registry has no record of this organisation for this scheme.')}
        </p>`;
      case 'verified':
        return this.#badge(state.entry, state.verification);
    }
  }

  #badge(entry: SignatoryEntry, { evidenceUrl, listedBy, updated }: EndorsementVerification) {
    const element = this.localName;
    const appearance = pickOption(this.appearance, BADGE_APPEARANCES, 'light', { element, attribute: 'appearance' });
    const date = entry.dateSigned ? formatDate(entry.dateSigned, this.language, { year: true }) : '';
    const listedOn = formatDate(updated, this.language, { year: true });
    return html`<a class="badge appearance-${appearance}" part="badge" href=${evidenceUrl} rel="noopener">
      ${emblem(msg('Local Digital endorsement emblem'))}
      <span>
        <span class="claim">${claim(entry)}</span>
        ${date ? html`<span class="detail">${msg(str`Since ${date}`)}</span>` : nothing}
        <span class="detail">${msg(str`Listed by ${listedBy}, updated ${listedOn}`)}</span>
        <span class="detail evidence">${msg('View the evidence')}</span>
      </span>
    </a>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ldc-endorsement-badge': LdcEndorsementBadge;
  }
}
