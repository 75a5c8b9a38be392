import type { OrganisationType, Role, Scheme, SignatoryEntry } from './types.js';

export const SORTS = ['name-asc', 'name-desc', 'date-desc', 'date-asc'] as const;
export type Sort = (typeof SORTS)[number];

export interface SignatoryQuery {
  /** Words to find in the name, in any order, ignoring case and accents. */
  search?: string;
  scheme?: Scheme | '';
  type?: OrganisationType | '';
  role?: Role | '';
  sort?: Sort;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/**
 * Filters and sorts registry entries for the signatories list. Entries with no signing
 * date sort after dated ones in either date order, then by name.
 */
export function filterSignatories(entries: readonly SignatoryEntry[], query: SignatoryQuery): SignatoryEntry[] {
  const words = fold(query.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const rows = entries.filter((e) => {
    if (query.scheme && e.scheme !== query.scheme) return false;
    if (query.type && e.type !== query.type) return false;
    if (query.role && e.role !== query.role) return false;
    if (!words.length) return true;
    const name = fold(e.name);
    return words.every((w) => name.includes(w));
  });
  const sort = query.sort ?? 'name-asc';
  const byName = (a: SignatoryEntry, b: SignatoryEntry) => collator.compare(a.name, b.name);
  return rows.sort((a, b) => {
    if (sort === 'name-asc') return byName(a, b);
    if (sort === 'name-desc') return byName(b, a);
    if (a.dateSigned === b.dateSigned) return byName(a, b);
    if (!a.dateSigned) return 1;
    if (!b.dateSigned) return -1;
    return sort === 'date-desc' ? b.dateSigned.localeCompare(a.dateSigned) : a.dateSigned.localeCompare(b.dateSigned);
  });
}
