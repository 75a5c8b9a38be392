/**
 * @local-digital/components: the library's public API. Importing this module defines no
 * elements; import a file from `define/` (or the CDN bundle) to register a component.
 */
export { LdcElement, type HeadingLevel } from './core/ldc-element.js';
export { defineElement } from './core/define.js';
export { token } from './core/css.js';
export {
  checkThemeContrast,
  themeContrastFailures,
  contrastRatio,
  contrastPairs,
  type Theme,
  type ContrastPair,
  type ContrastResult,
} from './core/contrast.js';
export { tokens, exampleThemes, type TokenName } from './core/tokens.generated.js';
export { localeOf, sourceLocale } from './core/locale.js';
export type {
  LdcEventDetails,
  LdcEventMap,
  LdcEventName,
  LdcStepDetail,
  LdcResultDetail,
  LdcAddressSelectedDetail,
  LdcCollectionsLoadedDetail,
  LdcVerifiedDetail,
  LdcNotVerifiedDetail,
  LdcRegistryLoadedDetail,
} from './core/events.js';
