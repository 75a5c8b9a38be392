import { render, type TemplateResult } from 'lit';
import type { HeadingLevel } from './ldc-element.js';
import type { Language } from './i18n.js';

/** What a step needs to know to warm the templates the element will render it with. */
export interface WarmContext {
  language: Language;
  level: HeadingLevel;
  /** The page's base URL and today, as the element would pass them. */
  baseUri: string;
  today: string;
}

/**
 * Renders `view` into a fragment that is never put in a page, so that Lit prepares every template
 * the view reaches (it parses each template's HTML once, the first time it is rendered) and V8
 * compiles the code on the way. For a step a resident will probably see next, called while the
 * page is idle with made-up data that reaches the step's templates: the real render then only
 * copies them. Nothing in the fragment loads, shows or is announced, and it is dropped at once.
 * On a slow phone this takes a third off Continue → bin days (`npm run bench`, waste-lookup-300).
 */
export function warmTemplates(view: TemplateResult): void {
  render(view, document.createDocumentFragment());
}
