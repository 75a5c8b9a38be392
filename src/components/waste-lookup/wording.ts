import { msg, str } from '@lit/localize';
import type { Container, ProviderErrorKind } from '../../waste/types.js';
import { binColour } from '../../waste/colours.js';

/** "Every week", "Every other week", or the council's own words. */
export function frequencyText(frequency: string | undefined): string | undefined {
  if (!frequency) return undefined;
  const f = frequency.trim().toLowerCase();
  if (f === 'weekly') return msg('Every week');
  if (f === 'alternate weekly' || f === 'fortnightly') return msg('Every other week');
  if (f.startsWith('alternate weekly')) return msg(str`Every other week ${frequency.trim().slice(16).trim()}`);
  return frequency;
}

function colourName(c: string): string {
  const names: Record<string, string> = {
    black: msg('Black'),
    grey: msg('Grey'),
    green: msg('Green'),
    blue: msg('Blue'),
    brown: msg('Brown'),
    purple: msg('Purple'),
    red: msg('Red'),
    yellow: msg('Yellow'),
    white: msg('White'),
  };
  return names[c] ?? c;
}

function typeName(type: string | undefined): string {
  switch (type) {
    case 'caddy':
    case 'inner_caddy':
      return msg('caddy');
    case 'box':
    case 'triple_box_stack':
      return msg('box');
    case 'sack':
    case 'reusable_sack':
      return msg('sack');
    case 'carrier_bag':
      return msg('bag');
    case 'communal_bin':
      return msg('communal bin');
    default:
      return msg('wheelie bin');
  }
}

/** "Grey wheelie bin with a blue lid, 240 litres": the words beside every picture. */
export function containerText(c: Container | undefined): string | undefined {
  if (!c || (!c.colour && !c.type)) return undefined;
  const body = binColour(c.colour);
  const lid = binColour(c.lidColour);
  const what = body ? `${colourName(body)} ${typeName(c.type)}` : typeName(c.type);
  const withLid = lid && lid !== body ? msg(str`${what} with a ${colourName(lid).toLowerCase()} lid`) : what;
  return c.size ? msg(str`${withLid}, ${c.size} litres`) : withLid;
}

/** What went wrong, for a resident: never a stack trace, always a way forward beside it. */
export function problemText(kind: ProviderErrorKind | 'unknown'): string {
  switch (kind) {
    case 'timeout':
      return msg('The bin day service took too long to answer.');
    case 'network':
      return msg('We could not reach the bin day service. Check your internet connection.');
    case 'http':
      return msg('The bin day service is not working at the moment.');
    case 'invalid-data':
      return msg('The bin day service sent information we could not understand.');
    default:
      return msg('Something went wrong when we looked up bin days.');
  }
}
