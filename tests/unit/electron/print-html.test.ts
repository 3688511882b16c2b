import { describe, expect, it } from 'vitest';
import { compileDeck } from '../../../engine/export/index.ts';
import { withNotesPages } from '../../../electron/main/services/print-html.ts';
import { makeDeck } from './_helpers/codec.ts';

describe('withNotesPages', () => {
  it('switches reveal to separate notes pages in the config block and changes nothing else', () => {
    const html = compileDeck(makeDeck('notes'));
    const printed = withNotesPages(html);
    const config = (h: string) => JSON.parse(/<script type="application\/json" id="bd-config">([\s\S]*?)<\/script>/.exec(h)![1]!) as Record<string, unknown>;
    expect(config(printed).showNotes).toBe('separate-page');
    expect({ ...config(printed), showNotes: config(html).showNotes }).toEqual(config(html));
    const strip = (h: string) => h.replace(/<script type="application\/json" id="bd-config">[\s\S]*?<\/script>/, '');
    expect(strip(printed)).toBe(strip(html));
  });

  it('refuses HTML without a config block', () => {
    expect(() => withNotesPages('<html></html>')).toThrow(/configuration block/);
  });
});
