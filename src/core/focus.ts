/**
 * Moves focus to an element that is not normally focusable (a heading, an error summary),
 * as GOV.UK Frontend's setFocus does: tabindex="-1" while focused, removed on blur so the
 * element does not join the tab order.
 */
export function focusElement(el: HTMLElement | null | undefined, options: FocusOptions = {}): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) {
    el.setAttribute('tabindex', '-1');
    el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
  }
  el.focus(options);
}

/**
 * Focuses a form control found by id in the same shadow root, showing its question first:
 * the fieldset legend for radios and checkboxes, otherwise the label. This is GOV.UK's
 * error-summary link behaviour, reimplemented on the shadow root because ID references
 * and document.getElementById do not reach inside it.
 */
export function focusControl(root: Document | ShadowRoot, id: string): boolean {
  const input = root.getElementById(id) as HTMLElement | null;
  if (!input) return false;
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = root.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legend ?? label ?? input).scrollIntoView?.({ block: 'start' });
  input.focus({ preventScroll: true });
  return true;
}
