/**
 * Colours for the configurator: reading what a web editor types, and the nearest colour that
 * passes the contrast check. Plain TypeScript, no DOM.
 */
import { contrastRatio, parseHex } from '../../../src/core/contrast.js';

/** `#rgb` or `#rrggbb` (with or without the #, any case) as `#rrggbb` in lower case; null otherwise. */
export function normaliseHex(value: string): string | null {
  const trimmed = value.trim();
  const rgb = parseHex(trimmed.startsWith('#') ? trimmed : `#${trimmed}`);
  return rgb ? toHex(rgb) : null;
}

export const toHex = (rgb: readonly number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** A colour the result must contrast with, and by how much (4.5 for text, 3 for borders). */
export interface ContrastNeed {
  against: string;
  minimum: number;
}

/** Whether `colour` meets every need, using the contrast check's own rounding (down, to 2 decimals). */
export function meetsAll(colour: string, needs: readonly ContrastNeed[]): boolean {
  return needs.every((n) => Math.floor(contrastRatio(colour, n.against) * 100) / 100 >= n.minimum);
}

/** The colour `t` of the way from `rgb` to black (toward 0) or white (toward 255), rounded per channel. */
function mix(rgb: readonly number[], toward: 0 | 255, t: number): number[] {
  return rgb.map((c) => Math.round(c + (toward - c) * t));
}

/** Perceptual distance between two colours (Euclidean in OKLab), to choose between darker and lighter. */
export function colourDistance(a: string, b: string): number {
  const [l1, a1, b1] = oklab(parseHex(a)!);
  const [l2, a2, b2] = oklab(parseHex(b)!);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

function oklab([r, g, b]: readonly number[]): [number, number, number] {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [R, G, B] = [lin(r), lin(g), lin(b)];
  const l = Math.cbrt(0.4122214708 * R + 0.5363325363 * G + 0.0514459929 * B);
  const m = Math.cbrt(0.2119034982 * R + 0.6806995451 * G + 0.1073969566 * B);
  const s = Math.cbrt(0.0883024619 * R + 0.2817188376 * G + 0.6299787005 * B);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/**
 * The nearest colour to `colour` that meets every need: the same hue made just dark enough or
 * just light enough (the smallest step toward black or toward white, 1/255 at a time), whichever
 * is closer to the original. The colour itself when it already passes; null when neither black
 * nor white would (then the other colour of the pair has to change).
 */
export function nearestPassingColour(colour: string, needs: readonly ContrastNeed[]): string | null {
  const start = normaliseHex(colour);
  if (!start) return null;
  if (meetsAll(start, needs)) return start;
  const rgb = parseHex(start)!;
  const candidates: string[] = [];
  for (const toward of [0, 255] as const) {
    for (let step = 1; step <= 255; step++) {
      const candidate = toHex(mix(rgb, toward, step / 255));
      if (meetsAll(candidate, needs)) {
        candidates.push(candidate);
        break;
      }
    }
  }
  if (!candidates.length) return null;
  return candidates.reduce((best, c) => (colourDistance(start, c) < colourDistance(start, best) ? c : best));
}
