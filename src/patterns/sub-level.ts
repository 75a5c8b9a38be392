import type { HeadingLevel } from '../core/ldc-element.js';

/**
 * The level below `level` (a section under the step's heading), never beyond h6. Its own module
 * (not heading.ts), so a first step without sections does not carry it.
 */
export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;
