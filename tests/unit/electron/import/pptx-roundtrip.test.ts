// PowerPoint import on files made by Briefdeck's own PowerPoint export: the seed briefing goes
// out as .pptx and comes back with every section title, its points and its speaker notes.
// The export draws title, agenda, sources and close slides too; those are read as sections
// of their own, so the test looks for the deck's sections among what came back, in order.
import { describe, expect, it } from 'vitest';
import { writePptx } from '../../../../electron/main/office/pptx.ts';
import { importPptx } from '../../../../electron/main/import/pptx.ts';
import { getTemplate } from '../../../../engine/templates/index.ts';
import { inlineToText } from '../../../../engine/markup/index.ts';
import type { Point } from '../../../../engine/model/schema.ts';

const flat = (ps: Point[]): string[] => ps.flatMap((p) => [inlineToText(p.text), ...flat(p.children)]);

describe('importPptx on Briefdeck’s own PowerPoint export', () => {
  for (const id of ['rok-us-defense-industry', 'rok-us-defense-industry-ko']) {
    it(`brings back the sections, points and notes of ${id}`, async () => {
      const deck = getTemplate(id);
      const { deck: back } = await importPptx(await writePptx(deck), `${id}.pptx`);
      const titles = back.sections.map((s) => inlineToText(s.title).replace(/\s*\((?:cont\.|계속)\)$/, ''));
      let at = 0;
      for (const s of deck.sections.filter((x) => x.kind === 'content' || x.kind === 'bluf')) {
        const found = titles.indexOf(inlineToText(s.title), at);
        expect(found, `section "${s.title}" came back`).toBeGreaterThanOrEqual(at);
        at = found;
        const all = back.sections.filter((b) => inlineToText(b.title).startsWith(inlineToText(s.title))).flatMap((b) => flat(b.points)).join('\n');
        for (const text of flat(s.points)) expect(all, `point of "${s.title}"`).toContain(text.slice(0, 40));
        if (s.notes.trim()) expect(back.sections[found]?.notes.length ?? 0).toBeGreaterThan(0);
      }
    });
  }
});
