const reported = new Set<string>();

/** console.warn once per distinct message, so a bad attribute does not flood the console. */
export function warnOnce(message: string): void {
  reportOnce('warn', message);
}

/** console.error once per distinct message: a configuration problem the council developer must fix. */
export function errorOnce(message: string): void {
  reportOnce('error', message);
}

function reportOnce(level: 'warn' | 'error', message: string): void {
  if (reported.has(message)) return;
  reported.add(message);
  console[level](message);
}

/**
 * Returns `value` when it is one of `allowed`, otherwise `fallback`, warning once with the
 * element, attribute and allowed values (the foundation's rule for unknown attribute values).
 */
export function pickOption<T extends string | number>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  where: { element: string; attribute: string },
): T {
  if (value === undefined || value === null || value === '') return fallback;
  const match = allowed.find((a) => String(a) === String(value));
  if (match !== undefined) return match;
  warnOnce(
    `<${where.element}>: ${where.attribute}="${String(value)}" is not supported; use one of ${allowed.join(', ')}. Using ${fallback}.`,
  );
  return fallback;
}

/** Where a value came from: the element and its attribute (or property). */
export interface AttributeSource {
  element: string;
  attribute: string;
}

/** Warns once that a value was ignored, naming the attribute, the value and what is used instead. */
export function warnIgnored(where: AttributeSource, value: unknown, instead: string): void {
  const shown = JSON.stringify(String(value).slice(0, 200));
  warnOnce(`<${where.element}>: ${where.attribute}=${shown} is not valid; ${instead}.`);
}

/**
 * A finite number within [min, max] from an attribute or property value, or `fallback` with one
 * warning naming the attribute (e.g. timeout="abc", timeout="-5"). Absent values use the fallback
 * silently.
 */
export function numberOption(
  value: unknown,
  fallback: number,
  where: AttributeSource,
  range: { min?: number; max?: number } = {},
): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  const { min = -Infinity, max = Infinity } = range;
  if (Number.isFinite(n) && n >= min && n <= max) return n;
  const limits = [Number.isFinite(min) ? `at least ${min}` : '', Number.isFinite(max) ? `at most ${max}` : '']
    .filter(Boolean)
    .join(' and ');
  warnIgnored(where, value, `use a number${limits ? ` ${limits}` : ''}. Using ${fallback}`);
  return fallback;
}
