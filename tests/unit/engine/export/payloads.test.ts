/**
 * The script-payload corpus (tests/fixtures/_payloads): each payload goes into every free-text
 * field of a deck; the compiled file must show it as text and contain no element or attribute
 * that the compiler did not put there itself. (The Chromium test runs the same corpus.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { compileDeck } from '../../../../engine/export/index.ts';
import { cleanText } from '../../../../engine/markup/index.ts';
import { payloadDeck } from '../../../e2e/helpers/export-decks.ts';

const PAYLOADS: string[] = JSON.parse(readFileSync('tests/fixtures/_payloads/script-payloads.json', 'utf8')).payloads;

/** Every element the compiler emits inside the slides. */
const TAGS = new Set(['SECTION', 'DIV', 'HEADER', 'H1', 'H2', 'H3', 'P', 'UL', 'OL', 'LI', 'SPAN', 'STRONG', 'EM', 'CODE', 'A', 'ASIDE', 'FIGURE', 'IMG', 'CITE', 'BR']);
/** Every attribute the compiler emits inside the slides. */
const ATTRS = new Set(['class', 'data-visibility', 'data-bd-part', 'lang', 'style', 'href', 'target', 'rel', 'start', 'value', 'src', 'alt']);

const asAttr = (s: string): string => cleanText(s).replace(/[\r\n\t]/g, ' ');

describe('script payloads in every text field', () => {
  it('the corpus covers the required kinds', () => {
    const all = PAYLOADS.join('\n');
    for (const needle of ['onerror=', '<svg onload', 'javascript:', 'data:text/html', '</script>', '<!--<script>', '${', '`', '\u0000', '\uff1c', ']]>', '" onmouseover', '</textarea>']) {
      expect(all, needle).toContain(needle);
    }
  });

  it.each(PAYLOADS.map((p, i) => [i, p] as const))('payload %i stays text: %s', (_i, payload) => {
    const html = compileDeck(payloadDeck(payload));
    const doc = new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;

    // Only our own scripts exist, anywhere in the document.
    const scripts = Array.from(doc.querySelectorAll('script'));
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/json', null, null, null]);
    expect(doc.querySelectorAll('head > *:not(meta):not(title):not(style)')).toHaveLength(0);
    expect(doc.querySelectorAll('body > *')).toHaveLength(5);

    const slides = doc.querySelector('.reveal > .slides')!;
    for (const el of Array.from(slides.querySelectorAll('*'))) {
      expect(TAGS.has(el.tagName), `element <${el.tagName.toLowerCase()}>`).toBe(true);
      for (const attr of Array.from(el.attributes)) {
        expect(ATTRS.has(attr.name), `attribute ${attr.name} on <${el.tagName.toLowerCase()}>`).toBe(true);
      }
      if (el.hasAttribute('href')) expect(el.getAttribute('href')).toMatch(/^(?:https?:\/\/|mailto:)[^\s"'<>`\\]*$/);
      if (el.hasAttribute('src')) expect(el.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      // Styles are ours alone: banner colours, and the layout's boxes and font sizes (numbers only).
      if (el.hasAttribute('style')) expect(el.getAttribute('style')).toMatch(/^(?:background:#[0-9a-f]{6})?;?(?:color:#[0-9a-f]{6})?$|^left:-?\d+px;top:-?\d+px;width:\d+px;height:\d+px(?:;--bd-k:0\.\d+)?$|^font-size:\d+px$/);
    }

    // Fields shown without markup carry the payload verbatim (control characters removed).
    const banners = Array.from(slides.querySelectorAll('.bd-banner')).map((b) => b.textContent);
    expect(banners.length).toBeGreaterThan(0);
    for (const b of banners) expect(b).toBe(cleanText(payload.slice(0, 200)));
    for (const u of Array.from(slides.querySelectorAll('.bd-figure-unit'))) expect(u.textContent).toBe(cleanText(payload.slice(0, 100)));
    for (const img of Array.from(slides.querySelectorAll('img'))) expect(img.getAttribute('alt')).toBe(asAttr(payload));
    expect(slides.querySelectorAll('aside.notes').length).toBeGreaterThan(0);
    // The deck title reaches <title> as plain text.
    expect(doc.title.length).toBeGreaterThan(0);
  });
});
