import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

// ---- Layers (CONTRIBUTING.md, "Architecture"): what each folder of src/ may import --------------------
// One rule per folder, as regular expressions over the import path; static imports are checked by
// no-restricted-imports, dynamic import('…') by no-restricted-syntax, from the same list.
const LIT = { regex: '^(lit|@lit/)', message: 'Only core, patterns and components use Lit.' };
const COMPONENTS = { regex: '(^|/)components/', message: 'Only define/ imports components.' };
const DEFINE = { regex: '(^|/)(define/|cdn\\.js$)', message: 'Only cdn.ts imports define/; nothing imports cdn.ts.' };
const PATTERNS = { regex: '(^|/)patterns/', message: 'Only components (and core, for base styles) use patterns.' };
const DOMAIN = '(^|/)(eligibility|waste|endorsement)/';
/** Core modules that need neither Lit nor the DOM: the only ones a domain engine may use. */
const PURE_CORE = 'url-policy|fetch-json|intl|tokens\\.generated|warn|format|events|contrast';
const layer = (files, restricted) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: restricted }],
    'no-restricted-syntax': [
      'error',
      ...restricted.map(({ regex, message }) => ({
        // esquery regexes cannot hold a slash, so it is written \x2F.
        selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`,
        message,
      })),
    ],
  },
});
const domain = (name) =>
  layer(
    [`src/${name}/**/*.ts`],
    [
      LIT,
      COMPONENTS,
      DEFINE,
      PATTERNS,
      {
        regex: `(^|/)(${['eligibility', 'waste', 'endorsement'].filter((d) => d !== name).join('|')})/`,
        message: 'A domain engine never imports another domain engine.',
      },
      {
        regex: `(^|/)core/(?!(${PURE_CORE})\\.js$)`,
        message: `A domain engine is DOM-free: from core it may import only ${PURE_CORE.replaceAll('\\', '').replaceAll('|', ', ')}.`,
      },
    ],
  );
const layers = [
  layer(
    ['src/core/**/*.ts'],
    [
      COMPONENTS,
      DEFINE,
      { regex: '(^|/)patterns/(?!styles/)', message: 'core takes only the base styles from patterns/styles.' },
      { regex: DOMAIN, allowTypeImports: true, message: 'core imports only types from a domain engine.' },
    ],
  ),
  layer(
    ['src/patterns/**/*.ts'],
    [
      COMPONENTS,
      DEFINE,
      { regex: DOMAIN, message: 'Patterns know no domain: a component passes them words and values.' },
    ],
  ),
  domain('eligibility'),
  domain('waste'),
  domain('endorsement'),
  layer(
    ['src/components/**/*.ts'],
    [
      DEFINE,
      {
        regex: '^\\.\\./([a-z0-9-]+)/\\1\\.js$',
        message: "A component never imports another component's element: share a helper, a controller or a pattern.",
      },
    ],
  ),
  layer(
    ['src/define/*.ts'],
    [
      LIT,
      PATTERNS,
      { regex: DOMAIN, message: 'A define file only defines its element.' },
      {
        regex: '^\\.\\./(?!core/define\\.js$|components/)',
        message: 'A define file imports core/define.js and its component only.',
      },
    ],
  ),
  layer(['src/cdn.ts'], [{ regex: '^\\./(?!define/)', message: 'The CDN bundle imports define files only.' }]),
  layer(['src/index.ts'], [DEFINE, COMPONENTS]),
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'src/core/tokens.generated.ts',
      'src/locales/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Patterns are templates rendered in the using component's shadow root; ids are per root.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // chai assertions read as expressions: expect(x).to.be.true
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['*.mjs', '*.js', 'scripts/**', 'tokens/**', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  ...layers,
);
