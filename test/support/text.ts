/** Text as a person reads it: whitespace collapsed. */
export const visibleText = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
