import { sendKeys } from '@web/test-runner-commands';

/**
 * A real key press through the browser's input pipeline (CDP in Chromium, WebDriver BiDi in
 * Firefox, WebDriver classic in WebKit). Use ' ' for Space: BiDi has no "Space" key name.
 * WebDriver classic takes single presses only, so tests avoid held modifiers (Shift+Tab).
 */
export const press = (key: 'Tab' | 'Enter' | ' ' | 'ArrowUp' | 'ArrowDown' | 'Escape' | 'Backspace') =>
  sendKeys({ press: key });

/** Types text key by key. */
export const type = (text: string) => sendKeys({ type: text });
