import type { Definition } from '../../eligibility/types.js';
import { START_PAGES } from './start-pages.js';

export const NATIONS = ['england', 'scotland', 'wales', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/**
 * Each nation's definition is its own chunk, loaded only when that nation is chosen, so a
 * page in Wales never downloads England's rules. The definitions are validated when the package
 * is built and tested (test/eligibility/definitions.test.ts, `ldc-definition check`), so the
 * checker does not load the validator for them.
 */
export const loadNation: Record<Nation, () => Promise<{ default: unknown }>> = {
  england: () => import('../../eligibility/definitions/blue-badge-england.json'),
  scotland: () => import('../../eligibility/definitions/blue-badge-scotland.json'),
  wales: () => import('../../eligibility/definitions/blue-badge-wales.json'),
  'northern-ireland': () => import('../../eligibility/definitions/blue-badge-northern-ireland.json'),
};

/**
 * A nation's definition: its rules chunk with its start page, which the entry carries in English
 * (the rules keep a start page with words in another language, and theirs wins).
 */
export const nationDefinition = (nation: Nation): Promise<Definition> =>
  loadNation[nation]().then((m) => ({ ...START_PAGES[nation], ...(m.default as Definition) }));
