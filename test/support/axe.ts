import { loadAxe, axe } from 'chai-a11y-axe/src/axe-import.js';

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Violation {
  id: string;
  impact: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe on an element with exactly those tags; returns one line per violation. */
export async function axeViolations(el: Element): Promise<string[]> {
  await loadAxe();
  const results = (await axe.run(el, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  })) as { violations: Violation[] };
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}
