import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

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
);
