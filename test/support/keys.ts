import { sendKeys } from '@web/test-runner-commands';

/**
 * A real key press through the browser's input pipeline (CDP in Chromium, WebDriver BiDi in
 * Firefox, WebDriver classic in WebKit). Use ' ' for Space: BiDi has no "Space" key name.
 * WebDriver classic takes single presses only, so tests avoid held modifiers (Shift+Tab).
 */
export const press = (key: 'Tab' | 'Enter' | ' ' | 'ArrowUp' | 'ArrowDown' | 'Escape' | 'Backspace') =>
  sendKeys({ press: key });

/**
 * Types text into the focused field, one key press per character. (Sent as one string,
 * WebKit's WebDriver merges a repeated character: "AA3" arrives as "A3".)
 */
export async function type(text: string): Promise<void> {
  for (const ch of text) await sendKeys({ press: ch });
}
