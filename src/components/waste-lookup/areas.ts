/**
 * `postcode-areas`: the postcode areas ("B", "AA"), districts ("AA3") and sectors ("AA3 1") a
 * council covers, separated by spaces or commas. No DOM.
 */

/** Whether a normalised postcode ("AA3 1AB") is within any of the areas listed. */
export function inArea(postcode: string, areas: string): boolean {
  const pc = postcode.trim().toUpperCase();
  const outward = pc.split(' ')[0];
  const letters = /^[A-Z]*/.exec(outward)![0];
  const entries = areas
    .toUpperCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const next = entries[i + 1] ?? '';
    // A sector is a district, a space and one digit: "AA3 1".
    if (/\d/.test(e) && /^\d$/.test(next)) {
      if (pc.startsWith(`${e} ${next}`)) return true;
      i++;
    } else if (/^[A-Z]{1,2}$/.test(e) ? letters === e : outward === e) return true;
  }
  return false;
}
