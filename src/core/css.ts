import { unsafeCSS, type CSSResult } from 'lit';
import { tokenAliases, tokens, type TokenName } from './tokens.generated.js';

/**
 * A design token as CSS: `var(--ldc-color-text, #0b0c0c)`. The default is the fallback,
 * so a component renders correctly with no token stylesheet on the page, and a council
 * overrides any `--ldc-*` property in its own CSS. A token whose default is another token
 * falls back through that one, so overriding `--ldc-color-success` also recolours buttons.
 */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(tokenValue(name));
}

function tokenValue(name: TokenName): string {
  const alias = tokenAliases[name];
  return `var(--ldc-${name}, ${alias ? tokenValue(alias) : tokens[name]})`;
}
