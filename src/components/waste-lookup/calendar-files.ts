import { fileUrl, revokeFileUrl } from '../../core/url-policy.js';

/**
 * The calendar files made for the bin days on show, by key (language, reminder, bin): made when
 * the resident reaches for a link (results.ts), through the URL policy's fileUrl, and freed when
 * the bin days go or the element leaves the page. In the results' chunk, with the links.
 */
export class CalendarFiles {
  /** Each file's blob: address; '' for one that could not be made. */
  readonly #files = new Map<string, string>();

  /** @param failed Called once for each file that cannot be made, with what was thrown. */
  constructor(private readonly failed: (e: unknown) => void) {}

  /** The file for `key`, made now by `make` if there is none yet; '' when there is none (or it could not be made). */
  url = (key: string, make?: () => string): string => {
    let url = this.#files.get(key);
    if (url !== undefined || !make) return url ?? '';
    try {
      url = fileUrl(make(), 'text/calendar');
    } catch (e) {
      url = '';
      this.failed(e);
    }
    this.#files.set(key, url);
    return url;
  };

  /** Whether a file could not be made: the section then says so in place of the links. */
  get anyFailed(): boolean {
    return [...this.#files.values()].includes('');
  }

  /** Frees every file: their addresses are refused by the URL policy from now on. */
  revoke(): void {
    for (const url of this.#files.values()) if (url) revokeFileUrl(url);
    this.#files.clear();
  }
}
