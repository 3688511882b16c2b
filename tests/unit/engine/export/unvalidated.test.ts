/**
 * compileDeck and renderSlides also run on decks that never went through restoreDeck: the
 * editor preview compiles the store's state as the user types. So the compiler must not trust
 * the schema for the values it places outside text content (colours in style attributes, the
 * image URL, the language attribute, the theme and transition that pick CSS, the aspect).
 * Each case hands it a value the schema would refuse and checks nothing escapes its slot.
 */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { compileDeck } from '../../../../engine/export/index.ts';
import { renderSlides } from '../../../../engine/compile/index.ts';
import type { Deck } from '../../../../engine/model/schema.ts';
import { richDeck } from '../../../e2e/helpers/export-decks.ts';

const SVG_SCRIPT = 'data:image/svg+xml;base64,' + Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"/>').toString('base64');

function parse(html: string): Document {
  return new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** A deck with one field forced to a value the schema refuses (as a store bug could). */
function tampered(edit: (d: Deck) => void): Deck {
  const deck = structuredClone(richDeck());
  edit(deck);
  return deck;
}

/** Only the compiler's own scripts exist, and the body holds only the reveal root and them. */
function expectNoForeignMarkup(html: string): Document {
  const doc = parse(html);
  expect(Array.from(doc.querySelectorAll('script')).map((s) => s.getAttribute('type'))).toEqual(['application/json', null, null, null]);
  expect(doc.querySelectorAll('head > *:not(meta):not(title):not(style)')).toHaveLength(0);
  expect(doc.querySelectorAll('body > *')).toHaveLength(5);
  expect(doc.querySelectorAll('iframe, object, embed, svg, link, base, form, meta[http-equiv="refresh"]')).toHaveLength(0);
  return doc;
}

describe('compile does not trust an unvalidated deck', () => {
  it('an SVG (or any non-raster) data URL image is left out, not embedded', () => {
    for (const url of [SVG_SCRIPT, 'data:text/html,<script>window.__pwned=1</script>', 'javascript:window.__pwned=1', 'https://example.com/x.png', 'data:image/png;base64,AAAA" onerror="window.__pwned=1']) {
      const deck = tampered((d) => {
        d.sections[1]!.image = { dataUrl: url, alt: 'x' };
      });
      const doc = expectNoForeignMarkup(compileDeck(deck));
      expect(doc.querySelectorAll('img'), url).toHaveLength(0);
    }
  });

  it('marking colours that are not #rrggbb fall back to the defaults and never reach CSS', () => {
    for (const bad of ['red;background:url(https://example.com/x)', '#000000;background-image:url(//x)', '#fff" onmouseover="x', 'expression(alert(1))', '#00000</style><script>window.__pwned=1</script>']) {
      const deck = tampered((d) => {
        d.marking.color = bad;
        d.marking.textColor = bad;
        d.sections[0]!.marking = { level: 'secret', controls: '', text: 'OVERRIDE', color: bad, textColor: bad };
      });
      const html = compileDeck(deck);
      const doc = expectNoForeignMarkup(html);
      expect(html).not.toContain('url(https://example.com');
      for (const b of Array.from(doc.querySelectorAll('.bd-banner'))) {
        const style = b.getAttribute('style') ?? '';
        expect(style, bad).toMatch(/^(?:background:#[0-9a-f]{6})?;?(?:color:#[0-9a-f]{6})?$/);
        expect(Array.from(b.attributes).map((a) => a.name).sort()).toEqual(style ? ['class', 'style'] : ['class']);
      }
    }
  });

  it('a language tag, theme, transition or aspect outside the schema cannot break out of its slot', () => {
    const breakout = '"><script>window.__pwned=1</script><style>';
    const deck = tampered((d) => {
      d.meta.lang = 'ko' + breakout;
      (d.settings as { theme: string }).theme = '../../etc/passwd' + breakout;
      (d.settings as { transition: string }).transition = '</style><script>window.__pwned=1</script>' as never;
      (d.settings as { aspect: string }).aspect = '1:1' + breakout;
    });
    const html = compileDeck(deck);
    const doc = expectNoForeignMarkup(html);
    expect(doc.documentElement.getAttribute('lang')).toBe(deck.meta.lang);
    for (const s of Array.from(doc.querySelectorAll('section[lang]'))) expect(s.getAttribute('lang')).toBe(deck.meta.lang);
    const config = JSON.parse(doc.getElementById('bd-config')!.textContent!);
    // The unknown aspect falls back to 16:9; the transition travels only as inert JSON.
    expect([config.width, config.height]).toEqual([1280, 720]);
    expect(config.transition).toBe(deck.settings.transition);
  });

  it('renderSlides (the preview path) escapes the same fields', () => {
    const deck = tampered((d) => {
      d.marking.color = 'red;background:url(https://example.com/x)';
      d.sections[1]!.image = { dataUrl: SVG_SCRIPT, alt: '"><img src=x onerror=window.__pwned=1>' };
    });
    const html = renderSlides(deck).map((s) => s.html).join('');
    expect(html).not.toContain('url(https://example.com');
    expect(html).not.toContain('svg+xml');
    expect(html).not.toMatch(/<img[^>]*onerror/i);
  });
});
