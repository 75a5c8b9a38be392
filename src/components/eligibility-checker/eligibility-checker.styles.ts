import { css } from 'lit';
import { token } from '../../core/css.js';
import {
  buttonStyles,
  choiceStyles,
  configProblemStyles,
  errorSummaryStyles,
  fieldStyles,
  insetStyles,
  linkButtonStyles,
  panelStyles,
  summaryListStyles,
} from '../../patterns/index.js';

export const checkerStyles = css`
  .result-section {
    margin-bottom: ${token('space-6')};
  }
  .criteria li {
    margin-bottom: ${token('space-2')};
  }
  .source {
    font-size: ${token('font-size-16')};
  }
  .apply-link {
    display: inline-flex;
    text-decoration: none;
  }
  .apply-link:visited,
  .apply-link:hover {
    color: ${token('color-button-text')};
  }
  .apply-link:focus-visible {
    color: ${token('color-focus-text')};
    background-color: ${token('color-focus')};
    border-color: ${token('color-focus')};
    outline: ${token('focus-width')} solid transparent;
    box-shadow: 0 2px 0 ${token('color-focus-text')};
  }
  .facts {
    margin-top: 0;
  }
`;

/**
 * What both checkers render: questions with radios and checkboxes, buttons, Back and Change,
 * the error summary, check your answers and results. Number and date questions bring their own
 * styles with their code (question-inputs.ts), only for definitions that ask them.
 */
export const checkerPageStyles = [
  fieldStyles,
  choiceStyles,
  buttonStyles,
  linkButtonStyles,
  errorSummaryStyles,
  panelStyles,
  insetStyles,
  configProblemStyles,
  summaryListStyles,
  checkerStyles,
];
