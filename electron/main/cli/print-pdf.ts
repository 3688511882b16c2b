/**
 * PDF printing for the CLI: the system Chromium driven by playwright-core, loaded only when a
 * PDF is asked for (it is not bundled: scripts/build-cli.mjs keeps it external). Without
 * either, the CLI says so in one line and exits 2; it never writes HTML under a .pdf name.
 *
 * The page is the prepared export (print-html.ts) opened from a private temp folder with
 * `?print-pdf`, every request that is not that file refused, printed once the export's boot
 * script marks <html data-bd-ready>.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintPage } from '../services/print-html.ts';
import { UsageError } from './args.ts';

const READY_TIMEOUT_MS = 30_000;

/** Where Chromium is: $BRIEFDECK_CHROMIUM, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.BRIEFDECK_CHROMIUM || '/usr/bin/chromium';
}

interface PlaywrightCore {
  chromium: { launch(o: { executablePath: string; headless: boolean }): Promise<Browser> };
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Page {
  route(url: string, handler: (route: { request(): { url(): string }; continue(): Promise<void>; abort(): Promise<void> }) => unknown): Promise<void>;
  goto(url: string): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
  pdf(o: Record<string, unknown>): Promise<Uint8Array>;
}

export async function printPdfWithChromium(html: string, page: PrintPage): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new UsageError(`cannot write a PDF: no Chromium at ${executablePath} (install chromium, or set BRIEFDECK_CHROMIUM)`);
  let pw: PlaywrightCore;
  try {
    // A variable specifier keeps bundlers from inlining it: playwright-core stays a runtime dependency.
    const name = 'playwright-core';
    pw = (await import(name)) as PlaywrightCore;
  } catch {
    throw new UsageError('cannot write a PDF: playwright-core is not installed (npm install playwright-core)');
  }
  const dir = await mkdtemp(join(tmpdir(), 'briefdeck-pdf-'));
  const file = join(dir, 'deck.html');
  await writeFile(file, html);
  const url = pathToFileURL(file).href;
  const browser = await pw.chromium.launch({ executablePath, headless: true });
  try {
    const tab = await browser.newPage();
    // The export needs nothing from outside its own file.
    await tab.route('**/*', (route) => (route.request().url().split('?')[0] === url ? route.continue() : route.abort()));
    await tab.goto(`${url}?print-pdf`);
    // Polled with evaluate (a CDP call, not eval: the export's CSP forbids eval, which
    // waitForFunction needs), as main's print window does.
    const started = Date.now();
    while (!(await tab.evaluate(() => document.documentElement.getAttribute('data-bd-ready') === 'true'))) {
      if (Date.now() - started > READY_TIMEOUT_MS) throw new Error('the deck did not finish laying out for print');
      await new Promise((r) => setTimeout(r, 50));
    }
    // The page size comes from the document's @page rule (pdfVariant sets it for each layout).
    void page;
    return new Uint8Array(await tab.pdf({ printBackground: true, preferCSSPageSize: true }));
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
