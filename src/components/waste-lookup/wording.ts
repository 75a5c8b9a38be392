/**
 * The lookup's words for data: whole sentences and standalone words from msg(), never words
 * joined into a sentence (Welsh puts adjectives after nouns and mutates them). Called only while
 * rendering, so every string is in the language of the element that renders it.
 */
import { msg, str } from '../../core/i18n.js';
import type { BinColour } from '../../waste/colours.js';

/** "Every week", "Every other week", or the council's own words. */
export function frequencyText(frequency: string | undefined): string | undefined {
  if (!frequency?.trim()) return undefined;
  const f = frequency.trim().toLowerCase();
  if (f === 'weekly') return msg('Every week');
  if (f === 'alternate weekly' || f === 'fortnightly') return msg('Every other week');
  if (f.startsWith('alternate weekly ')) {
    const rest = frequency.trim().slice(17).trim();
    return msg(str`Every other week: ${rest}`);
  }
  return frequency.trim();
}

/** A container colour as a word on its own ("Grey"), for the "Colour:" fact. */
export function colourWord(c: BinColour): string {
  switch (c) {
    case 'black':
      return msg('Black');
    case 'grey':
      return msg('Grey');
    case 'green':
      return msg('Green');
    case 'blue':
      return msg('Blue');
    case 'brown':
      return msg('Brown');
    case 'purple':
      return msg('Purple');
    case 'red':
      return msg('Red');
    case 'yellow':
      return msg('Yellow');
    default:
      return msg('White');
  }
}

/** A container type as a noun on its own ("Wheelie bin"), for the "Container:" fact. */
export function containerWord(type: string | undefined): string {
  switch (type) {
    case 'caddy':
    case 'inner_caddy':
      return msg('Caddy');
    case 'box':
    case 'triple_box_stack':
      return msg('Box');
    case 'sack':
    case 'reusable_sack':
      return msg('Sack');
    case 'carrier_bag':
      return msg('Bag');
    case 'communal_bin':
      return msg('Communal bin');
    default:
      return msg('Wheelie bin');
  }
}
