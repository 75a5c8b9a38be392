import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { trustedPublishersVitePlugin } from '../scripts/trusted-publishers.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  staticDirs: [{ from: '../stories/assets', to: '/assets' }],
  addons: [
    '@storybook/addon-a11y',
    // GitHub-style tables in the MDX docs pages (without it they show as raw pipes).
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The endorsement stories' signed registries: a throwaway demo key made when Storybook starts
  // trusts them, in place of the (empty) production trust list. Never in dist/.
  viteFinal: (config) => ({ ...config, plugins: [...(config.plugins ?? []), trustedPublishersVitePlugin()] }),
};
export default config;
