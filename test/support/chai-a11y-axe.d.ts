declare module 'chai-a11y-axe/src/axe-import.js' {
  export const axe: { run(el: Element, options: unknown): Promise<unknown> };
  export function loadAxe(): Promise<void>;
}
