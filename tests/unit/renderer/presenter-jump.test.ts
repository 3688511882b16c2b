import { describe, expect, it } from 'vitest';
import { renderSlides } from '../../../engine/compile/index.ts';
import { backups, gridMove, parseJump, resolveJump, slideLabel, type NavSlide } from '../../../renderer/presenter/jump.ts';
import { generatedDeck, richDeck } from '../../e2e/helpers/export-decks.ts';

const C: NavSlide = { counted: true };
const B: NavSlide = { counted: false };

describe('go to slide: parsing what the presenter types', () => {
  it('reads a number as the n-th counted slide and B2 / B-2 / b 2 as the second backup', () => {
    expect(parseJump('12')).toEqual({ kind: 'counted', n: 12 });
    expect(parseJump(' 3 ')).toEqual({ kind: 'counted', n: 3 });
    for (const text of ['B2', 'b2', 'B-2', 'b-2', 'B 2', 'B - 2']) expect(parseJump(text)).toEqual({ kind: 'backup', n: 2 });
    // Full-width characters from a Korean keyboard layout.
    expect(parseJump('Ｂ２')).toEqual({ kind: 'backup', n: 2 });
  });

  it('refuses anything else', () => {
    for (const text of ['', 'B', 'x2', '2b', '1.5', '-2', 'BB2', '1 2', '12345678']) expect(parseJump(text)).toBeNull();
  });
});

describe('go to slide: the reveal index', () => {
  // title, 2 sections, a section continued over two slides, close; then B-1, B-2 (cont.), B-3.
  const slides = [C, C, C, C, C, C, B, B, B];

  it('maps n to the n-th counted slide and Bk to the k-th backup slide, continuation slides included', () => {
    expect(resolveJump(slides, '1')).toEqual({ ok: true, index: 0 });
    expect(resolveJump(slides, '6')).toEqual({ ok: true, index: 5 });
    expect(resolveJump(slides, 'B1')).toEqual({ ok: true, index: 6 });
    expect(resolveJump(slides, 'B2')).toEqual({ ok: true, index: 7 });
    expect(resolveJump(slides, 'b-3')).toEqual({ ok: true, index: 8 });
  });

  it('skips backups placed between counted slides, as reveal numbers them', () => {
    const mixed = [C, B, C, B, C];
    expect(resolveJump(mixed, '2')).toEqual({ ok: true, index: 2 });
    expect(resolveJump(mixed, '3')).toEqual({ ok: true, index: 4 });
    expect(resolveJump(mixed, 'B2')).toEqual({ ok: true, index: 3 });
    expect(mixed.map((_, i) => slideLabel(mixed, i))).toEqual(['1', 'B-1', '2', 'B-2', '3']);
  });

  it('says why a jump is refused: nothing typed, not a slide name, or out of range with the limit', () => {
    expect(resolveJump(slides, '  ')).toEqual({ ok: false, reason: 'empty' });
    expect(resolveJump(slides, 'next')).toEqual({ ok: false, reason: 'syntax' });
    expect(resolveJump(slides, '0')).toEqual({ ok: false, reason: 'range', query: { kind: 'counted', n: 0 }, max: 6 });
    expect(resolveJump(slides, '7')).toEqual({ ok: false, reason: 'range', query: { kind: 'counted', n: 7 }, max: 6 });
    expect(resolveJump(slides, 'B4')).toEqual({ ok: false, reason: 'range', query: { kind: 'backup', n: 4 }, max: 3 });
    expect(resolveJump([C, C], 'B1')).toEqual({ ok: false, reason: 'range', query: { kind: 'backup', n: 1 }, max: 0 });
  });

  it('labels and lists the backups in order', () => {
    expect(slides.map((_, i) => slideLabel(slides, i))).toEqual(['1', '2', '3', '4', '5', '6', 'B-1', 'B-2', 'B-3']);
    expect(backups(slides)).toEqual([
      { index: 6, label: 'B-1' },
      { index: 7, label: 'B-2' },
      { index: 8, label: 'B-3' },
    ]);
    expect(slideLabel(slides, 99)).toBe('');
  });

  it('agrees with the engine: B2 on a rendered deck is its second uncounted slide, every counted number lands on a counted slide', () => {
    for (const deck of [richDeck(), generatedDeck(30)]) {
      const facts = renderSlides(deck).map((s) => ({ counted: !s.html.includes('data-visibility="uncounted"'), key: s.key }));
      const uncounted = facts.flatMap((f, i) => (f.counted ? [] : [i]));
      if (uncounted.length >= 2) expect(resolveJump(facts, 'B2')).toEqual({ ok: true, index: uncounted[1] });
      const counted = facts.filter((f) => f.counted).length;
      for (let n = 1; n <= counted; n++) {
        const r = resolveJump(facts, String(n));
        expect(r.ok && facts[r.index]!.counted).toBe(true);
      }
      expect(resolveJump(facts, String(counted + 1)).ok).toBe(false);
    }
  });
});

describe('overview grid keys', () => {
  it('moves by one across and by a row down or up, stopping at the edges', () => {
    // 10 cards, 4 columns: rows [0..3] [4..7] [8, 9].
    expect(gridMove(0, 'ArrowRight', 10, 4)).toBe(1);
    expect(gridMove(0, 'ArrowLeft', 10, 4)).toBe(0);
    expect(gridMove(9, 'ArrowRight', 10, 4)).toBe(9);
    expect(gridMove(1, 'ArrowDown', 10, 4)).toBe(5);
    expect(gridMove(5, 'ArrowDown', 10, 4)).toBe(9);
    expect(gridMove(6, 'ArrowDown', 10, 4)).toBe(6);
    expect(gridMove(5, 'ArrowUp', 10, 4)).toBe(1);
    expect(gridMove(2, 'ArrowUp', 10, 4)).toBe(2);
    expect(gridMove(5, 'Home', 10, 4)).toBe(0);
    expect(gridMove(5, 'End', 10, 4)).toBe(9);
    expect(gridMove(5, 'a', 10, 4)).toBeNull();
  });
});
