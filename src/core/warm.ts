import { render, type TemplateResult } from 'lit';
import { whenIdle } from './intl.js';

/**
 * Once the page is idle, renders `view` into a fragment that is never put in a page, so that Lit
 * prepares every template the view reaches (it parses each template's HTML once, the first time
 * it is rendered) and V8 compiles the code on the way. For a step a resident will probably see
 * next, with made-up data that reaches the step's templates: the real render then only copies
 * them. The templates are the same in every language (the words are values), so a step needs
 * only the heading level. Nothing in the fragment loads, shows or is announced, and it is dropped
 * at once. At 4× CPU throttling this took about a third off Continue → bin days (`npm run bench`,
 * waste-lookup-300).
 */
export function warmTemplates(view: () => TemplateResult): void {
  whenIdle(() => render(view(), document.createDocumentFragment()));
}
