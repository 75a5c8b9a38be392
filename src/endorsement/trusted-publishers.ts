import type { TrustedPublisher } from './types.js';

/**
 * The publishers whose signed registries a fetched `registry` URL may come from: compiled into
 * the bundle, so nothing on a page (an attribute, a property, a served file) can add one.
 *
 * **Empty today, on purpose.** No publisher has a signing key yet (no official Local Digital
 * registry exists), and a key must never be invented here. While this list is empty, a
 * registry given by URL is refused with a console error and the element shows its fallback
 * content; the bundled registry (which ships inside the script) still works.
 *
 * To trust a publisher, the coalition or a council adds its *public* key here when it builds
 * the components (`npm run registry:sign` prints the entry to paste), e.g.
 *
 *     { id: 'local-digital-coalition', name: 'Local Digital Coalition', publicKey: { kty: 'EC', crv: 'P-256', x: '…', y: '…' } }
 *
 * Tests and Storybook replace this module with one holding a throwaway key made when their
 * server starts (scripts/trusted-publishers.mjs); no test or demo key is ever built into dist/.
 */
export const TRUSTED_PUBLISHERS: readonly TrustedPublisher[] = Object.freeze([]);
