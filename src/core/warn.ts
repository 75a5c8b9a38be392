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
