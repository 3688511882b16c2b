// The benchmark's input must be what it claims: N full sections that import cleanly.
import { describe, expect, it } from 'vitest';
import { parseOutlineDetailed } from '../../../../engine/outline/index.ts';
import { generateOutline } from '../../../bench/generate.ts';

describe('tests/bench/generate.ts', () => {
  it.each([1, 10, 100])('makes %i sections that parse without warnings, each with points, notes, a source and a cite', (n) => {
    const { deck, warnings } = parseOutlineDetailed(generateOutline(n));
    expect(warnings).toEqual([]);
    expect(deck.sections).toHaveLength(n);
    expect(deck.sections[0]?.kind).toBe('bluf');
    // One distinct source per section, each cited by that section's first point.
    expect(deck.sources).toHaveLength(n);
    expect(deck.sections.map((s) => s.points[0]?.cites[0])).toEqual(deck.sources.map((x) => x.id));
    for (const s of deck.sections) {
      expect(s.points).toHaveLength(5);
      expect(s.points[1]?.children[1]?.children).toHaveLength(1);
      expect(s.notes).not.toBe('');
      expect(s.points[0]?.cites).toHaveLength(1);
    }
  });

  it('is deterministic', () => {
    expect(generateOutline(20)).toBe(generateOutline(20));
  });
});
