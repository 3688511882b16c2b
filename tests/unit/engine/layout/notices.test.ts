import { describe, expect, it } from 'vitest';
import { createDeck } from '../../../../engine/format/create.ts';
import { layoutDeck } from '../../../../engine/layout/index.ts';
import { runChecks } from '../../../../engine/checks/index.ts';
import { checkText } from '../../../../engine/checks/message.ts';
import { createI18n } from '../../../../engine/i18n/index.ts';

const enI18n = createI18n('en');
const koI18n = createI18n('ko');
const en = (key: string, options?: Record<string, unknown>) => enI18n.t(key, options ?? {});
const ko = (key: string, options?: Record<string, unknown>) => koI18n.t(key, options ?? {});

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('checks agree with the layout', () => {
  it('names the slides of a continued section as an info item, not an error', () => {
    const deck = createDeck({
      sections: [
        { id: 'a', title: 'Short', points: [{ id: 'p', text: 'one' }] },
        { id: 'b', title: 'Dense', points: Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, text: words(20) })) },
      ],
    });
    const laid = layoutDeck(deck);
    const keys = laid.slides.filter((s) => s.sectionId === 'b').map((s) => s.key);
    const nums = laid.slides.filter((s) => s.sectionId === 'b').map((s) => (s.number.counted ? String(s.number.n) : ''));
    const items = runChecks(deck, { layout: laid.notices });
    const item = items.find((i) => i.kind === 'continued')!;
    expect(item.severity).toBe('info');
    expect(item.target.sectionId).toBe('b');
    expect(checkText(item, en)).toBe(`“Dense” continues over ${keys.length} slides (${nums.join(', ')}).`);
    expect(checkText(item, ko)).toContain(nums.join(', '));
    expect(items.some((i) => i.severity === 'error' && i.target.sectionId === 'b')).toBe(false);
  });
});

describe("settings.fit 'one-slide'", () => {
  it('shrinks within the minimums and flags, never cuts, what still does not fit', () => {
    const deck = createDeck({ settings: { fit: 'one-slide' }, sections: [{ id: 'b', title: 'Dense', points: Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, text: words(20) })) }] });
    const laid = layoutDeck(deck);
    const parts = laid.slides.filter((s) => s.sectionId === 'b');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((s) => s.overflow && s.scale < 1)).toBe(true);
    for (const s of parts) for (const b of s.blocks) if (b.kind === 'points') for (const p of b.points) expect(p.fontPx).toBeGreaterThanOrEqual(24);
    expect(laid.notices.map((n) => n.kind)).toEqual(['overflow']);
    expect(runChecks(deck, { layout: laid.notices }).find((i) => i.kind === 'overflow')?.severity).toBe('warning');
  });
});
