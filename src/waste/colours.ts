import type { TokenName } from '../core/tokens.generated.js';

/** Container colour names the bin picture can draw, each a design token. */
export const BIN_COLOURS = ['black', 'grey', 'green', 'blue', 'brown', 'purple', 'red', 'yellow', 'white'] as const;
export type BinColour = (typeof BIN_COLOURS)[number];

const ALIASES: Record<string, BinColour> = {
  gray: 'grey',
  silver: 'grey',
  burgundy: 'red',
  maroon: 'red',
  orange: 'yellow',
};

/** A colour name from council data, as one the picture can draw; anything else is grey. */
export function binColour(name: string | undefined): BinColour | undefined {
  if (!name) return undefined;
  const n = name.trim().toLowerCase();
  if ((BIN_COLOURS as readonly string[]).includes(n)) return n as BinColour;
  return ALIASES[n];
}

/**
 * A colour word in a council's label ("Green Bin", "Blue recycling sack"), for feeds that name
 * bins but give no colour field (UKBinCollectionData, ICS), as written; binColour() reads it.
 * Undefined when there is none.
 */
export function colourInName(name: string): string | undefined {
  return /\b(black|grey|gray|green|blue|brown|purple|red|yellow|white)\b/i.exec(name)?.[1];
}

export const binToken = (c: BinColour): TokenName => `color-bin-${c}`;
