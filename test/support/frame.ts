/**
 * Opens a page of the test server in an iframe (same origin, so the test can reach into it) and
 * resolves to its document once loaded. Used for the examples and the WordPress page.
 */
export async function openFrame(src: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = src;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return frame.contentDocument!;
}
