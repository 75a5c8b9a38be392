import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { tokenDocs } from '../support/token-docs.js';
import { contrastRatio } from '../../src/core/contrast.js';
import { tokens, type TokenName } from '../../src/core/tokens.generated.js';
import './token-table.js';

const meta: Meta = {
  title: 'Foundations/Tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Every design token, generated from the DTCG JSON in `tokens/`. Components read only these `--ldc-*` custom properties, with the default as a fallback, so they render with no stylesheet; load `dist/tokens/tokens.css` or set any property in your own CSS to theme them. Colour swatches show their contrast against the default background.',
      },
    },
  },
};
export default meta;

const resolved = (cssName: string) => tokens[cssName.replace(/^--ldc-/, '') as TokenName];

function table(filter: (type: string) => boolean, caption: string) {
  const rows = tokenDocs.filter((t) => filter(t.type));
  return html`<ldc-token-table
    .caption=${caption}
    .rows=${rows.map((t) => {
      const value = resolved(t.name) ?? t.value;
      const ratio = t.type === 'color' ? contrastRatio(value, tokens['color-background']) : NaN;
      return { ...t, value, swatch: t.type === 'color' ? value : '', ratio };
    })}
  ></ldc-token-table>`;
}

export const Colour: StoryObj = { render: () => table((t) => t === 'color', 'Colour tokens') };
export const Typography: StoryObj = {
  render: () => table((t) => ['fontFamily', 'fontWeight', 'number'].includes(t) || t === '', 'Typography tokens'),
};
export const SpacingAndLayout: StoryObj = {
  render: () => table((t) => t === 'dimension', 'Spacing and layout tokens'),
};
