/** The declarative eligibility engine: definitions are data, evaluate() is pure. No DOM. */
export * from './types.js';
export {
  evaluate,
  checkAnswers,
  findQuestion,
  resolveSettings,
  settingAccepts,
  visibleOptions,
  offeredFor,
  derivedValue,
  answersOnPath,
} from './evaluate.js';
export { settingRule } from './settings-rule.js';
export { validateDefinition, MAX_NESTING, type DefinitionProblem, type DefinitionCheck } from './validate.js';
export { parseInput, type RawInput, type Parsed, type ErrorKey } from './input.js';
export { holds } from './conditions.js';
export { isRealDate, ageOn } from './dates.js';
export { textFor } from './text.js';
export { forEachText, type TextVisitor } from './text-fields.js';
export { flowEdges, reachable, toMermaid, describeCondition, type FlowEdge } from './graph.js';
export { readPersonas, runPersona, runPersonas, type Persona, type PersonaRun } from './personas.js';
export { explore, type Exploration } from './explore.js';
