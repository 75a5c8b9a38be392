/**
 * The LocalGov Drupal preset (tokens/themes/localgov-drupal.css) as data: which LocalGov base
 * theme custom property each of our tokens reads, and LocalGov's defaults, so the configurator can
 * preview it and the tests can check the CSS file says the same and passes the contrast check.
 *
 * Source: localgovdrupal/localgov_base, branch 1.x, css/base/variables.css (commit 65a5e11,
 * October 2024), where the properties are declared on `body`. The values there that are var()
 * references are resolved here (e.g. --color-link: var(--color-accent) → #652c95).
 */
import type { Theme } from '../../src/core/contrast.js';
import type { TokenName } from '../../src/core/tokens.generated.js';

/** Our token → [the LocalGov property it reads, our default as the fallback]. */
export const LOCALGOV_MAPPING: Partial<Record<TokenName, [string, string]>> = {
  'color-text': ['--color-text', '#0b0c0c'],
  'color-link': ['--color-link', '#1a65a6'],
  'color-link-visited': ['--color-link', '#54319f'],
  'color-link-hover': ['--color-link', '#0f385c'],
  'color-brand': ['--color-accent', '#1d70b8'],
  'color-button': ['--button-bg-color', '#0f7a52'],
  'color-button-text': ['--button-text-color', '#ffffff'],
  'color-focus': ['--color-focus', '#ffdd00'],
  'color-success': ['--color-success', '#0f7a52'],
  'color-error': ['--color-danger', '#ca3535'],
  'color-border': ['--border-color', '#cecece'],
  'radius-control': ['--button-border-radius', '0'],
};

/** LocalGov base theme defaults for the properties the preset reads (resolved, as hex). */
export const LOCALGOV_DEFAULTS: Record<string, string> = {
  '--color-text': '#0b0c0c', // var(--color-black)
  '--color-link': '#652c95', // var(--color-accent)
  '--color-accent': '#652c95',
  '--button-bg-color': '#652c95', // var(--color-accent)
  '--button-text-color': '#ffffff', // var(--color-white): #fff
  '--color-focus': '#ffdd00', // var(--color-yellow): #fd0
  '--color-success': '#048a04', // var(--color-green)
  '--color-danger': '#e4251b', // var(--color-red)
  '--border-color': '#cecfd0', // var(--color-grey-light)
  '--button-border-radius': '0',
};

/** The theme the preset gives, for the LocalGov values a page has (its defaults unless given). */
export function localGovTheme(values: Record<string, string> = LOCALGOV_DEFAULTS): Theme {
  return Object.fromEntries(
    Object.entries(LOCALGOV_MAPPING).map(([name, [from, fallback]]) => [name, values[from] ?? fallback]),
  ) as Theme;
}

/** On a LocalGov site with the base theme's own colours. */
export const LOCALGOV_DEFAULT_THEME: Theme = localGovTheme();
