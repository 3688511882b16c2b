/**
 * Opening an exported deck the way a recipient would: from file://, with the network cut.
 * Every request is recorded; anything that is not the deck file itself counts against it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface OpenedDeck {
  page: Page;
  fileUrl: string;
  /** Requests for anything other than the deck file (with or without a query string). */
  foreign: string[];
}

const written: string[] = [];

export function writeDeck(html: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-export-'));
  written.push(dir);
  const file = join(dir, name);
  writeFileSync(file, html);
  return file;
}

export function removeWrittenDecks(): void {
  for (const dir of written.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Cuts the network for the whole context (popups and frames included) and records requests. */
export async function guardContext(context: BrowserContext, fileUrl: string): Promise<string[]> {
  const foreign: string[] = [];
  const isDeck = (url: string): boolean => url.split(/[?#]/)[0] === fileUrl;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isDeck(url)) await route.continue();
    else await route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    if (!isDeck(req.url())) foreign.push(req.url());
  });
  return foreign;
}

export async function openDeck(context: BrowserContext, file: string, query = ''): Promise<OpenedDeck> {
  const fileUrl = pathToFileURL(file).href;
  const foreign = await guardContext(context, fileUrl);
  const page = await context.newPage();
  await page.goto(fileUrl + query);
  await page.waitForFunction(() => document.documentElement.dataset.bdReady === 'true' && (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true);
  return { page, fileUrl, foreign };
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error(`pdfinfo gave no page count:\n${info}`);
  return Number(m[1]);
}

/** Text of each PDF page (pdftotext separates pages with form feeds). */
export function pdfPageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.length > 0 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}
