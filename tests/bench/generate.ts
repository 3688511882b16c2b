/**
 * Benchmark input: an outline (docs/OUTLINE.md) with N sections shaped like a real briefing
 * section — a title, five talking points of one line each (two with sub-points, one with a
 * sub-sub-point), inline markup, a citation, two sentences of speaker notes and one source.
 * Deterministic, so runs and machines compare. Plain TypeScript that Node runs with
 * --experimental-strip-types.
 */

const TOPICS = ['Export growth', 'Supply-chain security', 'Joint R&D', 'MRO capacity', 'Industrial base', 'Third-country markets', 'Technology transfer', 'Procurement reform'];

function section(i: number): string {
  const topic = TOPICS[i % TOPICS.length] ?? 'Topic';
  const n = i + 1;
  const kind = i === 0 ? 'BLUF: ' : '';
  return [
    `## ${kind}${topic} ${n}`,
    `- **${topic}** grew in both quantity and quality during period ${n} [1]`,
    `- Allies now recognise systems that meet their *rigorous* requirements`,
    `  - Single systems such as self-propelled howitzers`,
    `  - Large platforms such as naval vessels and aircraft`,
    `    - Each platform carries localisation through technology transfer`,
    `- Cooperation strengthens the purchasing nation's industrial base`,
    `  - Diverse localisation strategies, including infrastructure building`,
    `- Supply arrangements give a framework for a stable defense supply chain`,
    `- Outlook for item ${n}: maintenance, advanced technology and joint development`,
    `Notes: Lead with the bottom line for item ${n}, then the two examples.`,
    `Keep it under a minute and offer the backup slide if asked about dates.`,
    `Sources:`,
    `- Defense industry report ${n}, The Washington Times, 2024-06-03, https://example.org/report/${n}`,
    '',
  ].join('\n');
}

export function generateOutline(sections: number): string {
  const parts = [`# Benchmark briefing (${sections} sections)`, 'Presenter: Bench', 'Date: 2024-06-10', 'Marking: UNCLASSIFIED', ''];
  for (let i = 0; i < sections; i++) parts.push(section(i));
  return parts.join('\n');
}

/**
 * Issue 8's input: the same sections, each also holding a 10×5 pipe table (10 body rows,
 * 5 columns) and a `Chart: column` of 6 categories × 2 series.
 */
export function generateTablesOutline(sections: number): string {
  const parts = [`# Benchmark briefing with tables (${sections} sections)`, 'Presenter: Bench', 'Date: 2024-06-10', 'Marking: UNCLASSIFIED', ''];
  for (let i = 0; i < sections; i++) {
    const rows = Array.from({ length: 10 }, (_, r) => `| Item ${r + 1} | Office ${(i + r) % 7} | 2024-01-01 | 2024-12-31 | ${(i * 13 + r * 7) % 500} |`);
    const chart = ['2019', '2020', '2021', '2022', '2023', '2024'].map((y, c) => `| ${y} | ${c + 1} | ${(i + c) % 9} |`);
    parts.push(section(i).trimEnd(), '', 'Table: Programme items', '| Item | Owner | Start | End | Value |', '|---|---|---|---|---:|', ...rows, '', 'Chart: column', '| Year | A | B |', '|---|---|---|', ...chart, '');
  }
  return parts.join('\n');
}
