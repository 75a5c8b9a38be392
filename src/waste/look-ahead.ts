/**
 * The look-ahead: every collection from `from` to `to`, and past `to` only what a service still
 * needs to show its next `perService` collections (a garden waste service that stops for the
 * winter, a Christmas tree collection once a year). Plain TypeScript, no DOM.
 */
import type { Collection, CollectionOptions } from './types.js';

/** The end of the window a provider reads: `lookAhead.until` when it is later than `to`. */
export function horizon(options: Pick<CollectionOptions, 'to' | 'lookAhead'>): string {
  const until = options.lookAhead?.until;
  return until && until > options.to ? until : options.to;
}

/**
 * The collections a lookup shows, from any list (in any order): those from `from` to `to`, then,
 * for each service with fewer than `perService` collections (not counting cancelled ones) by
 * `to`, its next ones up to `until` until it has `perService`, with the cancellations among
 * them. Without `lookAhead`, those from `from` to `to`. In date order; linear after the sort.
 */
export function lookAheadCollections(
  collections: readonly Collection[],
  options: Pick<CollectionOptions, 'from' | 'to' | 'lookAhead'>,
): Collection[] {
  const { from, to } = options;
  const end = horizon(options);
  const want = options.lookAhead ? Math.max(0, Math.floor(options.lookAhead.perService)) : 0;
  const sorted = collections
    .filter((c) => c.date >= from && c.date <= end)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const have = new Map<string, number>();
  for (const c of sorted)
    if (c.date <= to && c.status !== 'cancelled') have.set(c.serviceId, (have.get(c.serviceId) ?? 0) + 1);
  return sorted.filter((c) => {
    if (c.date <= to) return true;
    const n = have.get(c.serviceId) ?? 0;
    if (n >= want) return false;
    if (c.status !== 'cancelled') have.set(c.serviceId, n + 1);
    return true;
  });
}
