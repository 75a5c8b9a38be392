/** Local Digital signatories registry: types, validation, signatures, verification. No DOM. */
export * from './types.js';
export { validateRegistry, describeProblems, MAX_ENTRIES, MAX_PROBLEMS } from './validate.js';
export { isRealDate, isEvidenceUrl } from './evidence.js';
export { verify } from './verify.js';
export { verifyRegistrySignature, parseSignature, type SignatureCheck } from './signature.js';
export { fetchSignedRegistry, MAX_REGISTRY_CHARS } from './fetch-signed.js';
export { TRUSTED_PUBLISHERS } from './trusted-publishers.js';
export {
  loadRegistry,
  loadRegistryOnce,
  signatureUrlFor,
  type RegistryLoad,
  type RegistryLoadOptions,
} from './load-registry.js';
export { bundledRegistry } from './bundled-registry.js';
export { filterSignatories, SORTS, type Sort, type SignatoryQuery } from './filter.js';
