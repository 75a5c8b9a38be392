import { expect, fixture, html } from '@open-wc/testing';
import modules from 'ldc-all-stories';
import { allowStoryTime, settled, storiesOf, type SettleOptions } from './support/stories.js';
import { axeViolations } from './support/axe.js';

/**
 * Every story again, on a page marked lang="cy": it must pass axe in Welsh too, and show no
 * English the library wrote. "English" means a string of the English catalogue (the sources in
 * xliff/cy.xlf whose Welsh differs), found as a whole text or accessible name anywhere in the
 * component's shadow tree, hidden text for screen readers included. Text from a council's own
 * data (an English-only definition, a service name, a council's name) is not the library's and
 * is not looked for.
 */
interface Message {
  pattern: RegExp;
  source: string;
}

async function englishCatalogue(): Promise<Message[]> {
  const xml = new DOMParser().parseFromString(await (await fetch('/xliff/cy.xlf')).text(), 'application/xml');
  const messages: Message[] = [];
  const text = (el: Element | null) =>
    [...(el?.childNodes ?? [])].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : '\u0000')).join('');
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const unit of xml.querySelectorAll('trans-unit')) {
    const source = norm(text(unit.querySelector('source')));
    const target = norm(text(unit.querySelector('target')));
    if (!source || source === target) continue; // the same in both languages (a proper name)
    // A placeholder stands for a name, a date, a number or a phrase, never for more than one
    // sentence: so an English-only definition's "Apply to Ashdown District Council. They will…"
    // (council data, see above) is not taken for the library's "Apply to …".
    const literal = source
      .split('\u0000')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('(?:(?![.!?](?:\\s|$)).)+?');
    // Messages of one short word ("Day", "Back") could match data; they must still be whole texts.
    messages.push({ pattern: new RegExp(`^${literal}$`), source: source.split('\u0000').join('…') });
  }
  return messages;
}

/** Every text and accessible name in the element's shadow tree (nested ones too). */
function* texts(root: ParentNode): Generator<string> {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'style' || el.localName === 'script') continue;
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription']) {
      const v = el.getAttribute(attr);
      if (v) yield v;
    }
    for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) yield node.textContent ?? '';
    if (el.shadowRoot) yield* texts(el.shadowRoot);
  }
}

describe('every story in Welsh: axe passes and no English is left', () => {
  let catalogue: Message[] = [];
  before(async () => {
    catalogue = await englishCatalogue();
  });

  it('reads the English catalogue', () => {
    expect(catalogue.length).to.be.greaterThan(100);
  });

  for (const [file, module] of Object.entries(modules)) {
    for (const [name, Story] of Object.entries(storiesOf(module))) {
      const title = `${file.replace(/^stories\/|\.stories\.ts$/g, '')}: ${name}`;
      const parameters = (Story as { parameters?: SettleOptions['parameters'] }).parameters;
      it(title, async function () {
        const play = (Story as { play?: (context: { canvasElement: HTMLElement }) => Promise<void> }).play;
        // A story's play function finds controls by their English names ("Continue"), so a story
        // with one is played in English and then switched to Welsh: the elements must follow the
        // new lang where they are, keeping their step and its error. It is laid out twice, so it
        // has twice the time the story asks for.
        allowStoryTime(this, parameters, play ? 2 : 1);
        const page = await fixture(html`<div lang=${play ? 'en' : 'cy'}>${Story()}</div>`);
        await settled(page, { name: `${title} (Welsh)`, parameters });
        if (play) {
          await play({ canvasElement: page as HTMLElement });
          await settled(page, { name: `${title} (English, played)`, parameters });
          page.setAttribute('lang', 'cy');
          await settled(page, { name: `${title} (Welsh)`, parameters });
        }
        // Pattern and foundation stories show a pattern with sample words the story itself writes
        // ("Continue"), not words of the library's: they are axe-checked in Welsh, not searched
        // for English. The adoption stories (configurator, business case) are tools for council
        // web editors, written in English only: their own words are not translated, so they too
        // are only axe-checked in Welsh (the components they preview speak Welsh, tested above).
        const english: string[] = [];
        if (!/^stories\/(patterns|foundations|adoption)\//.test(file))
          for (const host of [page, ...page.querySelectorAll('*')].filter((e) => e.shadowRoot))
            for (const raw of texts(host.shadowRoot!)) {
              const t = raw.replace(/\s+/g, ' ').trim();
              const found = t && catalogue.find((m) => m.pattern.test(t));
              if (found) english.push(`"${t}" (${found.source})`);
            }
        expect(english, 'English text in a Welsh story').to.deep.equal([]);
        expect(await axeViolations(page)).to.deep.equal([]);
      });
    }
  }
});
