/**
 * Every event a Local Digital element fires, with the type of its `detail`: one list for the
 * elements (LdcElement.emit only accepts these), for TypeScript users (`addEventListener` on any
 * element knows the detail type) and for the generated React wrappers and JSX types.
 *
 * All events bubble and are composed (they cross shadow roots). No detail ever carries what a
 * resident typed or chose (answers, postcodes): only ids, counts and kinds. The one exception is
 * `ldc-address-selected`, whose UPRN identifies a property (not a person) so a host page can
 * link to its own services; analytics never forward it.
 */
import type { OutcomeKind } from '../eligibility/types.js';

/** `ldc-step`: the checker showed a step (a question id, "start", "check" or "result"). */
export interface LdcStepDetail {
  /** The step's id: a question id, or "start", "check" or "result". */
  id: string;
  /** How many steps the resident has taken before this one (the length of Back's history). */
  index: number;
}

/** `ldc-result`: the checker reached a result. */
export interface LdcResultDetail {
  /** The outcome's id in the definition, e.g. "eligible-benefit". */
  outcome: string;
  /** What kind of outcome it is. */
  kind: OutcomeKind;
}

/** `ldc-address-selected`: the resident chose an address. */
export interface LdcAddressSelectedDetail {
  /** Unique Property Reference Number of the address (digits only). */
  uprn: string;
}

/** `ldc-collections-loaded`: bin days are on screen. */
export interface LdcCollectionsLoadedDetail {
  /** How many collections were found in the window shown. */
  count: number;
}

/** `ldc-verified`: the badge verified an endorsement (fired only after a real check). */
export interface LdcVerifiedDetail {
  readonly orgId: string;
  readonly scheme: string;
  /** The public page that shows the endorsement. */
  readonly evidenceUrl: string;
  /** Who vouches: the trusted publisher whose key signed the registry, or the bundled registry's publisher. */
  readonly listedBy: string;
  /** The registry's `updated` date (ISO 8601). */
  readonly updated: string;
}

/** `ldc-not-verified`: the registry has no record (`not-found`) or could not be used (`unavailable`). */
export interface LdcNotVerifiedDetail {
  orgId: string;
  scheme: string;
  reason: 'not-found' | 'unavailable';
}

/** `ldc-registry-loaded`: the signatories list loaded and validated its registry. */
export interface LdcRegistryLoadedDetail {
  /** How many organisations the registry lists. */
  count: number;
}

/** Event name → detail type, for every `ldc-*` event. */
export interface LdcEventDetails {
  'ldc-step': LdcStepDetail;
  'ldc-result': LdcResultDetail;
  'ldc-address-selected': LdcAddressSelectedDetail;
  'ldc-collections-loaded': LdcCollectionsLoadedDetail;
  'ldc-verified': LdcVerifiedDetail;
  'ldc-not-verified': LdcNotVerifiedDetail;
  'ldc-registry-loaded': LdcRegistryLoadedDetail;
}

export type LdcEventName = keyof LdcEventDetails;

/** Event name → the CustomEvent a listener receives. */
export type LdcEventMap = { [K in LdcEventName]: CustomEvent<LdcEventDetails[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends LdcEventMap {}
}
