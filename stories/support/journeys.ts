import { explore } from '../../src/eligibility/explore.js';
import type { Answers, Definition, EvaluateOptions, Settings } from '../../src/eligibility/types.js';

/**
 * The shortest answers that reach every question and every outcome of a definition
 * (`outcome:<id>`), found by the engine's own exploration (evaluate over every option and the
 * numbers the definition names). Stories and tests use them to show every step.
 */
export function journeys(
  definition: Definition,
  settings: Settings = {},
  options: EvaluateOptions = {},
): Record<string, Answers> {
  return explore(definition, settings, options).found;
}
