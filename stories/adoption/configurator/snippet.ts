/**
 * The configurator's model: what a web editor chose, how it is checked, and the snippet it
 * becomes. Plain TypeScript with no DOM, so every rule is unit-tested (test/adoption/).
 *
 * Safety: every value typed into the form is escaped before it goes into the snippet (HTML
 * attribute and text escaping); links must pass the library's own URL policy (`safeUrl`), and
 * data addresses its request policy; colours go into CSS only as validated `#rrggbb` values.
 */
import { safeUrl } from '../../../src/core/url-policy.js';
import { checkThemeContrast, contrastPairs, type ContrastResult, type Theme } from '../../../src/core/contrast.js';
import { tokenAliases, tokens, type TokenName } from '../../../src/core/tokens.generated.js';
import { nearestPassingColour, normaliseHex } from './colour.js';

export const COMPONENTS = ['blue-badge-checker', 'free-school-meals', 'waste-lookup', 'endorsement-badge'] as const;
export type ComponentChoice = (typeof COMPONENTS)[number];
export const NATIONS = ['england', 'scotland', 'wales', 'northern-ireland'] as const;
export const PROVIDERS = ['demo', 'lwss', 'ukbcd', 'ics'] as const;
export const HEADING_LEVELS = ['2', '3', '4', '5', '6'] as const;
export const THEMES = ['default', 'custom', 'localgov'] as const;
export const ANALYTICS = ['none', 'datalayer', 'matomo', 'plausible'] as const;

/** The colours a web editor may set, with the token each one sets. */
export const COLOUR_TOKENS = ['color-brand', 'color-link', 'color-button', 'color-background'] as const;
export type ColourToken = (typeof COLOUR_TOKENS)[number];

/** Everything the form holds, as typed (strings), so nothing is lost when it shows an error. */
export interface Choices {
  component: ComponentChoice | '';
  nation: string;
  provider: string;
  endpoint: string;
  addressesUrl: string;
  collectionsUrl: string;
  icsUrl: string;
  council: string;
  applyHref: string;
  missedHref: string;
  cantFindHref: string;
  orgId: string;
  fallbackHref: string;
  fallbackText: string;
  headingLevel: string;
  theme: string;
  colours: Record<ColourToken, string>;
  analytics: string;
}

export const emptyChoices = (): Choices => ({
  component: '',
  nation: '',
  provider: '',
  endpoint: '',
  addressesUrl: '',
  collectionsUrl: '',
  icsUrl: '',
  council: '',
  applyHref: '',
  missedHref: '',
  cantFindHref: '',
  orgId: '',
  fallbackHref: '',
  fallbackText: '',
  headingLevel: '2',
  theme: 'default',
  colours: { 'color-brand': '', 'color-link': '', 'color-button': '', 'color-background': '' },
  analytics: 'none',
});

/** The form's fields (ids of their first control), in the order they appear. */
export type FieldId =
  | 'component'
  | 'nation'
  | 'provider'
  | 'endpoint'
  | 'addresses-url'
  | 'collections-url'
  | 'ics-url'
  | 'council'
  | 'apply-href'
  | 'missed-href'
  | 'cant-find-href'
  | 'org-id'
  | 'fallback-href'
  | 'fallback-text'
  | 'heading-level'
  | 'theme'
  | ColourToken
  | 'analytics';

/** What is wrong with a field, as a code the element words (so the words stay in msg()). */
export type Problem =
  | 'choose-component'
  | 'choose-nation'
  | 'choose-provider'
  | 'enter-address'
  | 'unsafe-link'
  | 'unsafe-request'
  | 'enter-org-id'
  | 'org-id-format'
  | 'enter-fallback-link'
  | 'enter-fallback-text'
  | 'enter-colour'
  | 'colour-format';

export interface FieldProblem {
  field: FieldId;
  problem: Problem;
}

/** Which fields a component shows. */
export function fieldsFor(component: ComponentChoice | ''): FieldId[] {
  switch (component) {
    case 'blue-badge-checker':
      return ['nation', 'council', 'apply-href', 'heading-level'];
    case 'free-school-meals':
      return ['council', 'apply-href', 'heading-level'];
    case 'waste-lookup':
      return ['provider', 'missed-href', 'cant-find-href', 'heading-level'];
    case 'endorsement-badge':
      return ['org-id'];
    default:
      return [];
  }
}

/** The data addresses a waste provider needs. */
export function providerFields(provider: string): ('endpoint' | 'addresses-url' | 'collections-url' | 'ics-url')[] {
  if (provider === 'lwss') return ['endpoint'];
  if (provider === 'ukbcd') return ['addresses-url', 'collections-url'];
  if (provider === 'ics') return ['addresses-url', 'ics-url'];
  return [];
}

const URL_FIELD: Record<'endpoint' | 'addresses-url' | 'collections-url' | 'ics-url', keyof Choices> = {
  endpoint: 'endpoint',
  'addresses-url': 'addressesUrl',
  'collections-url': 'collectionsUrl',
  'ics-url': 'icsUrl',
};

/** A link under the library's URL policy; '' when empty; null when refused. */
function link(value: string): string | null {
  if (!value.trim()) return '';
  return safeUrl(value, 'link');
}

/** One text value for an attribute: whitespace (and control characters) collapsed to single spaces. */
export const oneLine = (value: string) =>
  value
    .replace(/[\u0000-\u001f\u007f\s]+/g, ' ') // eslint-disable-line no-control-regex
    .trim();

/** Escapes a value for a double-quoted HTML attribute. */
export const escapeAttribute = (value: string) =>
  oneLine(value)
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

/** Escapes text between tags. */
export const escapeText = (value: string) =>
  oneLine(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Every problem with the choices, in the order of the form. Empty: the snippet can be made. */
export function validate(c: Choices): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: FieldId, problem: Problem) => problems.push({ field, problem });
  if (!(COMPONENTS as readonly string[]).includes(c.component)) {
    add('component', 'choose-component');
    return problems;
  }
  const fields = fieldsFor(c.component);
  if (fields.includes('nation') && !(NATIONS as readonly string[]).includes(c.nation)) add('nation', 'choose-nation');
  if (fields.includes('provider')) {
    if (!(PROVIDERS as readonly string[]).includes(c.provider)) add('provider', 'choose-provider');
    for (const f of providerFields(c.provider)) {
      const value = String(c[URL_FIELD[f]]);
      if (!value.trim()) add(f, 'enter-address');
      else if (safeUrl(value, 'request') === null) add(f, 'unsafe-request');
    }
  }
  for (const [field, value] of [
    ['apply-href', c.applyHref],
    ['missed-href', c.missedHref],
    ['cant-find-href', c.cantFindHref],
  ] as const)
    if (fields.includes(field) && link(value) === null) add(field, 'unsafe-link');
  if (fields.includes('org-id')) {
    if (!c.orgId.trim()) add('org-id', 'enter-org-id');
    else if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/.test(c.orgId.trim())) add('org-id', 'org-id-format');
  }
  const fallback = link(c.fallbackHref);
  if (fallback === '') add('fallback-href', 'enter-fallback-link');
  else if (fallback === null) add('fallback-href', 'unsafe-link');
  if (!oneLine(c.fallbackText)) add('fallback-text', 'enter-fallback-text');
  if (c.theme === 'custom')
    for (const token of COLOUR_TOKENS) {
      const value = c.colours[token];
      if (value.trim() && normaliseHex(value) === null) add(token, 'colour-format');
    }
  return problems;
}

/** The colours a custom theme sets (valid ones only), as token overrides. */
export function themeOf(c: Choices): Theme {
  if (c.theme !== 'custom') return {};
  const theme: Theme = {};
  for (const token of COLOUR_TOKENS) {
    const hex = normaliseHex(c.colours[token]);
    if (hex) theme[token] = hex;
  }
  return theme;
}

/** A failing pair, which of its colours to change, and the nearest colour that passes. */
export interface ContrastAdvice extends ContrastResult {
  /** The colour to change: the one the editor set (the foreground when both are theirs). */
  change: TokenName;
  /** The nearest colour for `change` that passes every pair it is in, or null if none does. */
  suggestion: string | null;
}

/** The theme's value for a token, following aliases to their defaults like the components do. */
function valueOf(theme: Theme, name: TokenName): string {
  const own = theme[name];
  if (own) return own;
  const alias = tokenAliases[name];
  return alias ? valueOf(theme, alias) : tokens[name];
}

/** The token an alias chain lands on within the theme (e.g. color-button-text → color-inverse-text). */
function ownerOf(theme: Theme, name: TokenName): TokenName {
  let current = name;
  while (!theme[current] && tokenAliases[current]) current = tokenAliases[current]!;
  return current;
}

/**
 * The contrast check of a theme, with advice for each failing pair: which colour to change and
 * the nearest colour that passes every pair that colour is in (so fixing one pair never breaks
 * another).
 */
export function contrastAdvice(theme: Theme): ContrastAdvice[] {
  return checkThemeContrast(theme)
    .filter((r) => !r.passes)
    .map((r) => {
      const fg = ownerOf(theme, r.foreground);
      const bg = ownerOf(theme, r.background);
      const change = theme[fg] ? fg : theme[bg] ? bg : fg;
      const needs = contrastPairs.flatMap((p) => {
        const pf = ownerOf(theme, p.foreground);
        const pb = ownerOf(theme, p.background);
        if (pf === change && pb !== change) return [{ against: valueOf(theme, pb), minimum: p.minimum }];
        if (pb === change && pf !== change) return [{ against: valueOf(theme, pf), minimum: p.minimum }];
        return [];
      });
      return { ...r, change, suggestion: nearestPassingColour(valueOf(theme, change), needs) };
    });
}

/** The release the snippet pins: the package's name and version, and the SRI hash of each CDN file. */
export interface Release {
  name: string;
  version: string;
  /** Package-relative path (e.g. "dist/cdn/ldc.js") → "sha384-…"; empty when the build has not run. */
  files: Record<string, string>;
}

export const CDN_ORIGIN = 'https://cdn.jsdelivr.net';
export const cdnUrl = (release: Release, path: string) =>
  `${CDN_ORIGIN}/npm/${release.name}@${release.version}/${path}`;
export const BUNDLE = 'dist/cdn/ldc.js';
export const LOCALGOV_PRESET = 'dist/tokens/themes/localgov-drupal.css';
export const FSM_DEFINITION = 'dist/definitions/free-school-meals-england.json';

/** A script or stylesheet from the CDN at the pinned version, with its integrity hash. */
function pinned(release: Release, path: string): { url: string; integrity: string } {
  return { url: cdnUrl(release, path), integrity: release.files[path] ?? '' };
}

export function scriptTag(release: Release): string {
  const { url, integrity } = pinned(release, BUNDLE);
  const sri = integrity ? ` integrity="${integrity}"` : '';
  return `<script type="module" src="${url}"${sri} crossorigin="anonymous"></script>`;
}

export interface Snippet {
  /** The tag(s) for the page: script (and preset stylesheet), then the element with its fallback link. */
  html: string;
  /** CSS for the site's own stylesheet (custom colours), or ''. */
  css: string;
  /** The Content-Security-Policy the page needs. */
  csp: string;
  /** Files the snippet names that have no integrity hash (the build has not run). */
  missingIntegrity: string[];
}

const TAGS: Record<ComponentChoice, string> = {
  'blue-badge-checker': 'ldc-blue-badge-checker',
  'free-school-meals': 'ldc-eligibility-checker',
  'waste-lookup': 'ldc-waste-lookup',
  'endorsement-badge': 'ldc-endorsement-badge',
};
export const tagOf = (component: ComponentChoice) => TAGS[component];

/** The element's attributes, in a stable order, values as they go into the page (not yet escaped). */
export function attributesOf(c: Choices, release: Release): [string, string][] {
  const component = c.component as ComponentChoice;
  const fields = fieldsFor(component);
  const attrs: [string, string][] = [];
  const set = (name: string, value: string | null) => {
    if (value) attrs.push([name, value]);
  };
  if (component === 'free-school-meals') set('src', cdnUrl(release, FSM_DEFINITION));
  if (fields.includes('nation')) set('nation', c.nation);
  if (fields.includes('provider')) {
    set('provider', c.provider);
    for (const f of providerFields(c.provider)) set(f, safeUrl(String(c[URL_FIELD[f]]), 'request'));
  }
  if (fields.includes('council')) set('council', oneLine(c.council));
  if (fields.includes('apply-href')) set('apply-href', link(c.applyHref));
  if (fields.includes('missed-href')) set('missed-href', link(c.missedHref));
  if (fields.includes('cant-find-href')) set('cant-find-href', link(c.cantFindHref));
  if (fields.includes('org-id')) set('org-id', c.orgId.trim());
  if (fields.includes('heading-level') && c.headingLevel !== '2') set('heading-level', c.headingLevel);
  if ((ANALYTICS as readonly string[]).includes(c.analytics) && c.analytics !== 'none') set('analytics', c.analytics);
  return attrs;
}

/** The origin of an absolute http(s) address, or null for a relative one. */
function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The Content-Security-Policy for a page with this snippet (the tested line, with the CDN and data origins added). */
export function cspFor(c: Choices): string {
  const connect = new Set<string>();
  if (c.component === 'free-school-meals') connect.add(CDN_ORIGIN);
  if (c.component === 'waste-lookup')
    for (const f of providerFields(c.provider)) {
      const origin = originOf(safeUrl(String(c[URL_FIELD[f]]), 'request') ?? '');
      if (origin) connect.add(origin);
    }
  const styles = c.theme === 'localgov' ? ` ${CDN_ORIGIN}` : '';
  return [
    "default-src 'self'",
    `script-src 'self' ${CDN_ORIGIN}`,
    `style-src 'self'${styles}`,
    "img-src 'self'",
    `connect-src 'self'${[...connect].map((o) => ` ${o}`).join('')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** The snippet for valid choices (call validate first). */
export function buildSnippet(c: Choices, release: Release): Snippet {
  const component = c.component as ComponentChoice;
  const tag = TAGS[component];
  const missingIntegrity: string[] = [];
  const head: string[] = [scriptTag(release)];
  if (!release.files[BUNDLE]) missingIntegrity.push(BUNDLE);
  if (c.theme === 'localgov') {
    const { url, integrity } = pinned(release, LOCALGOV_PRESET);
    if (!integrity) missingIntegrity.push(LOCALGOV_PRESET);
    head.push(
      `<link rel="stylesheet" href="${url}"${integrity ? ` integrity="${integrity}"` : ''} crossorigin="anonymous" />`,
    );
  }
  const attrs = attributesOf(c, release);
  const open =
    attrs.length === 0
      ? `<${tag}>`
      : `<${tag}\n${attrs.map(([name, value]) => `  ${name}="${escapeAttribute(value)}"`).join('\n')}\n>`;
  const fallback = `  <a href="${escapeAttribute(link(c.fallbackHref) ?? '')}">${escapeText(c.fallbackText)}</a>`;
  const html = `${head.join('\n')}\n\n${open}\n${fallback}\n</${tag}>\n`;
  const theme = themeOf(c);
  const entries = Object.entries(theme) as [TokenName, string][];
  const css = entries.length
    ? `/* Local Digital components: your colours. Put this in your site's stylesheet. */\n:root {\n${entries
        .map(([name, value]) => `  --ldc-${name}: ${value};`)
        .join('\n')}\n}\n`
    : '';
  return { html, css, csp: cspFor(c), missingIntegrity };
}
