/**
 * A paste as the browser delivers it: a `paste` ClipboardEvent carrying the given types
 * (text/plain, text/html…). Playwright cannot write the system clipboard headless, and the
 * editor reads only event.clipboardData, so this is the same path a real Ctrl+V takes.
 */
import type { Locator } from '@playwright/test';

export async function paste(target: Locator, data: string | Record<string, string>): Promise<void> {
  const types = typeof data === 'string' ? { 'text/plain': data } : data;
  await target.evaluate((el, d) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(d)) transfer.setData(type, value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, types);
}
