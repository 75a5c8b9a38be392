import { css } from 'lit';
import { token } from '../../core/css.js';

export const lookupStyles = css`
  .address-line {
    font-weight: ${token('font-weight-bold')};
    margin-bottom: ${token('space-2')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')} ${token('space-4')};
    margin-bottom: ${token('space-6')};
  }
  .services {
    list-style: none;
    margin: 0 0 ${token('space-6')};
    padding: 0;
  }
  .service {
    display: flex;
    gap: ${token('space-4')};
    align-items: flex-start;
    padding: ${token('space-4')} 0;
    border-top: 1px solid ${token('color-border')};
  }
  .service:last-child {
    border-bottom: 1px solid ${token('color-border')};
  }
  .service-body {
    flex: 1 1 auto;
    min-width: 0;
  }
  .service-body .ldc-heading-m {
    margin-bottom: ${token('space-2')};
  }
  .next {
    font-size: ${token('font-size-24')};
    font-weight: ${token('font-weight-bold')};
    margin: 0 0 ${token('space-2')};
  }
  .facts {
    margin: 0 0 ${token('space-2')};
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .facts dt {
    font-weight: ${token('font-weight-bold')};
  }
  .facts dd {
    margin: 0;
  }
  .notice {
    margin: 0 0 ${token('space-2')};
    padding-left: ${token('space-2')};
    border-left: 4px solid ${token('color-brand')};
  }
  .calendar {
    margin-bottom: ${token('space-6')};
  }
  .loading {
    font-weight: ${token('font-weight-bold')};
  }
  @media (max-width: 400px) {
    .service {
      flex-direction: column;
    }
  }
`;
