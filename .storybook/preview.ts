import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json'; // written by `npm run analyze` (start and build-storybook run it)
import { exampleThemes } from '../src/core/tokens.generated.js';
import './preview.css';

setCustomElementsManifest(manifest);

/** Applies an example council theme as --ldc-* custom properties around the story. */
const withTheme: Decorator = (story, context) => {
  const theme = exampleThemes[context.globals.theme as string];
  const vars = Object.fromEntries(Object.entries(theme?.tokens ?? {}).map(([k, v]) => [`--ldc-${k}`, v]));
  const background = theme?.tokens['color-background'];
  return html`<div class="sb-theme" style=${styleMap({ ...vars, background: background ?? '' })}>${story()}</div>`;
};

/**
 * Puts the story under lang="cy" or lang="en-GB", as a council page would: each component
 * follows the nearest lang, so the whole story switches language.
 */
const withLanguage: Decorator = (story, context) =>
  html`<div lang=${context.globals.lang === 'cy' ? 'cy' : 'en-GB'}>${story()}</div>`;

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme, withLanguage],
  globalTypes: {
    lang: {
      description: 'Language of the page around the component',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Example council theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default (GOV.UK colours)' },
          ...Object.entries(exampleThemes).map(([value, t]) => ({ value, title: t.description.split(':')[0] })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', lang: 'en' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Getting started',
          ['Overview', 'Plain HTML', 'LocalGov Drupal', 'WordPress', 'React 18 and 19', 'Vue 3', 'Angular'],
          'Foundations',
          'Patterns',
          'Components',
        ],
      },
    },
  },
};
export default preview;
