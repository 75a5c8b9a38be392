import { css, svg, unsafeCSS, type SVGTemplateResult } from 'lit';
import { token } from '../../core/css.js';
import { BIN_COLOURS, binColour, binToken } from '../../waste/colours.js';
import type { Container } from '../../waste/types.js';

/**
 * A container drawn in its body and lid colours from the bin tokens. Decorative: the
 * service name and a written description ("Grey wheelie bin with a blue lid") always sit
 * beside it, so nothing depends on colour alone.
 */
export function binPicture(container: Container | undefined): SVGTemplateResult {
  const body = binColour(container?.colour) ?? 'grey';
  const lid = binColour(container?.lidColour) ?? body;
  const type = container?.type ?? 'wheelie_bin';
  const shape =
    type === 'caddy' || type === 'inner_caddy'
      ? svg`<path class="body" d="M10 22h36l-3 28H13z"/><path class="lid" d="M8 14h40v8H8z"/><path class="outline-only" d="M20 14c0-8 16-8 16 0" fill="none"/>`
      : type === 'box' || type === 'triple_box_stack'
        ? svg`<path class="body" d="M6 24h44v26H6z"/><path class="lid" d="M4 18h48v6H4z"/>`
        : type === 'sack' || type === 'reusable_sack' || type === 'carrier_bag'
          ? svg`<path class="body" d="M16 18c-8 8-10 30 0 34h24c10-4 8-26 0-34z"/><path class="lid" d="M22 8h12l-4 10h-4z"/>`
          : svg`<path class="body" d="M12 14h32l-3 36H15z"/><path class="lid" d="M9 8h38v6H9z"/><circle class="wheel" cx="17" cy="52" r="3.5"/><circle class="wheel" cx="39" cy="52" r="3.5"/>`;
  return svg`<svg class="bin bin-body-${body} bin-lid-${lid}" viewBox="0 0 56 58" width="56" height="58" aria-hidden="true" focusable="false">${shape}</svg>`;
}

/** One rule per colour for body and lid, each a token with its default. */
export const binPictureStyles = [
  css`
    .bin {
      flex: 0 0 auto;
    }
    .bin path,
    .bin circle {
      stroke: ${token('color-bin-outline')};
      stroke-width: 2;
      stroke-linejoin: round;
    }
    .bin .wheel {
      fill: ${token('color-bin-outline')};
    }
  `,
  ...BIN_COLOURS.map(
    (c) => css`
      .bin-body-${unsafeCSS(c)} .body {
        fill: ${token(binToken(c))};
      }
      .bin-lid-${unsafeCSS(c)} .lid {
        fill: ${token(binToken(c))};
      }
    `,
  ),
];
