import { describe, expect, it } from 'vitest';
import { parseOutlineDetailed } from '../../../../engine/outline/index.ts';
import { DeckError } from '../../../../engine/format/index.ts';

function errorOf(text: string): DeckError {
  try {
    parseOutlineDetailed(text);
  } catch (e) {
    if (e instanceof DeckError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

const FRAMEWORKS = `# ROK–U.S.
## Frameworks
- Three frameworks [1]
Table: ROK–U.S. frameworks
| Framework | Status | Year |
|-----------|:------:|-----:|
| SOSA [1]  | Signed | 2023 |
| RDP-A     | Under way | |
Sources:
- Op-ed, The Washington Times, 2024-06-03
`;

describe('outline tables and charts', () => {
  it('reads a pipe table under a section, with alignment, caption and cell citations', () => {
    const { deck, warnings } = parseOutlineDetailed(FRAMEWORKS);
    expect(warnings).toEqual([]);
    const s = deck.sections[0];
    const src = deck.sources[0]?.id;
    expect(s?.points).toHaveLength(1);
    expect(s?.table?.caption).toBe('ROK–U.S. frameworks');
    expect(s?.table?.header.map((c) => c.text)).toEqual(['Framework', 'Status', 'Year']);
    expect(s?.table?.align).toEqual(['auto', 'center', 'right']);
    expect(s?.table?.rows[0]?.[0]).toEqual({ text: 'SOSA', cites: [src] });
    expect(s?.table?.rows[1]?.[2]).toEqual({ text: '', cites: [] });
    expect(s?.chart).toBeNull();
  });

  it('refuses a ragged row, naming its line and the counts', () => {
    const e = errorOf('## T\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 |\n');
    expect(e.message).toBe('line 5: table row has 1 cell; the header has 2');
  });

  it('makes a chart from `Chart: bar` over a pipe table, and refuses a value that is not a number', () => {
    const { deck } = parseOutlineDetailed('## Exports\nChart: bar, Illustrative values\n| Year | A | B |\n|---|---|---|\n| 2022 | 1,200 | −3 |\n| 2023 | 5 | |\n');
    const c = deck.sections[0]?.chart;
    expect(c?.kind).toBe('bar');
    expect(c?.title).toBe('Illustrative values');
    expect(c?.categories).toEqual(['2022', '2023']);
    expect(c?.series).toEqual([
      { name: 'A', values: [1200, 5] },
      { name: 'B', values: [-3, null] },
    ]);
    expect(deck.sections[0]?.table).toBeNull();
    expect(errorOf('## X\nChart: line\n| Y | A |\n|---|---|\n| 2022 | lots |\n').message).toBe('line 5: "lots" is not a number (a chart holds numbers; leave the cell empty for no value)');
  });

  it('holds a table and a chart in one section, but not two tables', () => {
    const { deck } = parseOutlineDetailed('## S\n| a | b |\n|---|---|\n| 1 | 2 |\n\nChart: column\n| k | v |\n|---|---|\n| x | 1 |\n');
    expect(deck.sections[0]?.table?.rows).toHaveLength(1);
    expect(deck.sections[0]?.chart?.kind).toBe('column');
    expect(errorOf('## S\n| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |\n').message).toBe('line 6: a section holds one table; start a new "##" section for another');
  });

  it('refuses a table over the limits and a header without a separator line', () => {
    const rows = Array.from({ length: 61 }, (_, i) => `| ${i} |`).join('\n');
    expect(errorOf(`## S\n| a |\n|---|\n${rows}\n`).message).toMatch(/^line 64: a table has at most 60 rows/);
    expect(errorOf('## S\n| a | b |\n| 1 | 2 |\n').message).toBe('line 3: a pipe table needs a separator line under its header (| --- | --- |)');
  });

  it('keeps a `Chart:` line with no table under it as a point, with a warning', () => {
    const { deck, warnings } = parseOutlineDetailed('## S\nChart: this is just text\n- next point\n');
    expect(deck.sections[0]?.points.map((p) => p.text)).toEqual(['Chart: this is just text', 'next point']);
    expect(warnings.map((w) => w.line)).toContain(2);
    expect(deck.sections[0]?.chart).toBeNull();
  });
});
