import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { renderSlides, slideCount, toRevealConfig, AGENDA_PER_SLIDE, SOURCES_PER_SLIDE } from '../../../../engine/compile/index.ts';
import { deckOf, generatedDeck, koreanDeck, richDeck } from '../../../e2e/helpers/export-decks.ts';

/** Parses slide HTML the way a browser would, to check structure rather than substrings. */
function parse(html: string): Document {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(`<!DOCTYPE html><html><body><div class="slides">${html}</div></body></html>`, 'text/html');
  return doc as unknown as Document;
}

const sectionsOf = (html: string): Element[] => Array.from(parse(html).querySelectorAll('.slides > section'));

describe('renderSlides: order and structure', () => {
  const deck = richDeck();
  const slides = renderSlides(deck);
  const keys = slides.map((s) => s.key);

  it('runs title, agenda, sections, sources, close, then backup', () => {
    expect(keys).toEqual(['title', 'agenda-0', 'section-bluf', 'section-exports', 'section-decide', 'sources-0', 'close', 'section-extra']);
    expect(slides.map((s) => s.sectionId)).toEqual([null, null, 'bluf', 'exports', 'decide', null, null, 'extra']);
  });

  it('gives each slide exactly one <section>', () => {
    for (const s of slides) {
      const els = sectionsOf(s.html);
      expect(els).toHaveLength(1);
      expect(s.html.startsWith('<section ')).toBe(true);
      expect(s.html.endsWith('</section>')).toBe(true);
    }
  });

  it('has unique keys that stay put when another section changes', () => {
    expect(new Set(keys).size).toBe(keys.length);
    const edited = richDeck();
    edited.sections[1]!.title = 'Export growth (revised)';
    const again = renderSlides(edited);
    expect(again.map((s) => s.key)).toEqual(keys);
    const changed = again.filter((s, i) => s.html !== slides[i]!.html).map((s) => s.key);
    // The section itself and the agenda that lists its title; nothing else.
    expect(changed).toEqual(['agenda-0', 'section-exports']);
  });

  it('marks backup slides uncounted and only them', () => {
    const els = slides.map((s) => sectionsOf(s.html)[0]!);
    expect(els.map((e) => e.getAttribute('data-visibility'))).toEqual([null, null, null, null, null, null, null, 'uncounted']);
  });

  it('puts a banner at the top and the bottom of every slide, with the section override', () => {
    for (const s of slides) {
      const el = sectionsOf(s.html)[0]!;
      const top = el.querySelector(':scope > .bd-banner-top');
      const bottom = el.querySelector(':scope > .bd-banner-bottom');
      expect(el.firstElementChild).toBe(top);
      expect(top?.textContent).toBe(s.key === 'section-exports' ? 'SECRET//REL TO USA, KOR' : 'UNCLASSIFIED//FOR TRAINING');
      expect(bottom?.textContent).toBe(top?.textContent);
      // Default colours come from the theme; others are set on the banner.
      expect(top?.getAttribute('style')).toBe(s.key === 'section-exports' ? 'background:#c8102e' : null);
    }
  });

  it('sets both colours when neither is the default', () => {
    const d = richDeck();
    d.marking = { level: 'cui', controls: '', text: '', color: '', textColor: '#FFFF00' };
    expect(renderSlides(d)[0]!.html).toContain('<div class="bd-banner bd-banner-top" style="background:#502b85;color:#ffff00">CUI</div>');
  });

  it.each([
    ['secret', 'REL TO USA, KOR', 'SECRET//REL TO USA, KOR', 'background:#c8102e'],
    ['ts-sci', '', 'TOP SECRET//SCI', 'background:#fce83a;color:#000000'],
    ['top-secret', '', 'TOP SECRET', 'background:#ff8c00;color:#000000'],
    ['kr-2', '', 'Ⅱ급 비밀', 'background:#c8102e'],
    ['kr-restricted', '', '대외비', 'background:#c8102e'],
  ] as const)('draws a %s banner in its colours', (level, controls, text, style) => {
    const d = richDeck();
    d.marking = { level, controls, text: '', color: '', textColor: '' };
    expect(renderSlides(d)[0]!.html).toContain(`<div class="bd-banner bd-banner-top" style="${style}">${text}</div>`);
  });

  it('writes portion marks before the point and a watermark on every slide', () => {
    const d = richDeck();
    d.sections[1]!.points[0]!.portion = 'S';
    d.settings.overlay = 'predecisional';
    const slides = renderSlides(d);
    expect(slides.find((s) => s.key === 'section-exports')!.html).toContain('<li><span class="bd-portion">(S)</span> K9 Thunder');
    for (const s of slides) expect(s.html).toContain('<div class="bd-overlay" aria-hidden="true">PRE-DECISIONAL</div>');
  });

  it('falls back to the deck marking when a section override shows nothing', () => {
    const d = richDeck();
    d.sections[1]!.marking = { level: 'none', controls: '', text: '  ', color: '#c8102e', textColor: '#ffffff' };
    expect(sectionsOf(renderSlides(d)[3]!.html)[0]!.querySelector('.bd-banner-top')?.textContent).toBe('UNCLASSIFIED//FOR TRAINING');
  });

  it('omits banners when there is no marking', () => {
    const deck2 = richDeck();
    deck2.marking.level = 'none';
    const html = renderSlides(deck2)[0]!.html;
    expect(html).not.toContain('bd-banner');
  });

  it('puts speaker notes in reveal notes', () => {
    const bluf = sectionsOf(slides[2]!.html)[0]!;
    expect(bluf.querySelector('aside.notes')?.innerHTML).toBe('<p>Open with the ask.</p><p>Then the why.</p>');
    expect(sectionsOf(slides[0]!.html)[0]!.querySelector('aside.notes')).toBeNull();
  });

  it('nests points three levels deep', () => {
    const el = sectionsOf(slides[3]!.html)[0]!;
    expect(el.querySelectorAll('ul.bd-points > li > ul > li > ul > li')).toHaveLength(1);
  });

  it('shows key figures with value, unit, label, as-of and source marker', () => {
    const fig = sectionsOf(slides[3]!.html)[0]!.querySelector('.bd-figure')!;
    expect(fig.querySelector('.bd-figure-value')?.textContent).toBe('17.3bn USD');
    expect(fig.querySelector('.bd-figure-unit')?.textContent).toBe('bn USD');
    expect(fig.querySelector('.bd-figure-label')?.textContent).toBe('Exports 2022[2]');
    expect(fig.querySelector('.bd-figure-meta')?.textContent).toBe('As of 31 December 2023');
  });

  it('embeds the image with its alt text', () => {
    const img = sectionsOf(slides[3]!.html)[0]!.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('Bar chart of exports');
    expect(img.getAttribute('src')!.startsWith('data:image/png;base64,')).toBe(true);
  });

  it('renders the decision: problem, options, the recommendation highlighted', () => {
    const el = sectionsOf(slides[4]!.html)[0]!;
    expect(el.querySelector('.bd-problem p')?.textContent).toBe('Supply of energetics is single-sourced.');
    const options = Array.from(el.querySelectorAll('.bd-option'));
    expect(options.map((o) => o.querySelector('.bd-option-title')?.textContent)).toEqual(['Status quo', 'RDP-A']);
    expect(options.map((o) => o.classList.contains('bd-recommended'))).toEqual([false, true]);
    expect(options[1]!.querySelector('.bd-badge')?.textContent).toBe('Recommended');
  });

  it('numbers deck sources once across the deck and marks citing points', () => {
    const sources = sectionsOf(slides[5]!.html)[0]!;
    const items = Array.from(sources.querySelectorAll('ol.bd-sources > li'));
    // s1 is cited by the BLUF and the backup: one entry, one number.
    expect(items.map((li) => li.getAttribute('value'))).toEqual(['1', '2']);
    expect(items[0]!.textContent).toContain('Security of Supply Arrangement');
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('https://www.acq.osd.mil/sosa');
    expect(items[1]!.querySelector('a')).toBeNull();
    expect(sectionsOf(slides[2]!.html)[0]!.querySelector('.bd-cite')?.textContent).toBe('[1]');
    expect(sectionsOf(slides[3]!.html)[0]!.querySelector('ul.bd-points > li .bd-cite')?.textContent).toBe('[2]');
    expect(sectionsOf(slides[7]!.html)[0]!.querySelector('.bd-cite')?.textContent).toBe('[1]');
  });

  it('numbers by first citation in slide order; sources nobody cites follow in deck order', () => {
    const d = richDeck();
    d.sources = [{ id: 'u', title: 'Uncited', publisher: '', date: '', url: '' }, ...[...d.sources].reverse()];
    const all = renderSlides(d);
    const list = sectionsOf(all.find((s) => s.key === 'sources-0')!.html)[0]!;
    expect(Array.from(list.querySelectorAll('ol.bd-sources > li')).map((li) => [li.getAttribute('value'), li.textContent?.slice(0, 14)])).toEqual([
      ['1', '[1] Security o'],
      ['2', '[2] Defense ex'],
      ['3', '[3] Uncited'],
    ]);
    // A backup citing the exports source first does not renumber it: backups come after the main sections.
    d.sections[3]!.points[0]!.cites = ['s2'];
    const again = renderSlides(d);
    expect(sectionsOf(again.find((s) => s.key === 'section-extra')!.html)[0]!.querySelector('.bd-cite')?.textContent).toBe('[2]');
  });

  it('ignores cites of unknown source ids', () => {
    const d = richDeck();
    d.sections[0]!.points[0]!.cites = ['nope'];
    expect(renderSlides(d)[2]!.html).not.toContain('bd-cite');
  });

  it('fills the title slide from the metadata', () => {
    const el = sectionsOf(slides[0]!.html)[0]!;
    expect(el.querySelector('h1')?.innerHTML).toBe('Supply-chain <strong>security</strong> review');
    expect(el.textContent).toContain('Information brief');
    expect(el.textContent).toContain('Maj. Kim');
    expect(el.textContent).toContain('J4 Logistics');
    expect(el.textContent).toContain('Joint Staff');
    expect(el.textContent).toContain('28 November 2026');
    expect(el.textContent).toContain('As of 27 November 2026');
  });

  it('lists main sections (not backup) on the agenda, and can leave it out', () => {
    const items = Array.from(sectionsOf(slides[1]!.html)[0]!.querySelectorAll('ol.bd-agenda li')).map((li) => li.textContent);
    expect(items).toEqual(['Bottom line', 'Export growth', 'Decision: follow-on arrangement']);
    const d = richDeck();
    d.settings.agenda = false;
    expect(renderSlides(d).map((s) => s.key)).not.toContain('agenda-0');
  });

  it('never emits frames, lazy sources, backgrounds or markdown', () => {
    const all = slides.map((s) => s.html).join('');
    expect(all).not.toMatch(/<iframe|data-src|data-background|data-markdown|<script|<textarea/i);
  });
});

describe('slideCount agrees with renderSlides', () => {
  it.each([
    ['rich', richDeck()],
    ['korean', koreanDeck()],
    ['empty', deckOf({})],
    ['100 sections', generatedDeck(100)],
    ['agenda off', deckOf({ settings: { agenda: false }, sections: [{ id: 'a', title: 'A' }] })],
    [
      'duplicate source ids, many sources',
      deckOf({
        sources: Array.from({ length: 13 }, (_, i) => ({ id: `s${i % 12}`, title: `Source ${i}` })),
        sections: [
          { id: 'a', title: 'A', points: [{ id: 'p', text: 'x', cites: ['s3', 's0'] }] },
          { id: 'b', title: 'B', kind: 'backup', points: [{ id: 'q', text: 'x', cites: ['s0'] }] },
        ],
      }),
    ],
  ])('%s', (_name, deck) => {
    const slides = renderSlides(deck);
    const count = slideCount(deck);
    expect(count.total).toBe(slides.length);
    expect(count.backup).toBe(slides.filter((s) => s.html.includes('data-visibility="uncounted"')).length);
    expect(count.counted).toBe(count.total - count.backup);
  });

  it('pages long agendas and source lists', () => {
    const deck = generatedDeck(100);
    const keys = renderSlides(deck).map((s) => s.key);
    expect(keys.filter((k) => k.startsWith('agenda-'))).toHaveLength(Math.ceil(90 / AGENDA_PER_SLIDE));
    expect(keys.filter((k) => k.startsWith('sources-'))).toHaveLength(Math.ceil(100 / SOURCES_PER_SLIDE));
    expect(keys.indexOf('close')).toBe(keys.length - 11);
  });
});

describe('Korean decks', () => {
  it('bolds next to Korean quotation marks and uses Korean labels', () => {
    const slides = renderSlides(koreanDeck());
    expect(slides[2]!.html).toContain('<strong>“공개 문서는 점검한다”</strong>는');
    expect(sectionsOf(slides[1]!.html)[0]!.querySelector('h2')?.textContent).toBe('목차');
    expect(slides[3]!.html).toContain('2023년 12월 31일 기준');
    expect(slides.map((s) => sectionsOf(s.html)[0]!.getAttribute('lang'))).toEqual(slides.map(() => 'ko'));
  });

  it('tags Hangul sections lang="ko" inside an English deck', () => {
    const deck = richDeck();
    deck.sections[1]!.title = '수출 성장';
    const slides = renderSlides(deck);
    expect(sectionsOf(slides[3]!.html)[0]!.getAttribute('lang')).toBe('ko');
    expect(sectionsOf(slides[2]!.html)[0]!.getAttribute('lang')).toBeNull();
  });
});

describe('toRevealConfig', () => {
  it('locks the settings that matter for security in both modes', () => {
    for (const mode of ['preview', 'export'] as const) {
      const c = toRevealConfig(richDeck(), mode);
      expect(c).toMatchObject({ postMessage: false, postMessageEvents: false, previewLinks: false, hash: false, history: false, center: false, margin: 0, pdfMaxPagesPerSlide: 1, scrollActivationWidth: null });
    }
  });

  it('maps the deck settings', () => {
    const d = richDeck();
    expect(toRevealConfig(d, 'export')).toMatchObject({ width: 1280, height: 720, slideNumber: 'c/t', transition: 'none', embedded: false, totalTime: 600 });
    d.settings.aspect = '4:3';
    d.settings.slideNumber = false;
    d.settings.transition = 'fade';
    expect(toRevealConfig(d, 'preview')).toMatchObject({ width: 1024, height: 768, slideNumber: false, transition: 'fade', embedded: true, keyboardCondition: 'focused' });
  });

  it('shows no arrow buttons by default, in the export or the preview; settings.controls brings them back to the export', () => {
    for (const mode of ['preview', 'export'] as const) expect(toRevealConfig(richDeck(), mode).controls).toBe(false);
    const d = richDeck();
    d.settings.controls = true;
    expect(toRevealConfig(d, 'export').controls).toBe(true);
    expect(toRevealConfig(d, 'preview').controls).toBe(false);
  });

  it('is plain JSON', () => {
    const c = toRevealConfig(richDeck(), 'export');
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
});

describe('points still being written', () => {
  it('a blank point with nothing under it is not a bullet; one with sub-points or a citation is', () => {
    const deck = deckOf({
      sources: [{ id: 'src1', title: 'Op-ed' }],
      sections: [
        {
          id: 's1',
          title: 'Draft',
          points: [
            { id: 'p1', text: 'Real point' },
            { id: 'p2', text: '   ' },
            { id: 'p3', text: '', children: [{ id: 'p3a', text: 'Child' }, { id: 'p3b', text: '' }] },
            { id: 'p4', text: '', cites: ['src1'] },
          ],
        },
        { id: 's2', title: 'Only a blank point', points: [{ id: 'q1', text: '' }] },
      ],
    });
    const byKey = new Map(renderSlides(deck).map((s) => [s.key, s.html]));
    const draft = parse(byKey.get('section-s1')!);
    const top = Array.from(draft.querySelectorAll('ul.bd-points > li'));
    expect(top).toHaveLength(3);
    expect(top[0]!.textContent).toBe('Real point');
    expect(Array.from(top[1]!.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['Child']);
    expect(top[2]!.textContent).toBe('[1]');
    expect(parse(byKey.get('section-s2')!).querySelectorAll('ul')).toHaveLength(0);
  });
});
