import { css } from 'lit';
import { token } from '../../core/css.js';

/** GOV.UK warning text. */
export const warningStyles = css`
  .ldc-warning-text {
    position: relative;
    margin-bottom: ${token('space-6')};
    padding: 10px 0;
  }
  .ldc-warning-text__icon {
    position: absolute;
    left: 0;
    top: 50%;
    transform: translateY(-50%);
    box-sizing: border-box;
    display: inline-block;
    min-width: 35px;
    min-height: 35px;
    border: 3px solid ${token('color-text')};
    border-radius: 50%;
    color: ${token('color-inverse-text')};
    background: ${token('color-text')};
    font-size: 30px;
    font-weight: ${token('font-weight-bold')};
    line-height: 29px;
    text-align: center;
    forced-color-adjust: none;
  }
  @media (forced-colors: active) {
    .ldc-warning-text__icon {
      border-color: CanvasText;
      color: Canvas;
      background: CanvasText;
    }
  }
  .ldc-warning-text__text {
    display: block;
    padding-left: 45px;
    font-weight: ${token('font-weight-bold')};
  }
`;
