import { defineConfig } from 'vite';
import { packageAlias } from '../shared/package-alias.ts';

// The template above is compiled in the browser, so use Vue's build that includes the compiler.
// The package alias resolves @local-digital/components from this repository (see package-alias.ts).
export default defineConfig({
  base: './',
  resolve: { alias: [...packageAlias, { find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }] },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: { outDir: '../../build/examples/vue', emptyOutDir: true },
  logLevel: 'warn',
});
