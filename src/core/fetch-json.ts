/**
 * Fetches JSON with a timeout and turns every failure into a typed value, never an
 * exception: the one way components and providers read remote data. No DOM needed.
 */
export type FetchFailure =
  | { kind: 'timeout'; message: string }
  | { kind: 'aborted'; message: string }
  | { kind: 'network'; message: string }
  | { kind: 'http'; status: number; message: string }
  | { kind: 'invalid-json'; message: string };

export type FetchResult<T = unknown> = { ok: true; data: T } | { ok: false; error: FetchFailure };

export interface FetchOptions {
  /** Cancels the request (a newer search replaces this one). */
  signal?: AbortSignal;
  /** Milliseconds before giving up; default 10 000. */
  timeoutMs?: number;
  /** Read the body as text rather than JSON (ICS feeds). */
  as?: 'json' | 'text';
}

export async function fetchJson<T = unknown>(url: string, options: FetchOptions = {}): Promise<FetchResult<T>> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort();
  try {
    const res = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { Accept: options.as === 'text' ? 'text/calendar, text/plain, */*' : 'application/json' },
    });
    if (!res.ok) return { ok: false, error: { kind: 'http', status: res.status, message: `HTTP ${res.status}` } };
    const body = await res.text();
    if (options.as === 'text') return { ok: true, data: body as T };
    try {
      return { ok: true, data: JSON.parse(body) as T };
    } catch {
      return { ok: false, error: { kind: 'invalid-json', message: 'The response is not valid JSON' } };
    }
  } catch (e) {
    if (timedOut) return { ok: false, error: { kind: 'timeout', message: `No response within ${timeoutMs} ms` } };
    if (options.signal?.aborted) return { ok: false, error: { kind: 'aborted', message: 'Cancelled' } };
    return { ok: false, error: { kind: 'network', message: e instanceof Error ? e.message : String(e) } };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
