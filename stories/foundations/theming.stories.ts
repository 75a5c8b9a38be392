import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { checkThemeContrast, type Theme } from '../../src/core/contrast.js';
import { exampleThemes } from '../../src/core/tokens.generated.js';
import { button, panel } from '../../src/patterns/index.js';
import '../support/pattern-preview.js';

const meta: Meta = {
  title: 'Foundations/Theming',
  parameters: {
    docs: {
      description: {
        component:
          '“Consistent, not uniform”: each council sets its own colours by overriding `--ldc-*` custom properties, and `checkThemeContrast(theme)` (exported by the package) checks every colour pair the components draw against WCAG 2.2: 4.5:1 for text, 3:1 for borders and focus indicators. Both example councils are fictional.',
      },
    },
  },
};
export default meta;

function themed(name: string, description: string, theme: Theme) {
  const vars = Object.fromEntries(Object.entries(theme).map(([k, v]) => [`--ldc-${k}`, v]));
  const results = checkThemeContrast(theme);
  const failures = results.filter((r) => !r.passes).length;
  return html`<section
    style=${styleMap({ ...vars, background: theme['color-background'] ?? '#ffffff', padding: '1rem' })}
  >
    <h2>${description}</h2>
    <ldc-pattern-preview
      .content=${() =>
        html`${panel('You’re eligible for a Blue Badge', 'Apply to your council')}
          <p class="ldc-body"><a href="#example-${name}">A link in this theme</a></p>
          ${button({ text: 'Continue', type: 'button' })}`}
    ></ldc-pattern-preview>
    <table>
      <caption>
        Contrast check for ${name}: ${failures === 0 ? 'every pair passes' : `${failures} pairs fail`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Pair</th>
          <th scope="col">Ratio</th>
          <th scope="col">Needs</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        ${results.map(
          (r) =>
            html`<tr>
              <td>${r.use}</td>
              <td>${r.ratio.toFixed(2)}:1</td>
              <td>${r.minimum}:1</td>
              <td>${r.passes ? 'Pass' : 'Fail'}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

export const Default: StoryObj = { render: () => themed('default', 'Default (GOV.UK public colours)', {}) };
export const Ashdown: StoryObj = {
  render: () => themed('ashdown', exampleThemes.ashdown.description, exampleThemes.ashdown.tokens),
};
export const Westmere: StoryObj = {
  render: () => themed('westmere', exampleThemes.westmere.description, exampleThemes.westmere.tokens),
};
