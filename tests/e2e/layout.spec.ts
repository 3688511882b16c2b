/**
 * The layout engine against Chromium: dense decks exported and walked slide by slide at
 * 1280×720 and 1920×1080 (16:9) and 1024×768 (4:3). On every slide: no text under a banner,
 * off the slide or out of its block; nothing under the minimum sizes (points 24 px, other
 * text 15 px at 720; citation marks exempt); every point present, in order; and the lines the
 * engine measured are the lines Chromium drew (latin exactly; Hangul never more than measured).
 */
import { test, expect, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rawPlugin } from './helpers/export-build.ts';
import { denseDeck } from './helpers/dense-decks.ts';
import { openDeck, removeWrittenDecks, writeDeck } from './helpers/export-page.ts';
import type { Deck, Point } from '../../engine/model/schema.ts';
import type { LaidOutDeck } from '../../engine/layout/types.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Engine {
  compileDeck(deck: Deck): string;
  layoutDeck(deck: Deck): LaidOutDeck;
  inlineToText(s: string): string;
}
let engine: Engine;

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bd-layout-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    [
      `export { compileDeck } from ${JSON.stringify(join(ROOT, 'engine/export/index.ts'))};`,
      `export { layoutDeck } from ${JSON.stringify(join(ROOT, 'engine/layout/index.ts'))};`,
      `export { inlineToText } from ${JSON.stringify(join(ROOT, 'engine/markup/index.ts'))};`,
    ].join('\n'),
  );
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile: join(dir, 'e.mjs'), plugins: [rawPlugin], logLevel: 'silent', mainFields: ['module', 'main'] });
  engine = (await import(pathToFileURL(join(dir, 'e.mjs')).href)) as Engine;
  rmSync(dir, { recursive: true, force: true });
});
test.afterAll(() => removeWrittenDecks());

interface SlideReport {
  problems: string[];
  points: { text: string; cont: boolean; lines: number }[];
}

/** Everything checked inside the page for slide i. */
async function inspect(page: Page, i: number): Promise<SlideReport> {
  return page.evaluate((index) => {
    const R = (window as unknown as { Reveal: { slide(h: number): void } }).Reveal;
    R.slide(index);
    const section = document.querySelectorAll('.reveal .slides > section')[index] as HTMLElement;
    const problems: string[] = [];
    const s = section.getBoundingClientRect();
    const scale = s.height / 720;
    const top = section.querySelector(':scope > .bd-banner-top')?.getBoundingClientRect();
    const bottom = section.querySelector(':scope > .bd-banner-bottom')?.getBoundingClientRect();
    const upper = top ? top.bottom : s.top;
    const lower = bottom ? bottom.top : s.bottom;
    const walker = document.createTreeWalker(section.querySelector(':scope > .bd-body')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent || n.textContent.trim() === '') continue;
      const el = n.parentElement!;
      const range = document.createRange();
      range.selectNodeContents(n);
      const box = el.closest('.bd-block, .bd-head, .bd-figure, .bd-option')!.getBoundingClientRect();
      for (const r of Array.from(range.getClientRects())) {
        if (r.width === 0) continue;
        const what = `"${n.textContent.slice(0, 40)}"`;
        if (r.top < upper - 1 || r.bottom > lower + 1) problems.push(`${what} under a banner (${Math.round(r.top)}..${Math.round(r.bottom)} not in ${Math.round(upper)}..${Math.round(lower)})`);
        if (r.left < s.left - 1 || r.right > s.right + 1) problems.push(`${what} off the slide`);
        // A glyph box is taller than a tight line box (1.36 em of Noto Sans, centred on a 1.15 em
        // heading line): allow that much, no more.
        const slack = Math.max(2, 0.15 * parseFloat(getComputedStyle(el).fontSize)) * scale;
        if (!el.closest('.bd-cite') && (r.bottom > box.bottom + slack || r.top < box.top - slack || r.right > box.right + 2 * scale)) problems.push(`${what} out of its box (text ${Math.round(r.top)}..${Math.round(r.bottom)}, box ${Math.round(box.top)}..${Math.round(box.bottom)}, right ${Math.round(r.right - box.right)})`);
      }
      if (el.closest('.bd-cite')) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      const min = el.closest('ul.bd-points') ? 24 : 15;
      if (px < min - 0.01) problems.push(`"${n.textContent.slice(0, 40)}" at ${px}px (minimum ${min})`);
    }
    const points = Array.from(section.querySelectorAll('ul.bd-points > li')).map((li) => {
      const clone = li.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.bd-cite').forEach((c) => c.remove());
      const lh = parseFloat(getComputedStyle(li).lineHeight);
      return { text: clone.textContent ?? '', cont: li.classList.contains('bd-cont'), lines: Math.round(li.getBoundingClientRect().height / scale / lh) };
    });
    return { problems, points };
  }, i);
}

function expectedPoints(points: readonly Point[], depth = 1): string[] {
  return points.flatMap((p) => (p.text.trim() === '' && p.children.length === 0 && p.cites.length === 0 ? [] : [engine.inlineToText(p.text), ...(depth < 3 ? expectedPoints(p.children, depth + 1) : [])]));
}

const CASES = [
  { name: 'English 16:9 at 1280x720', ko: false, aspect: '16:9' as const, viewport: { width: 1280, height: 720 } },
  { name: 'English 16:9 at 1920x1080', ko: false, aspect: '16:9' as const, viewport: { width: 1920, height: 1080 } },
  { name: 'English 4:3 at 1024x768', ko: false, aspect: '4:3' as const, viewport: { width: 1024, height: 768 } },
  { name: 'Korean 16:9 at 1920x1080', ko: true, aspect: '16:9' as const, viewport: { width: 1920, height: 1080 } },
  { name: 'Korean 4:3 at 1024x768', ko: true, aspect: '4:3' as const, viewport: { width: 1024, height: 768 } },
];

for (const c of CASES) {
  test(`dense deck: ${c.name}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const deck = denseDeck({ ko: c.ko, aspect: c.aspect });
    const laid = engine.layoutDeck(deck);
    const file = writeDeck(engine.compileDeck(deck), `layout-${c.ko ? 'ko' : 'en'}-${c.aspect.replace(':', 'x')}.html`);
    const context = await browser.newContext({ viewport: c.viewport });
    const { page, foreign } = await openDeck(context, file);
    await page.evaluate(() => document.fonts.ready);
    const total = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length);
    expect(total).toBe(laid.slides.length);
    const bySection = new Map<string, { text: string; cont: boolean }[]>();
    const problems: string[] = [];
    let compared = 0;
    for (let i = 0; i < total; i++) {
      const slide = laid.slides[i]!;
      const r = await inspect(page, i);
      problems.push(...r.problems.map((p) => `${slide.key}: ${p}`));
      if (slide.sectionId) bySection.set(slide.sectionId, [...(bySection.get(slide.sectionId) ?? []), ...r.points]);
      // The engine's lines against Chromium's, point by point.
      const measured = slide.blocks.flatMap((b) => (b.kind === 'points' ? b.points : []));
      expect(r.points.length, slide.key).toBe(measured.length);
      measured.forEach((m, k) => {
        const drawn = r.points[k]!.lines;
        if (c.ko) expect(drawn, `${slide.key} point ${k}`).toBeLessThanOrEqual(m.lines);
        else expect(drawn, `${slide.key} point ${k}: "${m.text.slice(0, 50)}"`).toBe(m.lines);
        compared++;
      });
    }
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(60);
    // Every point present, in order: fragments of a split point join back into it.
    for (const section of deck.sections) {
      const drawn: string[] = [];
      for (const p of bySection.get(section.id) ?? []) {
        if (p.cont && drawn.length > 0) drawn[drawn.length - 1] += ' ' + p.text;
        else drawn.push(p.text);
      }
      expect(drawn, section.id).toEqual(expectedPoints(section.points));
    }
    // The dense sections did continue, and the backup is numbered B-1, B-2…
    expect(laid.slides.filter((s) => s.sectionId === 'many').length).toBeGreaterThan(1);
    expect(laid.slides.filter((s) => s.sectionId === 'long').length).toBeGreaterThan(1);
    const backups = laid.slides.filter((s) => !s.number.counted);
    expect(backups.length).toBeGreaterThan(1);
    const labels = await page.evaluate(() => Array.from(document.querySelectorAll('.reveal .slides > section[data-visibility=uncounted] .bd-slide-label')).map((e) => e.textContent));
    expect(labels).toEqual(backups.map((_, i) => `B-${i + 1}`));
    expect(foreign).toEqual([]);
    await context.close();
  });
}
