import type { StartPage } from '../eligibility-checker/view.js';
import type { Nation } from './nations.js';
import england from '../../eligibility/definitions/blue-badge-england.json';
import scotland from '../../eligibility/definitions/blue-badge-scotland.json';
import wales from '../../eligibility/definitions/blue-badge-wales.json';
import northernIreland from '../../eligibility/definitions/blue-badge-northern-ireland.json';

/**
 * Each nation's start page, in the element's own module so that the start page shows in the same
 * frame as the element, before the nation's rules arrive: nothing below it moves when they do.
 * The build keeps only `title`, `start` and `languages` of each definition here, in English (an
 * English page carries no Welsh; a Welsh page waits for the rules, as it waits for the Welsh
 * strings), and leaves them out of a rules chunk that has no other language
 * (scripts/build/definition-parts.mjs); the definition files stay the one source.
 */
export const START_PAGES: Record<Nation, StartPage> = {
  england,
  scotland,
  wales,
  'northern-ireland': northernIreland,
} as Record<Nation, StartPage>;
