/**
 * WCAG 2.2 contrast checks for a theme: every foreground/background pair the
 * components draw, with the threshold the criterion sets for it.
 * - 1.4.3 Contrast (Minimum): text 4.5:1.
 * - 1.4.11 Non-text Contrast: UI component boundaries and focus indicators 3:1.
 * Plain TypeScript with no DOM, so councils can run it in Node on their own theme.
 */
import { tokenAliases, tokens, type TokenName } from './tokens.generated.js';

export type Theme = Partial<Record<TokenName, string>>;

export interface ContrastPair {
  /** What the pair is, in words a designer uses. */
  use: string;
  foreground: TokenName;
  background: TokenName;
  /** 4.5 for text (WCAG 1.4.3), 3 for UI boundaries and focus indicators (WCAG 1.4.11). */
  minimum: 4.5 | 3;
}

export interface ContrastResult extends ContrastPair {
  foregroundValue: string;
  backgroundValue: string;
  /** The ratio rounded down to two decimals, so 4.499 never shows as 4.5. */
  ratio: number;
  passes: boolean;
}

const TEXT = 4.5;
const UI = 3;

/** Every pair the components use. Add a pair here when a component draws a new one. */
export const contrastPairs: readonly ContrastPair[] = [
  { use: 'Body text', foreground: 'color-text', background: 'color-background', minimum: TEXT },
  { use: 'Hint text', foreground: 'color-secondary-text', background: 'color-background', minimum: TEXT },
  { use: 'Link', foreground: 'color-link', background: 'color-background', minimum: TEXT },
  { use: 'Visited link', foreground: 'color-link-visited', background: 'color-background', minimum: TEXT },
  { use: 'Hovered link', foreground: 'color-link-hover', background: 'color-background', minimum: TEXT },
  { use: 'Error message', foreground: 'color-error', background: 'color-background', minimum: TEXT },
  { use: 'Success text', foreground: 'color-success', background: 'color-background', minimum: TEXT },
  { use: 'Text on inset panels', foreground: 'color-text', background: 'color-surface-background', minimum: TEXT },
  { use: 'Link on inset panels', foreground: 'color-link', background: 'color-surface-background', minimum: TEXT },
  { use: 'Primary button text', foreground: 'color-button-text', background: 'color-button', minimum: TEXT },
  {
    use: 'Secondary button text',
    foreground: 'color-button-secondary-text',
    background: 'color-button-secondary',
    minimum: TEXT,
  },
  { use: 'Warning button text', foreground: 'color-inverse-text', background: 'color-warning-button', minimum: TEXT },
  { use: 'Result panel text', foreground: 'color-inverse-text', background: 'color-success', minimum: TEXT },
  { use: 'Banner title text', foreground: 'color-inverse-text', background: 'color-brand', minimum: TEXT },
  { use: 'Focused link text', foreground: 'color-focus-text', background: 'color-focus', minimum: TEXT },
  {
    use: 'Input, radio and checkbox border',
    foreground: 'color-input-border',
    background: 'color-background',
    minimum: UI,
  },
  { use: 'Error border', foreground: 'color-error', background: 'color-background', minimum: UI },
  { use: 'Focus indicator outer ring', foreground: 'color-focus-text', background: 'color-background', minimum: UI },
  { use: 'Focus indicator against its ring', foreground: 'color-focus-text', background: 'color-focus', minimum: UI },
  { use: 'Primary button edge', foreground: 'color-button', background: 'color-background', minimum: UI },
  { use: 'Brand emblem', foreground: 'color-brand', background: 'color-background', minimum: UI },
];

/** Parses #rgb or #rrggbb; returns null for anything else (named colours, var(), rgba). */
export function parseHex(value: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.2 relative luminance of an sRGB colour. */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two hex colours, from 1 to 21; NaN when either is not a hex colour. */
export function contrastRatio(a: string, b: string): number {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) return Number.NaN;
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Checks a theme (token overrides, e.g. `{ 'color-link': '#8a1538' }`) against every pair
 * the components use. Tokens the theme leaves out keep their defaults. A value that is not
 * a hex colour fails, because it cannot be checked.
 */
export function checkThemeContrast(theme: Theme = {}): ContrastResult[] {
  const value = (name: TokenName) => theme[name] ?? resolve(name);
  return contrastPairs.map((pair) => {
    const foregroundValue = value(pair.foreground);
    const backgroundValue = value(pair.background);
    const raw = contrastRatio(foregroundValue, backgroundValue);
    const ratio = Number.isNaN(raw) ? 0 : Math.floor(raw * 100) / 100;
    return { ...pair, foregroundValue, backgroundValue, ratio, passes: ratio >= pair.minimum };
  });

  function resolve(name: TokenName): string {
    const alias = tokenAliases[name];
    return alias ? value(alias) : tokens[name];
  }
}

/** The failing pairs only: an empty array means the theme is accessible. */
export function themeContrastFailures(theme: Theme = {}): ContrastResult[] {
  return checkThemeContrast(theme).filter((r) => !r.passes);
}
