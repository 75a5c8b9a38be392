/**
 * The eligibility engine as a journey uses it: its own chunk, loaded beside a definition (the
 * start page does not need it, so a checker's entry does not carry it). See journey.ts.
 */
export { answersOnPath, checkAnswers, evaluate, findQuestion, offeredFor } from '../../eligibility/evaluate.js';
export { draftFor, parseInput } from '../../eligibility/input.js';
