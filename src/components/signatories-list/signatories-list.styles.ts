import { css } from 'lit';
import { token } from '../../core/css.js';

export const listStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-4')};
    align-items: flex-end;
  }
  .filters > * {
    flex: 1 1 14em;
    min-width: 0;
  }
  .filters .ldc-form-group {
    margin-bottom: ${token('space-4')};
  }
  .filters .ldc-select {
    width: 100%;
  }
  .count {
    font-weight: ${token('font-weight-bold')};
    margin: 0 0 ${token('space-3')};
  }
  .table-wrapper {
    overflow-x: auto;
    margin-bottom: ${token('space-6')};
  }
  .table-wrapper:focus-visible {
    outline: ${token('focus-width')} solid ${token('color-focus')};
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: ${token('font-size-16')};
  }
  caption {
    text-align: left;
  }
  th,
  td {
    padding: ${token('space-2')} ${token('space-4')} ${token('space-2')} 0;
    border-bottom: 1px solid ${token('color-border')};
    text-align: left;
    vertical-align: top;
  }
  th {
    font-weight: ${token('font-weight-bold')};
  }
  @media (max-width: 640px) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr,
    td {
      display: block;
    }
    tr {
      padding: ${token('space-2')} 0;
      border-bottom: 1px solid ${token('color-border')};
    }
    td {
      border: 0;
      padding: 2px 0;
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      font-weight: ${token('font-weight-bold')};
    }
  }
`;
