import { svg } from 'lit';

/**
 * The endorsement emblem: a ring of linked nodes (councils working together) around a tick.
 * Deliberately not a crown, a coat of arms or a GOV.UK mark: it is not an official
 * government mark. Drawn in currentColor so it follows the appearance and forced colours.
 */
export const emblem = (label: string) =>
  svg`<svg class="emblem" part="emblem" viewBox="0 0 48 48" role="img" aria-label=${label} focusable="false">
    <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
    <circle cx="24" cy="3" r="3.5" fill="currentColor" />
    <circle cx="42.2" cy="34.5" r="3.5" fill="currentColor" />
    <circle cx="5.8" cy="34.5" r="3.5" fill="currentColor" />
    <path d="M14 24.5l6.5 6.5L34 17.5" fill="none" stroke="currentColor" stroke-width="4.5" stroke-linecap="square" />
  </svg>`;
