/**
 * What `<ldc-eligibility-checker>` does with a definition it was given: validation and the
 * console warnings about settings. Its own chunk, loaded with the validator it uses, so pages
 * that run a bundled definition (the Blue Badge checker) never download either.
 */
import { fetchJson, mayMendLater } from '../../core/fetch-json.js';
import { safeUrl } from '../../core/url-policy.js';
import { warnIgnored } from '../../core/warn.js';
import { settingAccepts } from '../../eligibility/evaluate.js';
import { settingRule } from '../../eligibility/settings-rule.js';
import type { Definition, Settings } from '../../eligibility/types.js';
import { validateDefinition } from '../../eligibility/validate.js';

/** The definition, validated and frozen, or the first problem (and how many more) in words. */
export function checkDefinition(value: unknown): { ok: true; definition: Definition } | { ok: false; problem: string } {
  const checked = validateDefinition(value);
  if (checked.ok) return checked;
  const more = checked.problems.length > 1 ? ` (and ${checked.problems.length - 1} more)` : '';
  return {
    ok: false,
    problem: `the definition is not valid: ${checked.problem.path}: ${checked.problem.message}${more}`,
  };
}

/** Settings the definition does not allow are replaced by its default: say so once each. */
export function warnSettings(def: Definition, settings: Settings, element: string): void {
  const declared = def.settings ?? {};
  for (const name of Object.keys(settings ?? {})) {
    const s = Object.hasOwn(declared, name) ? declared[name] : undefined;
    if (s && !settingAccepts(s, settings[name]))
      warnIgnored(
        { element, attribute: `settings.${name}` },
        settings[name],
        `${settingRule(s)}. Using ${String(s.default)}`,
      );
  }
}

/**
 * A definition to run, before validation, or why there is none (`loading`: it did not arrive,
 * which trying again later may mend).
 */
export type Resolved = { ok: true; value: unknown } | { ok: false; problem: string; loading?: boolean };

/**
 * The JSON at `src`, when the URL policy allows the request: pages that give a definition
 * object never download this.
 */
export async function fetchDefinition(src: string, signal?: AbortSignal): Promise<Resolved> {
  const url = safeUrl(src, 'request');
  if (url === null)
    return {
      ok: false,
      problem: `src=${JSON.stringify(src.slice(0, 200))} is not an address it may request (allowed: https:, http: and relative addresses)`,
    };
  const res = await fetchJson(url, { signal });
  return res.ok
    ? { ok: true, value: res.data }
    : {
        ok: false,
        problem: `could not load the definition at ${src}: ${res.error.message}`,
        // "Could not be loaded" when trying again later may mend it; otherwise the page's setup.
        loading: mayMendLater(res.error),
      };
}
