/** Fills {postcode} or {uprn} in a URL template, each value URL-encoded. No DOM. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? encodeURIComponent(values[key]) : whole,
  );
}
