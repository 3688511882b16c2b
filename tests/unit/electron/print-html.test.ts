import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../engine/export/index.ts';
import { DeckSchema } from '../../../engine/model/schema.ts';
import { withNotesPages } from '../../../electron/main/services/print-html.ts';
import { makeDeck } from './_helpers/codec.ts';

const config = (h: string) => JSON.parse(/<script type="application\/json" id="bd-config">([\s\S]*?)<\/script>/.exec(h)![1]!) as Record<string, unknown>;
const notesOf = (h: string) => [...h.matchAll(/<aside class="notes">([\s\S]*?)<\/aside>/g)].map((m) => m[1]!);

describe('withNotesPages', () => {
  it('switches reveal to separate notes pages in the config block and changes no other setting or script', () => {
    const html = compileDeck(makeDeck('notes'));
    const printed = withNotesPages(html);
    expect(config(printed).showNotes).toBe('separate-page');
    expect({ ...config(printed), showNotes: config(html).showNotes }).toEqual(config(html));
    const scripts = (h: string) => [...h.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
    expect(scripts(printed)).toEqual(scripts(html));
  });

  it("gives every notes page its own slide's marking banners, top and bottom", () => {
    const deck = DeckSchema.parse({
      marking: { level: 'unclassified' },
      sections: [
        { id: 'a', title: 'Open', notes: 'Say A.' },
        { id: 'b', title: 'Closed', notes: 'Say B.', marking: { level: 'secret', controls: 'REL' } },
        { id: 'c', title: 'No notes' },
      ],
    });
    const printed = withNotesPages(compileDeck(deck));
    const notes = notesOf(printed);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^<div class="bd-banner bd-banner-top">UNCLASSIFIED<\/div><div class="bd-notes-page">[\s\S]*Say A\.[\s\S]*<\/div><div class="bd-banner bd-banner-bottom">UNCLASSIFIED<\/div>$/);
    expect(notes[1]).toMatch(/^<div class="bd-banner bd-banner-top" style="background:#c8102e">SECRET\/\/REL<\/div><div class="bd-notes-page">[\s\S]*Say B\.[\s\S]*<\/div><div class="bd-banner bd-banner-bottom" style="background:#c8102e">SECRET\/\/REL<\/div>$/);
  });

  it('sizes a notes page like a slide page so the next slide starts on a page of its own', () => {
    const printed = withNotesPages(compileDeck(DeckSchema.parse({ settings: { aspect: '4:3' }, sections: [{ id: 'a', title: 'A', notes: 'n' }] })));
    const style = /<style>([^<]*)<\/style><\/head>/.exec(printed)?.[1] ?? '';
    expect(style).toContain('.speaker-notes-pdf[data-layout=separate-page]{');
    // 4:3 slides are 960×720 since the layout engine (the slide is always 720 px high).
    expect(style).toContain('width:960px;height:720px;');
    expect(style).toContain('break-after:page');
  });

  it('keeps notes without banners when the deck has no marking', () => {
    const printed = withNotesPages(compileDeck(DeckSchema.parse({ marking: { text: '' }, sections: [{ id: 'a', title: 'A', notes: 'Only notes.' }] })));
    expect(notesOf(printed)).toEqual([expect.stringMatching(/^<div class="bd-notes-page">[\s\S]*Only notes\.[\s\S]*<\/div>$/)]);
  });

  it('refuses HTML without a config block', () => {
    expect(() => withNotesPages('<html></html>')).toThrow(/configuration block/);
  });
});
