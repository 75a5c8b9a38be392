import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { LdcElement, type HeadingLevel } from '../../../src/core/ldc-element.js';
import { msg, str } from '../../../src/core/i18n.js';
import { focusElement } from '../../../src/core/focus.js';
import { token } from '../../../src/core/css.js';
import {
  button,
  errorSummary,
  focusErrorSummary,
  heading,
  insetText,
  patternStyles,
  radios,
  statusRegion,
  subLevel,
  textInput,
  warningText,
  type FieldError,
} from '../../../src/patterns/index.js';
import type { Theme } from '../../../src/core/contrast.js';
import { normaliseHex } from './colour.js';
import {
  BUNDLE,
  COLOUR_TOKENS,
  buildSnippet,
  contrastAdvice,
  emptyChoices,
  fieldsFor,
  providerFields,
  tagOf,
  themeOf,
  validate,
  type Choices,
  type ColourToken,
  type ComponentChoice,
  type FieldId,
  type FieldProblem,
  type Release,
  type Snippet,
} from './snippet.js';
import { LOCALGOV_DEFAULT_THEME } from '../localgov.js';
import { release as docsRelease } from '../release.js';
import fsmDefinition from '../../../src/eligibility/definitions/free-school-meals-england.json';
import '../../../src/define/blue-badge-checker.js';
import '../../../src/define/eligibility-checker.js';
import '../../../src/define/waste-lookup.js';
import '../../../src/define/endorsement-badge.js';

type SnippetPart = 'html' | 'css' | 'csp';

/**
 * The configurator: a web editor chooses a component, its settings and their council's colours,
 * sees it live (with the contrast check and the nearest passing colour for any pair that fails),
 * then copies a snippet: the script tag pinned to this release with its integrity hash, the
 * element with its attributes, the CSS for their colours, and the Content-Security-Policy.
 * Documentation only: not part of the package.
 *
 * @tag ldc-configurator
 */
export class LdcConfigurator extends LdcElement {
  static override styles = [
    ...LdcElement.styles,
    ...patternStyles,
    css`
      :host {
        display: block;
      }
      .swatch {
        display: inline-block;
        inline-size: 40px;
        block-size: 40px;
        margin-inline-start: 10px;
        vertical-align: middle;
        border: 2px solid ${token('color-input-border')};
        box-sizing: border-box;
      }
      .colour-row {
        display: flex;
        align-items: flex-end;
        gap: 10px;
      }
      .colour-row > :first-child {
        flex: 0 1 auto;
      }
      .contrast {
        margin-block-end: 30px;
      }
      .contrast li {
        margin-block-end: 15px;
      }
      .preview {
        padding: 15px;
        border: 1px solid ${token('color-border')};
        margin-block-end: 30px;
      }
      pre {
        overflow-x: auto;
        padding: 15px;
        margin: 0 0 15px;
        background: ${token('color-surface-background')};
        color: ${token('color-text')};
        border: 1px solid ${token('color-border')};
        font-size: 1rem;
        line-height: 1.4;
        white-space: pre;
      }
      pre:focus-visible {
        outline: 3px solid ${token('color-focus')};
        outline-offset: 0;
        box-shadow: inset 0 0 0 2px ${token('color-focus-text')};
      }
      .snippet-part {
        margin-block-end: 30px;
      }
      @media print {
        .ldc-button,
        .preview {
          display: none;
        }
      }
    `,
  ];

  /** The level of the configurator's own headings (Preview, Your snippet); 2 by default. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;
  /** The release the snippet pins (version and integrity hashes); the documentation's build by default. */
  @property({ attribute: false }) release: Release = docsRelease;

  /** What the form holds (as typed); a story or a host may start it from given choices. */
  @property({ attribute: false }) choices: Choices = emptyChoices();
  @state() private problems: FieldProblem[] = [];
  @state() private snippet: Snippet | null = null;
  /** The choices the snippet was made from, to say when it is out of date. */
  @state() private snippetFor = '';
  @state() private copied: SnippetPart | null = null;
  @state() private copyFailed: SnippetPart | null = null;
  private focusAfter: 'summary' | 'snippet' | null = null;

  private get level(): HeadingLevel {
    return this.headingLevelFrom(this.headingLevel);
  }

  private set<K extends keyof Choices>(key: K, value: Choices[K]) {
    this.choices = { ...this.choices, [key]: value };
    this.copied = null;
    this.copyFailed = null;
  }

  private chooseComponent(value: string) {
    const component = value as ComponentChoice;
    const previousDefault = defaultFallbackText(this.choices.component);
    const text = this.choices.fallbackText;
    this.choices = {
      ...this.choices,
      component,
      fallbackText: !text || text === previousDefault ? defaultFallbackText(component) : text,
    };
  }

  private setColour(tokenName: ColourToken, value: string) {
    this.set('colours', { ...this.choices.colours, [tokenName]: value });
  }

  private create = (e: Event) => {
    e.preventDefault();
    this.problems = validate(this.choices);
    if (this.problems.length) {
      this.snippet = null;
      this.focusAfter = 'summary';
      return;
    }
    this.snippet = buildSnippet(this.choices, this.release);
    this.snippetFor = JSON.stringify(this.choices);
    this.copied = null;
    this.copyFailed = null;
    this.focusAfter = 'snippet';
  };

  private async copy(part: SnippetPart) {
    const text = this.snippet?.[part] ?? '';
    this.copied = null;
    this.copyFailed = null;
    try {
      // A browser that asks for permission and never hears back counts as a refusal after 2 seconds.
      await Promise.race([
        navigator.clipboard.writeText(text),
        new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 2000)),
      ]);
      this.copied = part;
    } catch {
      // Clipboard refused (no permission, not a secure context): select the text for the user.
      const pre = this.renderRoot.querySelector<HTMLElement>(`#snippet-${part}`);
      const selection = this.ownerDocument.getSelection();
      if (pre && selection) {
        const range = this.ownerDocument.createRange();
        range.selectNodeContents(pre);
        selection.removeAllRanges();
        selection.addRange(range);
        focusElement(pre);
      }
      this.copyFailed = part;
    }
  }

  protected override updated(): void {
    const after = this.focusAfter;
    this.focusAfter = null;
    if (after === 'summary') focusErrorSummary(this.renderRoot);
    if (after === 'snippet') focusElement(this.renderRoot.querySelector<HTMLElement>('#snippet-heading'));
  }

  private error(field: FieldId): string | undefined {
    const p = this.problems.find((x) => x.field === field);
    return p ? problemText(p) : undefined;
  }

  override render() {
    const c = this.choices;
    const fields = fieldsFor(c.component);
    const errors: FieldError[] = this.problems.map((p) => ({ target: p.field, text: problemText(p) }));
    const level = this.level;
    return html`<form novalidate @submit=${this.create}>
        ${errorSummary(errors, level)}
        ${radios({
          id: 'component',
          name: 'component',
          label: msg('Which component do you want to add?'),
          error: this.error('component'),
          value: c.component,
          items: [
            {
              value: 'blue-badge-checker',
              text: msg('Blue Badge checker'),
              hint: msg('Can I get a Blue Badge? For England, Scotland, Wales or Northern Ireland'),
            },
            { value: 'free-school-meals', text: msg('Free school meals checker'), hint: msg('For England') },
            { value: 'waste-lookup', text: msg('Bin day lookup'), hint: msg('Postcode, then address, then bin days') },
            {
              value: 'endorsement-badge',
              text: msg('Endorsement badge'),
              hint: msg('Shows that your council endorses the Local Digital Coalition Action Plan'),
            },
          ],
          onChange: (v) => this.chooseComponent(v),
        })}
        ${
          fields.includes('nation')
            ? radios({
                id: 'nation',
                name: 'nation',
                label: msg('Which nation’s rules apply?'),
                error: this.error('nation'),
                value: c.nation,
                items: [
                  { value: 'england', text: msg('England') },
                  { value: 'scotland', text: msg('Scotland') },
                  { value: 'wales', text: msg('Wales') },
                  { value: 'northern-ireland', text: msg('Northern Ireland') },
                ],
                onChange: (v) => this.set('nation', v),
              })
            : nothing
        }
        ${fields.includes('provider') ? this.renderProvider() : nothing}
        ${
          fields.includes('council')
            ? this.text('council', msg('Your council’s name'), c.council, (v) => this.set('council', v), {
                hint: msg('Shown in results, for example “Apply to Ashdown District Council”'),
                autocomplete: 'organization',
              })
            : nothing
        }
        ${
          fields.includes('apply-href')
            ? this.text(
                'apply-href',
                msg('Where residents apply (optional)'),
                c.applyHref,
                (v) => this.set('applyHref', v),
                {
                  hint: msg('A link to your application page'),
                  type: 'url',
                },
              )
            : nothing
        }
        ${
          fields.includes('missed-href')
            ? this.text(
                'missed-href',
                msg('Page to report a missed collection (optional)'),
                c.missedHref,
                (v) => this.set('missedHref', v),
                { hint: msg('{uprn} in the link is replaced with the property’s reference number'), type: 'url' },
              )
            : nothing
        }
        ${
          fields.includes('cant-find-href')
            ? this.text(
                'cant-find-href',
                msg('Page for residents who cannot find their address (optional)'),
                c.cantFindHref,
                (v) => this.set('cantFindHref', v),
                { type: 'url' },
              )
            : nothing
        }
        ${
          fields.includes('org-id')
            ? this.text('org-id', msg('Your organisation’s code'), c.orgId, (v) => this.set('orgId', v), {
                hint: msg('The code in the signatories register, for example E09000007 for Camden'),
                width: '10',
                spellcheck: false,
              })
            : nothing
        }
        ${
          c.component
            ? html`${this.text(
                'fallback-href',
                msg('Link for residents whose browser does not run the component'),
                c.fallbackHref,
                (v) => this.set('fallbackHref', v),
                { hint: msg('For example your current page about this service'), type: 'url' },
              )}
              ${this.text('fallback-text', msg('Words for that link'), c.fallbackText, (v) => this.set('fallbackText', v))}`
            : nothing
        }
        ${
          fields.includes('heading-level')
            ? radios({
                id: 'heading-level',
                name: 'heading-level',
                label: msg('Which heading level should the component start at?'),
                hint: msg('Choose 2 if the component sits straight under your page’s main heading'),
                value: c.headingLevel,
                items: ['2', '3', '4', '5', '6'].map((n) => ({ value: n, text: msg(str`Heading level ${n}`) })),
                onChange: (v) => this.set('headingLevel', v),
              })
            : nothing
        }
        ${c.component ? this.renderTheme() : nothing}
        ${
          c.component && c.component !== 'endorsement-badge'
            ? radios({
                id: 'analytics',
                name: 'analytics',
                label: msg('Count how residents use it in your analytics?'),
                hint: msg(
                  'Only journeys started, steps reached and the kind of result, never answers, postcodes or addresses',
                ),
                value: c.analytics,
                items: [
                  { value: 'none', text: msg('No') },
                  { value: 'datalayer', text: msg('Yes, with Google Tag Manager (dataLayer)') },
                  { value: 'matomo', text: msg('Yes, with Matomo') },
                  { value: 'plausible', text: msg('Yes, with Plausible') },
                ],
                onChange: (v) => this.set('analytics', v),
              })
            : nothing
        }
        ${button({ text: msg('Create snippet') })}
      </form>
      ${c.component ? this.renderPreview(level) : nothing} ${this.snippet ? this.renderSnippet(level) : nothing}
      ${statusRegion(this.statusText())}`;
  }

  /** What the status region says: computed during render, as every string is. */
  private statusText(): string {
    if (this.copied) return msg(str`${partName(this.copied)} copied`);
    if (this.copyFailed)
      return msg(
        str`Your browser did not let us copy the ${partName(this.copyFailed)}. It is selected: copy it with your keyboard or menu.`,
      );
    return '';
  }

  private text(
    id: FieldId,
    label: string,
    value: string,
    onInput: (v: string) => void,
    extra: Partial<Parameters<typeof textInput>[0]> = {},
  ): TemplateResult {
    return textInput({
      id,
      name: id,
      label,
      value,
      error: this.error(id),
      onInput,
      host: this.localName,
      ...extra,
    });
  }

  private renderProvider(): TemplateResult {
    const c = this.choices;
    const urlLabels: Record<string, string> = {
      endpoint: msg('Address of your Local Waste Service Standards API'),
      'addresses-url': msg('Address lookup URL'),
      'collections-url': msg('Collections URL'),
      'ics-url': msg('Calendar feed URL'),
    };
    const hints: Record<string, string | undefined> = {
      'addresses-url': msg('{postcode} in the URL is replaced with the postcode'),
      'collections-url': msg('{uprn} in the URL is replaced with the property’s reference number'),
      'ics-url': msg('{uprn} in the URL is replaced with the property’s reference number'),
    };
    const values: Record<string, [string, (v: string) => void]> = {
      endpoint: [c.endpoint, (v) => this.set('endpoint', v)],
      'addresses-url': [c.addressesUrl, (v) => this.set('addressesUrl', v)],
      'collections-url': [c.collectionsUrl, (v) => this.set('collectionsUrl', v)],
      'ics-url': [c.icsUrl, (v) => this.set('icsUrl', v)],
    };
    return html`${radios({
      id: 'provider',
      name: 'provider',
      label: msg('Where do your bin days come from?'),
      error: this.error('provider'),
      value: c.provider,
      items: [
        {
          value: 'demo',
          text: msg('Example data, to try it out'),
          hint: msg('Shows invented bin days, and says so on screen'),
        },
        { value: 'lwss', text: msg('A Local Waste Service Standards API') },
        { value: 'ukbcd', text: msg('UKBinCollectionData JSON') },
        { value: 'ics', text: msg('A calendar feed (ICS) for each property') },
      ],
      onChange: (v) => this.set('provider', v),
    })}
    ${providerFields(c.provider).map((f) =>
      this.text(f, urlLabels[f], values[f][0], values[f][1], { hint: hints[f], type: 'url', spellcheck: false }),
    )}`;
  }

  private renderTheme(): TemplateResult {
    const c = this.choices;
    return html`${radios({
      id: 'theme',
      name: 'theme',
      label: msg('Which colours should it use?'),
      value: c.theme,
      items: [
        { value: 'default', text: msg('Our default colours'), hint: msg('GOV.UK’s public colours') },
        { value: 'custom', text: msg('My council’s colours') },
        {
          value: 'localgov',
          text: msg('My site’s colours: it uses LocalGov Drupal'),
          hint: msg('Adds one stylesheet that takes the colours from your LocalGov Drupal theme'),
        },
      ],
      onChange: (v) => this.set('theme', v),
    })}
    ${c.theme === 'custom' ? this.renderColours() : nothing}`;
  }

  private renderColours(): TemplateResult {
    const c = this.choices;
    const labels: Record<ColourToken, string> = {
      'color-brand': msg('Brand colour'),
      'color-link': msg('Link colour'),
      'color-button': msg('Button colour'),
      'color-background': msg('Background colour'),
    };
    const theme = themeOf(c);
    const advice = contrastAdvice(theme);
    return html`${COLOUR_TOKENS.map((t) => {
        const hex = normaliseHex(c.colours[t]);
        return html`<div class="colour-row">
          ${this.text(t, labels[t], c.colours[t], (v) => this.setColour(t, v), {
            hint: msg('A hex colour like #1d70b8, or leave it empty to keep ours'),
            width: '10',
            spellcheck: false,
          })}
          <span class="swatch" aria-hidden="true" style=${styleMap({ background: hex ?? 'transparent' })}></span>
        </div>`;
      })}
      <div class="contrast" id="contrast">
        ${heading(subLevel(this.level), msg('Contrast check'), { class: 'ldc-heading-m' })}
        ${
          advice.length === 0
            ? html`<p class="ldc-body">${msg('Every colour pair passes WCAG 2.2 AA.')}</p>`
            : html`<p class="ldc-body">
                  ${
                    advice.length === 1
                      ? msg('1 colour pair does not pass WCAG 2.2 AA:')
                      : msg(str`${advice.length} colour pairs do not pass WCAG 2.2 AA:`)
                  }
                </p>
                <ul class="ldc-list ldc-list--bullet">
                  ${advice.map(
                    (a) =>
                      html`<li>
                        ${msg(str`${a.use}: ${a.ratio.toFixed(2)} to 1, needs ${a.minimum} to 1.`)}
                        ${
                          a.suggestion && isColourToken(a.change)
                            ? html`${msg(str`Nearest passing ${labels[a.change].toLowerCase()}: ${a.suggestion}.`)}
                                <span
                                  class="swatch"
                                  aria-hidden="true"
                                  style=${styleMap({ background: a.suggestion })}
                                ></span>`
                            : msg('Change the other colour of this pair.')
                        }
                      </li>`,
                  )}
                </ul>
                <div class="ldc-button-group">
                  ${fixes(advice).map(([t, suggestion]) =>
                    button({
                      text: msg(str`Use ${suggestion}`),
                      hiddenText: msg(str` for the ${labels[t].toLowerCase()}`),
                      variant: 'secondary',
                      type: 'button',
                      onClick: () => this.setColour(t, suggestion),
                    }),
                  )}
                </div>`
        }
      </div>`;
  }

  /**
   * The preview's colours: the council's, except that a colour failing the contrast check shows as
   * its nearest passing colour, so the preview (and this page) never shows an inaccessible screen.
   */
  private previewTheme(): { theme: Theme; adjusted: boolean } {
    if (this.choices.theme === 'localgov') return { theme: LOCALGOV_DEFAULT_THEME, adjusted: false };
    let theme = themeOf(this.choices);
    let adjusted = false;
    for (let round = 0; round < 3; round++) {
      const found = fixes(contrastAdvice(theme));
      if (!found.length) break;
      theme = { ...theme, ...Object.fromEntries(found) };
      adjusted = true;
    }
    return { theme, adjusted };
  }

  private renderPreview(level: HeadingLevel): TemplateResult {
    const c = this.choices;
    const { theme, adjusted } = this.previewTheme();
    const vars = Object.fromEntries(Object.entries(theme).map(([k, v]) => [`--ldc-${k}`, v]));
    const background = theme['color-background'];
    const previewLevel = String(subLevel(level));
    let element: TemplateResult;
    switch (c.component as ComponentChoice) {
      case 'blue-badge-checker':
        element = html`<ldc-blue-badge-checker
          nation=${c.nation || 'england'}
          council=${c.council}
          heading-level=${previewLevel}
        ></ldc-blue-badge-checker>`;
        break;
      case 'free-school-meals':
        element = html`<ldc-eligibility-checker
          .definition=${fsmDefinition}
          council=${c.council}
          heading-level=${previewLevel}
        ></ldc-eligibility-checker>`;
        break;
      case 'waste-lookup':
        element = html`<ldc-waste-lookup provider="demo" heading-level=${previewLevel}></ldc-waste-lookup>`;
        break;
      default:
        element = html`<ldc-endorsement-badge org-id=${c.orgId.trim() || 'E09000007'}></ldc-endorsement-badge>`;
    }
    return html`<section aria-labelledby="preview-heading">
      ${heading(level, msg('Preview'), { class: 'ldc-heading-l', id: 'preview-heading' })}
      <p class="ldc-body">
        ${
          c.component === 'waste-lookup'
            ? msg('The preview uses example bin days: try the postcode AA3 1AB.')
            : c.theme === 'localgov'
              ? msg('The preview uses LocalGov Drupal’s default colours; on your site it takes your theme’s.')
              : msg('The preview changes as you choose.')
        }
      </p>
      ${
        adjusted
          ? html`<p class="ldc-body">
              ${msg('Colours that fail the contrast check show here as their nearest passing colour.')}
            </p>`
          : nothing
      }
      <div class="preview" style=${styleMap({ ...vars, background: background ?? '' })}>${element}</div>
    </section>`;
  }

  private renderSnippet(level: HeadingLevel): TemplateResult {
    const s = this.snippet!;
    const sub = subLevel(level);
    const outOfDate = this.snippetFor !== JSON.stringify(this.choices);
    const tag = tagOf(this.choices.component as ComponentChoice);
    const part = (id: SnippetPart, title: string, intro: string, text: string) =>
      html`<div class="snippet-part">
        ${heading(sub, title, { class: 'ldc-heading-m' })}
        <p class="ldc-body">${intro}</p>
        <pre id="snippet-${id}" tabindex="0"><code>${text}</code></pre>
        ${button({
          text: msg(str`Copy ${partName(id)}`),
          variant: 'secondary',
          type: 'button',
          onClick: () => void this.copy(id),
        })}
      </div>`;
    return html`<section aria-labelledby="snippet-heading">
      ${heading(level, msg('Your snippet'), { class: 'ldc-heading-l', id: 'snippet-heading' })}
      ${
        outOfDate
          ? insetText(
              msg('You have changed your answers since you made this snippet. Press “Create snippet” to update it.'),
            )
          : nothing
      }
      ${
        s.missingIntegrity.length
          ? warningText(
              msg(
                str`This documentation was built without dist/integrity.json, so the snippet has no integrity hash for ${s.missingIntegrity.join(', ')}. Run npm run build, then build the documentation again.`,
              ),
            )
          : nothing
      }
      ${part(
        'html',
        msg('1. The HTML for your page'),
        msg(
          str`Paste it where the component should appear. The script tag loads version ${this.release.version} and no other: your browser checks it against its integrity hash and refuses a changed file.`,
        ),
        s.html,
      )}
      ${
        s.css
          ? part('css', msg('2. The CSS for your stylesheet'), msg('Add it to your site’s own stylesheet file.'), s.css)
          : nothing
      }
      ${part(
        'csp',
        s.css ? msg('3. Your Content-Security-Policy') : msg('2. Your Content-Security-Policy'),
        msg(
          str`If your site sends a Content-Security-Policy, it needs at least these rules for <${tag}>. Merge them with your own.`,
        ),
        s.csp,
      )}
      ${insetText(
        msg(
          str`Keep the version in the address: a new version of the components reaches your page only when you change it. Read the changelog before you do. The hash checks ${BUNDLE}; the parts it loads when needed come from the same version.`,
        ),
      )}
    </section>`;
  }
}

const isColourToken = (name: string): name is ColourToken => (COLOUR_TOKENS as readonly string[]).includes(name);

/** One suggestion per colour the editor set (several pairs may share it). */
function fixes(advice: ReturnType<typeof contrastAdvice>): [ColourToken, string][] {
  const found = new Map<ColourToken, string>();
  for (const a of advice) if (a.suggestion && isColourToken(a.change)) found.set(a.change, a.suggestion);
  return [...found];
}

function partName(part: SnippetPart): string {
  return part === 'html' ? msg('HTML') : part === 'css' ? msg('CSS') : msg('policy');
}

function defaultFallbackText(component: ComponentChoice | ''): string {
  switch (component) {
    case 'blue-badge-checker':
      return 'Find out about Blue Badges';
    case 'free-school-meals':
      return 'Apply for free school meals';
    case 'waste-lookup':
      return 'Find your bin collection day';
    case 'endorsement-badge':
      return 'Our digital strategy';
    default:
      return '';
  }
}

/** The error message for a problem, worded for the field (GOV.UK: say what to do). */
export function problemText(p: FieldProblem): string {
  switch (p.problem) {
    case 'choose-component':
      return msg('Select the component you want to add');
    case 'choose-nation':
      return msg('Select the nation whose rules apply');
    case 'choose-provider':
      return msg('Select where your bin days come from');
    case 'enter-address':
      return p.field === 'endpoint'
        ? msg('Enter the address of your Local Waste Service Standards API')
        : p.field === 'addresses-url'
          ? msg('Enter the address lookup URL')
          : p.field === 'collections-url'
            ? msg('Enter the collections URL')
            : msg('Enter the calendar feed URL');
    case 'unsafe-request':
      return msg('Enter a web address that starts with https://');
    case 'unsafe-link':
      return msg('Enter a link that starts with https://, or a link on your site that starts with /');
    case 'enter-org-id':
      return msg('Enter your organisation’s code');
    case 'org-id-format':
      return msg('Your organisation’s code must only include letters, numbers, dots, colons and hyphens');
    case 'enter-fallback-link':
      return msg('Enter a link for residents whose browser does not run the component');
    case 'enter-fallback-text':
      return msg('Enter the words for that link');
    case 'enter-colour':
    case 'colour-format':
      return msg('Enter a colour as a hex code, like #1d70b8');
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('ldc-configurator'))
  customElements.define('ldc-configurator', LdcConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'ldc-configurator': LdcConfigurator;
  }
}
