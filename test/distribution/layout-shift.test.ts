import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../support/frame.js';

/**
 * No layout shift: on the plain HTML example (the CDN bundle, as a council copies it) nothing a
 * resident already sees moves when the components render, load their data and settle. The
 * shifts are read from the page's own buffered `layout-shift` entries (Layout Instability API,
 * Chromium only) and summed, which is never less than the page's Cumulative Layout Shift.
 * A layout check, not a timing test. Run after `npm run build`.
 */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

const TAGS = ['ldc-blue-badge-checker', 'ldc-waste-lookup', 'ldc-endorsement-badge'] as const;
const frames = (win: Window, n: number) =>
  new Promise<void>((resolve) => {
    const tick = () => (n-- <= 0 ? resolve() : win.requestAnimationFrame(tick));
    tick();
  });

/** Where a shifted node is, for the failure message: `ldc-waste-lookup > p` or `h1`. */
function describe_(node: Node | null | undefined): string {
  if (!node) return '(a node no longer in the page)';
  const el = node instanceof Element ? node : node.parentElement;
  const path: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement ?? (e.getRootNode() as ShadowRoot).host ?? null) {
    path.unshift(e.localName);
    if (e.localName.startsWith('ldc-') || e.localName === 'main') break;
  }
  return path.join(' > ');
}

describe('examples/html: no layout shift while the components load', () => {
  it('Cumulative Layout Shift stays at or below 0.01 from navigation until every component has settled', async function () {
    const doc = await openFrame('/examples/html/index.html');
    const win = doc.defaultView as Window & typeof globalThis;
    if (!win.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift')) {
      console.warn('This engine does not report layout shifts (Layout Instability API): skipped');
      this.skip();
    }
    const shifts: LayoutShift[] = [];
    const observer = new win.PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
    // buffered: every shift since navigation, not only those after this line.
    observer.observe({ type: 'layout-shift', buffered: true });

    await waitUntil(() => win.customElements.get('ldc-endorsement-badge'), 'components defined', { timeout: 10000 });
    for (const tag of TAGS) {
      const el = doc.querySelector(tag) as HTMLElement & { whenSettled(): Promise<void> };
      await el.whenSettled();
    }
    await waitUntil(
      () => doc.querySelector('ldc-blue-badge-checker')!.shadowRoot?.querySelector('button'),
      'Blue Badge start page',
      { timeout: 10000 },
    );
    // Each component has drawn its final state: let the shifts of those frames be reported.
    await frames(win, 5);
    shifts.push(...(observer.takeRecords() as LayoutShift[]));
    observer.disconnect();

    const load = shifts.filter((s) => !s.hadRecentInput);
    const total = load.reduce((sum, s) => sum + s.value, 0);
    const moved = load.flatMap((s) =>
      (s.sources ?? []).map(
        (x) =>
          `${s.value.toFixed(4)}: ${describe_(x.node)} from y=${x.previousRect.y.toFixed(0)} (h ${x.previousRect.height.toFixed(0)}) to y=${x.currentRect.y.toFixed(0)} (h ${x.currentRect.height.toFixed(0)})`,
      ),
    );
    expect(total, `layout shift ${total.toFixed(4)}:\n${moved.join('\n')}`).to.be.at.most(0.01);
  });
});
