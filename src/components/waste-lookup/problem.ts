import { msg } from '../../core/i18n.js';
import type { ProviderErrorKind } from '../../waste/types.js';

/** What went wrong, for a resident: never a stack trace, always a way forward beside it. Called while rendering. */
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
