/**
 * The lookup's one state, as types (no code): where the resident is, one step at a time with only
 * what that step needs, so an impossible state (bin days without a schedule) cannot be written.
 * `announce` marks a step that arrived from a search, so the status region says what was found;
 * a step reached by going back says nothing (the region is cleared on every step change).
 * The request in flight, its cancellation, timeout and failure belong to the element's
 * LoadController, not to this state.
 */
import type { Address, Schedule } from '../../waste/types.js';

export type PostcodeStep = {
  name: 'postcode';
  error?: 'empty' | 'invalid' | 'no-addresses';
  searched?: string;
  announce?: true;
};
export type OutOfAreaStep = { name: 'out-of-area'; postcode: string; announce?: true };
export type AddressStep = {
  name: 'address';
  postcode: string;
  addresses: Address[];
  error?: 'unselected';
  announce?: true;
};
export type ResultsStep = {
  name: 'results';
  postcode: string;
  addresses: Address[];
  address: Address;
  schedule: Schedule;
  announce?: true;
};
export type Step = PostcodeStep | OutOfAreaStep | AddressStep | ResultsStep;

/** What the resident has typed and chosen: kept across steps (WCAG 3.3.7, redundant entry). */
export interface Input {
  postcode: string;
  uprn: string;
  reminder: string;
}
