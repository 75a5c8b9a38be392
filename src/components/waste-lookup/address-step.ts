/**
 * The steps after a postcode search, with the checks on the addresses a provider returns:
 * choosing an address, and a postcode outside the council's area. Loaded on demand (about
 * 1.5 KB brotli with what it shares with the results: radios, links, the address checks), while
 * the page is idle after the postcode step shows, or beside the first search.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { plural } from '../../core/format.js';
export { warmFormats } from '../../core/format.js';
export { checkAddresses } from '../../waste/check.js';
export { inArea } from './areas.js';
import { msg, str, type Language } from '../../core/i18n.js';
import type { HeadingLevel } from '../../core/ldc-element.js';
import { warmTemplates } from '../../core/warm.js';
import type { Address } from '../../waste/types.js';
import {
  backLink,
  button,
  choiceStyles,
  errorSummary,
  heading,
  linkButton,
  linkButtonStyles,
  radios,
  select,
  selectStyles,
} from '../../patterns/index.js';
import type { AddressStep, OutOfAreaStep } from './state.js';

/** The address and out-of-area steps' styles, adopted when this code arrives (the rest are the element's). */
export const stepStyles = [
  selectStyles,
  choiceStyles,
  linkButtonStyles,
  // The whole width: the browser then never measures every address to size the box (300: 46 ms).
  css`
    #address.ldc-select {
      width: 100%;
    }
  `,
];

/** Up to this many addresses are radios; more are a select (GOV.UK: radios for a few). */
const MAX_RADIOS = 8;
const FIND_COUNCIL = 'https://www.gov.uk/find-local-council';

/**
 * "4 addresses found": a whole sentence per plural category. English uses one and other; Welsh
 * uses all six, because the noun after a numeral mutates (2 gyfeiriad, 3 chyfeiriad, 6 chyfeiriad)
 * and other numbers read best as "N o gyfeiriadau".
 */
const found = (n: number, language: Language) =>
  plural(n, language, {
    zero: () => msg('No addresses found'),
    one: () => msg('1 address found'),
    two: () => msg('2 addresses found'),
    few: () => msg('3 addresses found'),
    many: () => msg('6 addresses found'),
    other: () => msg(str`${n} addresses found`),
  });

/** What the status region says when one of these steps arrives from a search. */
export function announce(step: AddressStep | OutOfAreaStep, language: Language): string {
  return step.name === 'address'
    ? found(step.addresses.length, language)
    : msg(str`${step.postcode} is not in this council’s area`);
}

export interface AddressContext {
  step: AddressStep;
  chosen: string;
  level: HeadingLevel;
  language: Language;
  cantFind: TemplateResult | typeof nothing;
  onBack(): void;
  onChoose(uprn: string): void;
  onSubmit(e: Event): void;
}

export function renderAddress(c: AddressContext): TemplateResult {
  const { step, level } = c;
  const error = step.error ? msg('Select your address') : undefined;
  const common = {
    id: 'address',
    name: 'uprn',
    label: msg('Select your address'),
    hint: msg(str`Addresses at ${step.postcode}`),
    headingLevel: level,
    error,
  };
  const label = (a: Address) => (a.description ? msg(str`${a.label} (${a.description})`) : a.label);
  return html`${backLink(c.onBack, msg('Change postcode'))}
    <form novalidate @submit=${c.onSubmit}>
      ${errorSummary(error ? [{ target: 'address', text: error }] : [], level)}
      ${
        step.addresses.length <= MAX_RADIOS
          ? radios({
              ...common,
              items: step.addresses.map((a) => ({ value: a.uprn, text: a.label, hint: a.description })),
              value: c.chosen,
              onChange: c.onChoose,
            })
          : select({
              ...common,
              options: step.addresses.map((a) => ({ value: a.uprn, text: label(a) })),
              placeholder: found(step.addresses.length, c.language),
              value: c.chosen,
              onChange: c.onChoose,
            })
      }
      ${c.cantFind} ${button({ text: msg('Continue') })}
    </form>`;
}

/** Prepares this step's templates while the page is idle (core/warm.ts): a few addresses (radios) and many (a select). */
export function warm(level: HeadingLevel): void {
  const noop = () => undefined;
  for (const n of [1, MAX_RADIOS + 1])
    warmTemplates(() =>
      renderAddress({
        level,
        language: 'en',
        step: {
          name: 'address',
          postcode: 'x',
          addresses: Array.from({ length: n }, (_, i) => ({ uprn: `${i}`, label: 'x', description: 'x' })),
        },
        chosen: '',
        cantFind: nothing,
        onBack: noop,
        onChoose: noop,
        onSubmit: noop,
      }),
    );
}

export interface OutOfAreaContext {
  step: OutOfAreaStep;
  level: HeadingLevel;
  onBack(): void;
}

/** A real postcode another council covers: said plainly, with GOV.UK's Find your local council for it. */
export function renderOutOfArea(c: OutOfAreaContext): TemplateResult {
  const { step, level } = c;
  const href = `${FIND_COUNCIL}?postcode=${encodeURIComponent(step.postcode)}`;
  return html`${backLink(c.onBack, msg('Change postcode'))}
    ${heading(level, msg(str`${step.postcode} is not in this council’s area`), {
      class: 'ldc-heading-l ldc-step-heading',
    })}
    <p class="ldc-body">
      ${msg('We only collect bins in our own area. Another council collects them at this postcode.')}
    </p>
    <p class="ldc-body">
      <a href=${href} part="find-council">${msg(str`Find the council for ${step.postcode} on GOV.UK`)}</a>
    </p>
    <p class="ldc-body">${linkButton(msg('Search again'), c.onBack, msg('with a different postcode'))}</p>`;
}
