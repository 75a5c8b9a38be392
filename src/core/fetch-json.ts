/**
 * Fetches JSON with a timeout and turns every failure into a typed value, never an
 * exception: the one way components and providers read remote data. No DOM needed.
 */
export type FetchFailure =
  | { kind: 'timeout'; message: string }
  | { kind: 'aborted'; message: string }
  | { kind: 'network'; message: string }
  | { kind: 'http'; status: number; message: string }
  | { kind: 'invalid-json'; message: string }
  /** The response is larger than `maxBytes` (refused as it arrived, never read whole). */
  | { kind: 'too-large'; message: string };

/**
 * HTTP statuses that say "not now" rather than "not here": 408 Request Timeout (RFC 9110 §15.5.9,
 * the server closed a connection it waited on) and 429 Too Many Requests (RFC 6585 §4).
 */
const LATER = new Set([408, 429]);

/**
 * Whether trying again later may mend a failure: the network, a timeout, a server error (5xx) or
 * a server asking to be asked later (408, 429). A 404, a 403, a body that is not JSON or is too
 * large is the page's setup or the data, which waiting does not change.
 */
export const mayMendLater = (e: FetchFailure): boolean =>
  e.kind === 'network' || e.kind === 'timeout' || (e.kind === 'http' && (e.status >= 500 || LATER.has(e.status)));

export type FetchResult<T = unknown> = { ok: true; data: T } | { ok: false; error: FetchFailure };

export interface FetchOptions {
  /** Cancels the request (a newer search replaces this one). */
  signal?: AbortSignal;
  /** Milliseconds before giving up; default 10 000. */
  timeoutMs?: number;
  /** Read the body as text rather than JSON (ICS feeds). */
  as?: 'json' | 'text';
  /**
   * Refuse a response body larger than this many bytes: at once when its Content-Length says so,
   * otherwise as soon as that many bytes have arrived (the download is cancelled). No limit when absent.
   */
  maxBytes?: number;
}

/** The body as text, refused once it passes `maxBytes` bytes. */
async function readLimited(res: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    void res.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!res.body) {
    const text = await res.text();
    return new TextEncoder().encode(text).length > maxBytes ? null : text;
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
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
    const body = options.maxBytes === undefined ? await res.text() : await readLimited(res, options.maxBytes);
    if (body === null)
      return {
        ok: false,
        error: { kind: 'too-large', message: `The response is larger than ${options.maxBytes} bytes` },
      };
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
