// docs/OUTLINE.md's examples are part of the contract: each must parse as the page says,
// without warnings, so the documentation cannot drift from the parser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOutlineDetailed } from '../../../../engine/outline/index.ts';

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/OUTLINE.md', import.meta.url)), 'utf8');
const blocks = [...doc.matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('docs/OUTLINE.md examples', () => {
  it('has the examples this test reads', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it('the full example parses without warnings into the sections it shows', () => {
    const { deck, warnings } = parseOutlineDetailed(blocks[0] ?? '');
    expect(warnings).toEqual([]);
    expect(deck.meta).toMatchObject({ title: 'ROK–U.S. defense-industry cooperation', presenter: 'Col. J. Kim', date: '2024-06-10', asOf: '2024-06-03' });
    expect(deck.marking.level).toBe('unclassified');
    expect(deck.sections.map((s) => s.kind)).toEqual(['bluf', 'content', 'backup']);
    expect(deck.sections[1]?.notes).toContain('Stress quality as well as quantity');
    expect(deck.sections[1]?.points[0]?.cites).toHaveLength(1);
  });

  it('every example parses without warnings', () => {
    for (const block of blocks) {
      // Snippets that are only a list (Sources:, Figures:) get a section to live in.
      const text = block.startsWith('#') ? block : `## Example\n${block}`;
      expect(parseOutlineDetailed(text).warnings, block).toEqual([]);
    }
  });
});
