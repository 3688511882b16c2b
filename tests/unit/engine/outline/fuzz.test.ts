// Seeded random outlines built from the format's own pieces (headings, bullets at odd
// indents, labels, comments, markers, CR/LF mixes, Hangul, stray markup). Whatever comes in,
// parseOutline returns a deck that restores, or throws a one-line DeckError: never anything else.
import { describe, expect, it } from 'vitest';
import { DeckError, restoreDeck } from '../../../../engine/format/index.ts';
import { parseOutline, parseOutlinePoints } from '../../../../engine/outline/index.ts';

const PIECES = [
  '# ', '## ', '### ', '## BLUF', '## Backup:', '## Decision: x', '- ', '* ', '1. ', '2) ', '• ', '◦ ', '\t', '  ', '    ', ' ',
  'Notes:', 'Sources:', 'Figures:', 'Options:', 'Problem:', 'Recommendation:', 'Marking: SECRET', 'Date: June 3, 2024', 'Language: ko',
  '<!--', '-->', '[1]', '[2, 3]', '[x](https://a.b)', '`code[1]`', '**', '*', '“', '”', '한국어', '：', ':', ',', 'https://example.org/a',
  '2024-06-03', 'text', 'word ', '\\', '---', '\r\n', '\n', '\n', '\n', '\r', '\u00a0', '\u3000', '__proto__', 'constructor', '<script>',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('parseOutline on random outlines', () => {
  it('returns a restorable deck or throws a one-line DeckError, for 400 seeded inputs', () => {
    const random = rng(20240603);
    let decks = 0;
    for (let i = 0; i < 400; i++) {
      const length = Math.floor(random() * 200);
      let text = '';
      for (let j = 0; j < length; j++) text += PIECES[Math.floor(random() * PIECES.length)];
      try {
        const deck = parseOutline(text);
        expect(restoreDeck(structuredClone(deck))).toEqual(deck);
        expect(parseOutlinePoints(text)).toBeInstanceOf(Array);
        decks++;
      } catch (error) {
        expect(error, text).toBeInstanceOf(DeckError);
        expect((error as Error).message).not.toContain('\n');
      }
    }
    // The generator must mostly produce valid outlines, or the test checks little.
    expect(decks).toBeGreaterThan(300);
  });
});
