import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LdcElement } from '../../core/ldc-element.js';
import { errorOnce, pickOption } from '../../core/warn.js';
import { loadRegistryOnce } from '../../endorsement/load-registry.js';
import { SCHEMES, type Scheme, type SignatoryEntry } from '../../endorsement/types.js';
import { verify } from '../../endorsement/verify.js';
import { badgeStyles } from './endorsement-badge.styles.js';
import { emblem } from './emblem.js';
import { claim, formatDate } from './wording.js';

export const BADGE_SIZES = ['small', 'medium', 'large'] as const;
export const BADGE_APPEARANCES = ['light', 'dark', 'outline'] as const;

type BadgeState =
  { kind: 'loading' } | { kind: 'verified'; entry: SignatoryEntry } | { kind: 'not-found' } | { kind: 'unavailable' };

/**
 * Shows that an organisation endorses the Local Digital Coalition Action Plan (or has signed
 * the Local Digital Declaration), verified against a signatories registry. It states only
 * what the registry records, with a link to the public evidence. No attribute can make an
 * organisation verified. It is not an official government mark.
 *
 * @tag ldc-endorsement-badge
 * @summary A verified Local Digital endorsement badge that links to its evidence.
 *
 * @slot - Fallback content, shown when JavaScript does not run or the registry cannot be
 *   loaded or is invalid (for example a plain link to your digital strategy page).
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
 * @fires ldc-verified - The registry confirmed the endorsement. detail: { orgId, scheme, evidenceUrl }
 * @fires ldc-not-verified - The registry has no record, or could not be used. detail: { orgId, scheme, reason }
 */
export class LdcEndorsementBadge extends LdcElement {
  static override styles = [...LdcElement.styles, badgeStyles];

  /** ONS GSS code of the council (E09000007) or the registry slug of another body. */
  @property({ attribute: 'org-id' }) orgId = '';
  /** Which scheme to verify: `local-digital-coalition-2016` or `local-digital-declaration-2018`. */
  @property() scheme: Scheme = 'local-digital-coalition-2016';
  /** `small`, `medium` or `large`. */
  @property({ reflect: true }) size: (typeof BADGE_SIZES)[number] = 'medium';
  /** `light`, `dark` or `outline`. */
  @property() appearance: (typeof BADGE_APPEARANCES)[number] = 'light';
  /** URL of a registry JSON file (format version 1); the bundled registry when absent. */
  @property() registry = '';
  /** Milliseconds to wait for the registry. */
  @property({ type: Number }) timeout = 10_000;

  @state() private state: BadgeState = { kind: 'loading' };
  private request = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('orgId') || changed.has('scheme') || changed.has('registry')) this.pending = this.check();
  }

  private async check(): Promise<void> {
    const request = ++this.request;
    const orgId = this.orgId.trim();
    if (!orgId) return this.unavailable('org-id is missing; give the ONS GSS code of the council, like E09000007');
    if (!SCHEMES.includes(this.scheme))
      return this.unavailable(`scheme="${this.scheme}" is not supported; use one of ${SCHEMES.join(', ')}`);
    this.state = { kind: 'loading' };
    const loaded = await loadRegistryOnce(this.registry || null, { timeoutMs: this.timeout });
    if (request !== this.request) return; // a newer check has started
    if (!loaded.ok) return this.unavailable(loaded.problem);
    const result = verify(loaded.registry, orgId, this.scheme);
    if (result.status === 'verified') {
      this.state = { kind: 'verified', entry: result.entry };
      this.emit('ldc-verified', { orgId, scheme: this.scheme, evidenceUrl: result.entry.evidenceUrl });
    } else {
      this.state = { kind: 'not-found' };
      this.emit('ldc-not-verified', { orgId, scheme: this.scheme, reason: 'not-found' });
    }
  }

  private unavailable(problem: string): void {
    errorOnce(`<ldc-endorsement-badge>: ${problem}. Showing the fallback content instead.`);
    this.state = { kind: 'unavailable' };
    this.emit('ldc-not-verified', { orgId: this.orgId, scheme: this.scheme, reason: 'unavailable' });
  }

  override render() {
    switch (this.state.kind) {
      case 'loading':
        return nothing;
      case 'unavailable':
        return html`<slot></slot>`;
      case 'not-found':
        return html`<p class="not-found" part="not-found">
          ${msg('The Local Digital signatories registry has no record of this organisation for this scheme.')}
        </p>`;
      case 'verified':
        return this.renderBadge(this.state.entry);
    }
  }

  private renderBadge(entry: SignatoryEntry) {
    const appearance = pickOption(this.appearance, BADGE_APPEARANCES, 'light', {
      element: this.localName,
      attribute: 'appearance',
    });
    pickOption(this.size, BADGE_SIZES, 'medium', { element: this.localName, attribute: 'size' });
    const date = entry.dateSigned ? formatDate(entry.dateSigned, this.locale) : '';
    return html`<a class="badge appearance-${appearance}" part="badge" href=${entry.evidenceUrl} rel="noopener">
      ${emblem(msg('Local Digital endorsement emblem'))}
      <span>
        <span class="claim">${claim(entry)}</span>
        ${date ? html`<span class="detail">${msg(str`Since ${date}`)}</span>` : nothing}
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
