// Builds into dist/ (published) and build/bundles/ (size measurement only):
//   dist/**            ESM, one file per module (preserveModules), dependencies external
//   dist/cdn/ldc.js    the CDN bundle: Lit and every component, minified, production mode;
//                      lazily loaded chunks (nation rules, ical.js) in dist/cdn/chunks/
//   build/bundles/*    each define entry with Lit included, to measure what a page pays
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { definitionParts } from './scripts/build/definition-parts.mjs';
import { minifyLiterals } from './scripts/build/minify-literals.mjs';

const defineEntries = readdirSync('src/define')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `src/define/${f}`);

/**
 * V8's explicit compile hint (Chrome 136+; other engines ignore the comment): the bundles a page
 * loads by script tag are compiled whole while they stream in, rather than function by function
 * on the main thread when first called. Measured at 4× CPU, first visit, 16 interleaved runs
 * (define → first interactive): Blue Badge start page 96 → 79 ms, waste lookup 78 → 61 ms.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const plugins = (outDir, { compileHint = false } = {}) => [
  definitionParts(), // before node-resolve, which would resolve the definitions' JSON itself
  nodeResolve({ exportConditions: ['production'] }), // strips Lit's dev-mode code
  json({ compact: true, preferConst: true }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, sourceMap: true, outDir }),
  minifyLiterals(), // the CSS and HTML inside css`…` and html`…`, after TypeScript, before terser
  terser({ ecma: 2022, module: true, format: { comments: false, ...(compileHint ? { preamble: COMPILE_HINT } : {}) } }),
];

// Lit's tags and unsafeCSS build values and change nothing else: a stylesheet or template that
// nothing uses is dropped (each element adopts only the pattern styles it renders).
const treeshake = { manualPureFunctions: ['css', 'html', 'svg', 'unsafeCSS'] };

const selfContained = (input, dir) => ({
  input,
  treeshake,
  // The entry may export more than its own exports (what its on-demand chunks import from it), so
  // it is one file, not a two-line facade that a page must fetch before the code behind it.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: plugins(dir, { compileHint: true }),
});

export default [
  {
    input: [
      'src/index.ts',
      'src/patterns/index.ts',
      'src/eligibility/index.ts',
      'src/waste/index.ts',
      'src/endorsement/index.ts',
      'src/react/index.ts',
      ...defineEntries,
    ],
    external: [/^lit/, /^@lit\//, /^react/, 'postcode', 'ical.js', 'tslib'],
    treeshake,
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    plugins: plugins('dist'),
  },
  {
    ...selfContained('src/cdn.ts', 'dist/cdn'),
    output: { ...selfContained('src/cdn.ts', 'dist/cdn').output, entryFileNames: 'ldc.js' },
  },
  ...['src/patterns/index.ts', ...defineEntries].map((input) => {
    const name = input === 'src/patterns/index.ts' ? 'patterns' : basename(input, '.ts');
    return selfContained(input, `build/bundles/${name}`);
  }),
];
