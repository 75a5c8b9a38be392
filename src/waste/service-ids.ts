/** Service ids from councils' own labels, for providers that have only a name. No DOM. */

/** "Mixed recycling" → "mixed-recycling"; "service" when nothing Latin is left. */
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'service';

/**
 * Stable, distinct ids for the labels of one feed: labels that differ only in case, spacing or
 * Unicode composition are one service ("Green Bin", "green  bin"; "é" written as one character
 * or as e + accent); different labels whose slugs meet ("Glass!" and "Glass?", or two names in
 * Arabic, Hebrew or any other script, whose slugs are all "service") get "-2", "-3"… so they
 * are never merged. The name kept is the first spelling, white space tidied.
 */
export function serviceIds() {
  const byKey = new Map<string, { id: string; name: string }>();
  const byName = new Map<string, string>();
  const used = new Set<string>();
  const next = new Map<string, number>();
  return {
    id(name: string): string {
      const known = byName.get(name);
      if (known) return known;
      const key = name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
      let s = byKey.get(key);
      if (!s) {
        const base = slug(key);
        let id = base;
        let n = next.get(base) ?? 2;
        while (used.has(id)) id = `${base}-${n++}`;
        next.set(base, n);
        used.add(id);
        s = { id, name: name.replace(/\s+/g, ' ').trim() };
        byKey.set(key, s);
      }
      byName.set(name, s.id);
      return s.id;
    },
    list: () => [...byKey.values()],
  };
}
