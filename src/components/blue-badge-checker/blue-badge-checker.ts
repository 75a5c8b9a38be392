import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LdcEligibilityChecker } from '../eligibility-checker/eligibility-checker.js';
import type { Settings } from '../../eligibility/types.js';
import { pickOption } from '../../core/warn.js';
import { loadNation, NATIONS, NI_APPLY_HREF, type Nation } from './nations.js';

/**
 * "Can I get a Blue Badge?" for England, Scotland, Wales or Northern Ireland: the nation's
 * rules (each criterion citing its legislation or guidance), fee and validity, and the
 * council's apply link. Runs on `<ldc-eligibility-checker>`.
 *
 * Where the sources conflict, the documented defaults apply and councils can change them:
 * `minimum-age` ("statutory": more than 2 years old, reg 4(1) SI 2000/682; or "govuk": 3 or
 * older, GOV.UK's wording) and `under3-outcome` ("may-be-eligible", as the DfT service and
 * councils assess children under 3; or "eligible").
 *
 * @tag ldc-blue-badge-checker
 * @summary A GOV.UK-style Blue Badge eligibility checker for all four UK nations.
 *
 * @slot - Fallback content, shown when JavaScript does not run or the configuration is wrong:
 *   for example a link to the council's Blue Badge page.
 *
 * @csspart back-link - The Back link.
 * @csspart button - Every button.
 * @csspart error-summary - The error summary.
 * @csspart panel - The eligible result panel.
 * @csspart apply-link - The link to apply.
 *
 * @cssprop --ldc-color-button - Start and Continue buttons.
 * @cssprop --ldc-color-success - The eligible result panel.
 * @cssprop --ldc-color-focus - Focus highlight.
 *
 * @fires ldc-step - The step changed. detail: { id, index } — no answer values.
 * @fires ldc-result - A result was reached. detail: { outcome, kind } — no answer values.
 */
export class LdcBlueBadgeChecker extends LdcEligibilityChecker {
  /**
   * `england`, `scotland`, `wales` or `northern-ireland`. Any other value shows the configuration
   * message and the fallback content (never another nation's rules), with one console error.
   */
  @property() nation = 'england';
  /**
   * Who qualifies by benefit or condition: `statutory` (more than 2 years old, the default) or
   * `govuk` (3 or older). Another value warns once and uses `statutory`.
   */
  @property({ attribute: 'minimum-age' }) minimumAge = '';
  /**
   * Result for children under 3 with equipment or near a vehicle: `may-be-eligible` (default) or
   * `eligible`. Another value warns once and uses `may-be-eligible`.
   */
  @property({ attribute: 'under3-outcome' }) under3Outcome = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('minimumAge') || changed.has('under3Outcome')) {
      const element = this.localName;
      const settings: Settings = {};
      if (this.minimumAge)
        settings.minimumAge = pickOption(this.minimumAge, ['statutory', 'govuk'], 'statutory', {
          element,
          attribute: 'minimum-age',
        });
      if (this.under3Outcome)
        settings.under3Outcome = pickOption(this.under3Outcome, ['may-be-eligible', 'eligible'], 'may-be-eligible', {
          element,
          attribute: 'under3-outcome',
        });
      this.settings = settings;
    }
    // Northern Ireland's scheme is run centrally: apply on nidirect unless the page says otherwise.
    if (changed.has('nation')) {
      if (this.nation === 'northern-ireland' && !this.applyHref) this.applyHref = NI_APPLY_HREF;
      else if (this.nation !== 'northern-ireland' && this.applyHref === NI_APPLY_HREF) this.applyHref = '';
    }
    super.willUpdate(changed);
  }

  protected override definitionSourceChanged(changed: PropertyValues<this>): boolean {
    return changed.has('nation') || super.definitionSourceChanged(changed);
  }

  protected override async resolveDefinition(): Promise<{ ok: true; value: unknown } | { ok: false; problem: string }> {
    const nation = this.nation as Nation;
    if (!NATIONS.includes(nation))
      return {
        ok: false,
        problem: `nation="${this.nation}" is not supported; use one of ${NATIONS.join(', ')}. Showing the fallback content instead`,
      };
    return { ok: true, value: await loadNation[nation]() };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ldc-blue-badge-checker': LdcBlueBadgeChecker;
  }
}
