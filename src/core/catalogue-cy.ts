/**
 * What a page needs to speak Welsh, as one chunk that only Welsh pages load (core/i18n.ts): the
 * Welsh catalogue and the function that names each message the way `lit-localize extract` did
 * (English pages look nothing up, so they never hash a message).
 */
export { templates } from '../locales/cy.js';
export { generateMsgId } from '@lit/localize/internal/id-generation.js';
