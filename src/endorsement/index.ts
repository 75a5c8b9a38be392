/** Local Digital signatories registry: types, validation, verification. No DOM. */
export * from './types.js';
export { validateRegistry, MAX_ENTRIES } from './validate.js';
export { verify } from './verify.js';
export { loadRegistry, loadRegistryOnce, type RegistryLoad } from './load-registry.js';
export { bundledRegistry } from './bundled-registry.js';
export { filterSignatories, SORTS, type Sort, type SignatoryQuery } from './filter.js';
