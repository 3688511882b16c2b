import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { splitRules, splitSelectors, trimRevealCss } from '../../../../engine/export/reveal-css.ts';
import { TRANSITIONS } from '../../../../engine/model/schema.ts';

// The pure trimming is tested on the file itself; that the export receives this text through
// its `?raw` import is checked in export.test.ts.
const REVEAL_CSS = readFileSync('node_modules/reveal.js/dist/reveal.css', 'utf8');
const revealCssFor = (transition: string): string => trimRevealCss(REVEAL_CSS, transition);

const selectorsOf = (css: string): string[] =>
  splitRules(css)
    .filter((r) => !r.trimStart().startsWith('@'))
    .flatMap((r) => splitSelectors(r.slice(0, r.indexOf('{'))));
const blocksOf = (css: string): string[] =>
  splitRules(css).flatMap((r) => (r.trimStart().startsWith('@media') ? splitRules(r.slice(r.indexOf('{') + 1, -1)) : [r])).map((r) => r.slice(r.indexOf('{')));

describe('reveal.css trimmed for export', () => {
  it('keeps the deck transition and none, drops the other transitions', () => {
    for (const t of TRANSITIONS) {
      const css = revealCssFor(t);
      expect(css).toContain(`.reveal.none .slides section:not([data-transition])`);
      for (const other of TRANSITIONS.filter((o) => o !== t && o !== 'none')) {
        expect(css, `${t} keeps ${other}`).not.toMatch(new RegExp(`\\.reveal\\.${other}(?![\\w-])|data-transition~?=${other}(?![\\w])`));
      }
      if (t !== 'none') expect(css).toMatch(new RegExp(`\\.reveal\\.${t}(?![\\w-])`));
    }
  });

  it('drops the scroll view, preview overlays and features exports never use, keeps what they do', () => {
    const css = revealCssFor('none');
    expect(css).not.toMatch(/reveal-scroll|r-overlay-preview|r-overlay-spinner|\.fragment|\.hljs|speaker-notes/);
    for (const kept of ['.r-overlay-help', '.reveal .controls', '.reveal .slide-number', '.reveal:not(.rtl) .controls', 'html.reveal-print .reveal .slides .pdf-page', '.jump-to-slide', '.reveal .progress']) expect(css).toContain(kept);
  });

  it('changes nothing else: every kept selector and every declaration block is from reveal.css', () => {
    const original = new Set(selectorsOf(REVEAL_CSS));
    const trimmed = selectorsOf(revealCssFor('fade'));
    for (const s of trimmed) expect(original.has(s)).toBe(true);
    // Selectors that mention no transition or dropped feature all survive.
    const dropped = /\.reveal\.[a-z]+|transition[~|^]?=|reveal-scroll|loading-scroll-mode|r-overlay-preview|r-overlay-spinner|x-frame-error|fragment|hljs|\.roll|zoomed|\.r-(?:stack|vstack|hstack|fit-text|stretch)|stretch|\.items-|\.justify-|auto-animate|rtl|speaker-notes|show-notes|playback|r-media-play-button/;
    const neutral = [...original].filter((s) => !dropped.test(s));
    expect(neutral.length).toBeGreaterThan(100);
    const kept = new Set(trimmed);
    for (const s of neutral) expect(kept.has(s), s).toBe(true);
    const blocks = new Set(blocksOf(REVEAL_CSS));
    for (const b of blocksOf(revealCssFor('fade'))) expect(blocks.has(b)).toBe(true);
  });

  it('is much smaller', () => {
    expect(revealCssFor('none').length).toBeLessThan(REVEAL_CSS.length - 15_000);
  });

  it('splits selector lists only on top-level commas', () => {
    expect(splitSelectors('a:not(b,c),d[x="1,2"],e')).toEqual(['a:not(b,c)', 'd[x="1,2"]', 'e']);
    expect(trimRevealCss('.reveal.zoom a,.b{color:red}@media print{.reveal.zoom x{y:z}}@media screen{.c,.reveal-scroll{d:e}}@keyframes k{0%{a:b}}', 'none')).toBe('.b{color:red}@media screen{.c{d:e}}@keyframes k{0%{a:b}}');
  });
});
