import type { Definition } from '../../eligibility/types.js';

export const NATIONS = ['england', 'scotland', 'wales', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/**
 * Each nation's definition is its own chunk, loaded only when that nation is chosen, so a
 * page in Wales never downloads England's rules.
 */
export const loadNation: Record<Nation, () => Promise<Definition>> = {
  england: () => import('../../eligibility/definitions/blue-badge-england.json').then((m) => m.default as Definition),
  scotland: () => import('../../eligibility/definitions/blue-badge-scotland.json').then((m) => m.default as Definition),
  wales: () => import('../../eligibility/definitions/blue-badge-wales.json').then((m) => m.default as Definition),
  'northern-ireland': () =>
    import('../../eligibility/definitions/blue-badge-northern-ireland.json').then((m) => m.default as Definition),
};

/** In Northern Ireland the Department for Infrastructure runs the scheme: apply on nidirect. */
export const NI_APPLY_HREF = 'https://www.nidirect.gov.uk/services/apply-or-renew-blue-badge-online';
