const formats = new Map<string, Intl.DateTimeFormat>();

/** A DateTimeFormat for these options, made once: lists of 1,000 dates format quickly. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/**
 * Runs `work` while the page is idle (at the latest after 5 s): Intl's formatters and time zones
 * are slow to wake, so making them then spares the step that needs them.
 */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 5000 });
  else setTimeout(work, 50);
}

/**
 * Today's date where UK councils are (Europe/London) as YYYY-MM-DD, whatever the device's time
 * zone: a bin day and an age "on today" are London's. One for every component.
 */
export function londonToday(now: Date = new Date()): string {
  const p = Object.fromEntries(
    dateFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(now)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}`;
}
