import { buttonStyles, configProblemStyles } from '../../patterns/index.js';

/**
 * What both checkers show first: the start page's button and the configuration message. The
 * later steps bring their own styles with their chunks (view.ts), so a checker's entry carries
 * only these.
 */
export const checkerPageStyles = [buttonStyles, configProblemStyles];
