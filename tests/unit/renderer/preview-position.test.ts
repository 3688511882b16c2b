import { describe, expect, it } from 'vitest';
import { renderSlides, slideCount } from '../../../engine/compile/index.ts';
import { previewPosition } from '../../../renderer/src/preview/position.ts';
import { createI18n } from '../../../engine/i18n/index.ts';
import { generatedDeck, richDeck } from '../../e2e/helpers/export-decks.ts';

const en = createI18n('en');
const t = (key: string, options: Record<string, unknown>) => en.t(key, options);

describe('preview caption position', () => {
  it('numbers the slides as reveal does: backup slides apart, after the counted ones', () => {
    const deck = richDeck();
    const slides = renderSlides(deck);
    const { counted, total } = slideCount(deck);
    expect(total).toBe(slides.length);
    const labels = slides.map((_, index) => previewPosition({ index, total, counted }, t));
    // richDeck: title, agenda, 3 sections, sources, close (7 counted), then one backup.
    expect(labels).toEqual(['Slide 1 of 7', 'Slide 2 of 7', 'Slide 3 of 7', 'Slide 4 of 7', 'Slide 5 of 7', 'Slide 6 of 7', 'Slide 7 of 7', 'Backup 1 of 1']);
  });

  it('agrees with the slides the engine marks uncounted, in a deck with several backups', () => {
    const deck = generatedDeck(30);
    const slides = renderSlides(deck);
    const { counted, total } = slideCount(deck);
    slides.forEach((s, index) => {
      const uncounted = s.html.startsWith('<section class="bd-slide bd-backup" data-visibility="uncounted"');
      expect(previewPosition({ index, total, counted }, t).startsWith(uncounted ? 'Backup ' : 'Slide ')).toBe(true);
    });
    expect(previewPosition({ index: total - 1, total, counted }, t)).toBe('Backup 3 of 3');
  });

  it('does not claim a total while a long deck is still being drawn (staged open)', () => {
    expect(previewPosition({ index: 4, total: 90, counted: 90, partial: true }, t)).toBe('Slide 5 of … (laying out the rest)');
    expect(previewPosition({ index: 4, total: 90, counted: 90, partial: false }, t)).toBe('Slide 5 of 90');
  });

  it('reads 0 of 0 before the preview has slides', () => {
    expect(previewPosition({ index: 0, total: 0, counted: 0 }, t)).toBe('Slide 0 of 0');
  });
});
