/** Local Digital signatories registry: types, validation, signatures, verification. No DOM. */
export * from './types.js';
export {
  validateRegistry,
  describeProblems,
  isRealDate,
  isEvidenceUrl,
  MAX_ENTRIES,
  MAX_PROBLEMS,
} from './validate.js';
export { verify } from './verify.js';
export { verifyRegistrySignature, parseSignature, NO_PUBLISHER_KEY, type SignatureCheck } from './signature.js';
export { TRUSTED_PUBLISHERS } from './trusted-publishers.js';
export {
  loadRegistry,
  loadRegistryOnce,
  signatureUrlFor,
  MAX_REGISTRY_CHARS,
  type RegistryLoad,
  type RegistryLoadOptions,
} from './load-registry.js';
export { bundledRegistry } from './bundled-registry.js';
export { filterSignatories, SORTS, type Sort, type SignatoryQuery } from './filter.js';
