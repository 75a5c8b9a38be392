/** The declarative eligibility engine: definitions are data, evaluate() is pure. No DOM. */
export * from './types.js';
export { evaluate, checkAnswers, findQuestion, resolveSettings, visibleOptions, answersOnPath } from './evaluate.js';
export { validateDefinition, MAX_NESTING, type DefinitionProblem, type DefinitionCheck } from './validate.js';
export { parseInput, type RawInput, type Parsed } from './input.js';
export { holds } from './conditions.js';
export { isRealDate } from './dates.js';
