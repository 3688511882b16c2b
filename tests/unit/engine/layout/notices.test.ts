import { describe, expect, it } from 'vitest';
import { createDeck } from '../../../../engine/format/create.ts';
import { layoutDeck } from '../../../../engine/layout/index.ts';
import { runChecks } from '../../../../engine/checks/index.ts';

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
    expect(item.message).toBe(`“Dense” continues over ${keys.length} slides (${nums.join(', ')}).`);
    expect(items.some((i) => i.severity === 'error' && i.target.sectionId === 'b')).toBe(false);
  });
});
