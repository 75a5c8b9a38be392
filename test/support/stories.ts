import { setProjectAnnotations } from '@storybook/web-components';
import { composeStories } from 'storybook/preview-api';
import type { TemplateResult } from 'lit';

let annotated = false;

/** What the story tests read from a story's `parameters`. */
export interface LdcStoryParameters {
  ldc?: {
    /**
     * false: the story shows a state that never ends on purpose (a provider that never answers),
     * so the tests do not wait for its elements to settle. Any other story must settle.
     */
    settles?: boolean;
    /**
     * How long each test of the story may take, in milliseconds, when an engine is known to be
     * slow to lay it out (mocha's 15 s otherwise). Not a timing claim: timings belong in the bench.
     */
    timeoutMs?: number;
  };
}

/**
 * Gives a story's test the time its parameters ask for (`ldc.timeoutMs`, else the runner's own),
 * `times` over: a test that lays the story out twice asks for 2.
 */
export function allowStoryTime(
  test: { timeout(): number; timeout(ms: number): unknown },
  parameters?: LdcStoryParameters,
  times = 1,
): void {
  const ms = parameters?.ldc?.timeoutMs ?? (times > 1 ? test.timeout() : 0);
  if (ms) test.timeout(ms * times);
}

/** A composed story: a function that returns its template, with its play function and parameters. */
export type ComposedStory = (() => TemplateResult) & {
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
  parameters?: LdcStoryParameters;
};

/** The stories of a CSF module as functions that return their template (portable stories). */
export function storiesOf(module: Record<string, unknown>): Record<string, ComposedStory> {
  if (!annotated) {
    setProjectAnnotations([]); // registers the web-components renderer
    annotated = true;
  }
  return composeStories(module as never, {}) as Record<string, ComposedStory>;
}

type Settling = Element & { whenSettled?: () => Promise<void>; updateComplete?: Promise<unknown> };

/** Every Local Digital element in `root`, `root` itself and the open shadow trees below it. */
function ldcElements(root: Element): Settling[] {
  const found: Settling[] = [];
  const visit = (el: Element) => {
    if (el.localName.startsWith('ldc-')) found.push(el);
    for (const child of el.shadowRoot?.children ?? []) visit(child);
    for (const child of el.children) visit(child);
  };
  visit(root);
  return found;
}

export interface SettleOptions {
  /** Named in the failure, e.g. "components/waste-lookup: Results". */
  name?: string;
  /** The story's parameters: `{ ldc: { settles: false } }` skips the wait. */
  parameters?: LdcStoryParameters;
  /** How long the elements may take, in milliseconds (5 s by default). */
  timeout?: number;
}

/**
 * Waits until every Local Digital element in `el` (and `el` itself) has finished loading and
 * rendered the outcome, and fails, naming the story and the elements, if one has not within
 * the timeout: a story that never loads must not reach axe as if it had. A story whose state
 * never ends on purpose says so with `parameters: { ldc: { settles: false } }`; then only the
 * first render is awaited.
 */
export async function settled(el: Element, options: SettleOptions = {}): Promise<void> {
  const { name = 'the story', parameters, timeout = 5000 } = options;
  const elements = ldcElements(el);
  if (parameters?.ldc?.settles === false) {
    await Promise.all(elements.map((e) => e.updateComplete));
    return;
  }
  const waiting = new Set(elements);
  const done = Promise.all(elements.map((e) => Promise.resolve(e.whenSettled?.()).then(() => waiting.delete(e))));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const tags = [...waiting].map((e) => `<${e.localName}>`).join(', ');
      reject(
        new Error(
          `${name}: ${tags} did not settle within ${timeout / 1000} s. A story that never settles on purpose ` +
            'says so with parameters: { ldc: { settles: false } }.',
        ),
      );
    }, timeout);
  });
  try {
    await Promise.race([done, late]);
  } finally {
    clearTimeout(timer);
  }
}

const CONTROLS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';

/** Hidden from sight on purpose: the status region, and visually hidden text (clipped to nothing). */
function hiddenFromSight(el: Element): boolean {
  if (el.matches('[role="status"]')) return true;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)';
}

const seen = (rect: DOMRect) => rect.width > 1 && rect.height > 1;
const visibleStyle = (el: Element) =>
  el.checkVisibility ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;

/**
 * What a person can see in a rendered story: text and controls, as the browser lays them out,
 * in the element's shadow trees (nested ones too) and the light DOM slotted into them, but not
 * the always-present status region nor visually hidden text for screen readers. Returns short
 * descriptions ("text: Find your bin day", "button: Search"), empty when nothing is seen.
 */
export function visibleContent(root: Element): string[] {
  const found: string[] = [];
  const range = document.createRange();
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text || !node.parentElement || !visibleStyle(node.parentElement)) return;
      range.selectNodeContents(node);
      if (seen(range.getBoundingClientRect())) found.push(`text: ${text.slice(0, 60)}`);
      return;
    }
    if (!(node instanceof Element) || hiddenFromSight(node)) return;
    if (node.matches(CONTROLS) && visibleStyle(node) && seen(node.getBoundingClientRect()))
      found.push(`${node.localName}: ${(node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}`);
    // The flat tree, as it is rendered: a shadow root instead of the light children, and at
    // each slot what is assigned to it (or the slot's own fallback content).
    const children =
      node instanceof HTMLSlotElement
        ? node.assignedNodes({ flatten: true }).length
          ? node.assignedNodes({ flatten: true })
          : [...node.childNodes]
        : [...(node.shadowRoot ?? node).childNodes];
    for (const child of children) visit(child);
  };
  visit(root);
  return found;
}
