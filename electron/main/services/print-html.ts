/**
 * Preparing a compiled deck for PDF printing with speaker-notes pages. The export keeps every
 * per-deck setting in its `bd-config` JSON block (scripts are hash-pinned and constant), so
 * notes pages are switched on by rewriting that block — reveal's `showNotes: 'separate-page'`
 * puts each slide's notes after it. No script is added, so the deck's CSP still holds.
 *
 * Two more edits make those pages real pages:
 *   - the export trims reveal.css to what a deck on screen uses, which drops reveal's
 *     `.speaker-notes-pdf` rules; a <style> (the export CSP allows inline styles) gives each
 *     notes block exactly one page of the deck's size, so the next slide starts on its own page;
 *   - a notes page repeats its slide's marking banners (a section may carry its own marking),
 *     copied from the slide's HTML into its notes, so every printed page is marked.
 */
import { jsonForScript } from '../../../engine/export/index.ts';
import { indexSources, renderSlides } from '../../../engine/compile/index.ts';
import { sectionCites } from '../../../engine/compile/sources.ts';
import { escapeHtml, safeUrl } from '../../../engine/markup/index.ts';
import type { Deck, Section } from '../../../engine/model/schema.ts';

const CONFIG_BLOCK = /(<script type="application\/json" id="bd-config">)([\s\S]*?)(<\/script>)/;
/**
 * A slide's bottom banner (engine/compile/slides.ts writes it right before the notes) and its
 * notes. Banner text is escaped, so it holds no '<'; notes hold no <aside> of their own.
 */
const BANNER_AND_NOTES = /(<div class="bd-banner bd-banner-bottom"([^>]*)>([^<]*)<\/div>)?<aside class="notes">([\s\S]*?)<\/aside><\/section>/g;

export function withNotesPages(html: string): string {
  const match = CONFIG_BLOCK.exec(html);
  if (!match) throw new Error('the compiled deck has no reveal configuration block');
  const config = JSON.parse(match[2]!) as Record<string, unknown>;
  config.showNotes = 'separate-page';
  const withConfig = html.replace(CONFIG_BLOCK, (_m, open: string, _old: string, close: string) => `${open}${jsonForScript(config)}${close}`);

  const marked = withConfig.replace(BANNER_AND_NOTES, (_m, bottom: string | undefined, attrs: string | undefined, text: string | undefined, notes: string) => {
    const top = bottom ? `<div class="bd-banner bd-banner-top"${attrs ?? ''}>${text ?? ''}</div>` : '';
    return `${bottom ?? ''}<aside class="notes">${top}<div class="bd-notes-page">${notes}</div>${bottom ?? ''}</aside></section>`;
  });
  return marked.replace('</head>', `<style>${notesPageCss(config)}</style></head>`);
}

/** One page per notes block, the size reveal gives the slide pages (its pdf layout). */
function notesPageCss(config: Record<string, unknown>): string {
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  const margin = num(config.margin, 0);
  const width = Math.floor(num(config.width, 1280) * (1 + margin));
  const height = Math.floor(num(config.height, 720) * (1 + margin));
  return [
    `html.reveal-print .reveal .speaker-notes-pdf[data-layout=separate-page]{position:relative;display:block;box-sizing:border-box;width:${width}px;height:${height}px;overflow:hidden;margin:0;padding:72px 80px;border:0;background:#fff;color:#1a1a1a;text-align:left;break-after:page;page-break-after:always;font-family:var(--bd-font,sans-serif);font-size:26px;line-height:1.45;z-index:1}`,
    'html.reveal-print .reveal .speaker-notes-pdf .bd-notes-page p{margin:0 0 .7em}',
  ].join('');
}

/** The PDFs the export offers: slides, slides + notes pages, read-ahead, handouts. */
export const PDF_LAYOUTS = ['slides', 'notes', 'read-ahead', 'handout-3', 'handout-6'] as const;
export type PdfLayout = (typeof PDF_LAYOUTS)[number];

/** 'css': the deck's own page size (one slide per page); otherwise a page in inches. */
export type PrintPage = 'css' | { width: number; height: number; margin: number };

const LETTER = { width: 8.5, height: 11, margin: 0.4 };

/**
 * The compiled deck prepared for one PDF layout. Like notes pages, every variant is an edit
 * of the JSON config block plus an inline <style> (the export CSP allows inline styles) and
 * HTML inserted into the slides' notes asides: no script is added, the CSP holds.
 *
 * - read-ahead: each page is the slide with its notes and its section's sources below it,
 *   and the slide's bottom banner repeated at the foot of the page (reveal's `showNotes:
 *   true` prints the notes inside the slide's page; the page is made taller to hold them);
 * - handout-3 / handout-6: slides only, shrunk (CSS zoom) and flowed onto Letter pages; the
 *   sizes are chosen so exactly 3 (one column) or 6 (two columns) fit a page, so the
 *   browser's own page breaks fall between slides.
 */
export function pdfVariant(html: string, deck: Deck, layout: PdfLayout): { html: string; page: PrintPage } {
  switch (layout) {
    case 'slides':
      return { html, page: 'css' };
    case 'notes':
      return { html: withNotesPages(html), page: 'css' };
    case 'read-ahead':
      return withReadAhead(html, deck);
    case 'handout-3':
    case 'handout-6':
      return { html: withStyle(withConfig(html, { showNotes: false }), pageCss(LETTER) + handoutCss(layout === 'handout-3' ? 3 : 6, slideSize(html))), page: LETTER };
  }
}

function withConfig(html: string, changes: Record<string, unknown>): string {
  const match = CONFIG_BLOCK.exec(html);
  if (!match) throw new Error('the compiled deck has no reveal configuration block');
  const config = { ...(JSON.parse(match[2]!) as Record<string, unknown>), ...changes };
  return html.replace(CONFIG_BLOCK, (_m, open: string, _old: string, close: string) => `${open}${jsonForScript(config)}${close}`);
}

/**
 * reveal writes `@page{size:<slide size>}` when it lays out for print; an !important page
 * rule of ours wins over it, so every printer (Electron's printToPDF and Chromium's, both
 * with preferCSSPageSize) gets the variant's paper.
 */
function pageCss(page: { width: number; height: number; margin: number }): string {
  return `@page{size:${page.width}in ${page.height}in!important;margin:${page.margin}in!important}`;
}

function withStyle(html: string, css: string): string {
  return html.replace('</head>', `<style>${css}</style></head>`);
}

function slideSize(html: string): { width: number; height: number } {
  const config = JSON.parse(CONFIG_BLOCK.exec(html)?.[2] ?? '{}') as Record<string, unknown>;
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  return { width: num(config.width, 1280), height: num(config.height, 720) };
}

function handoutCss(perPage: 3 | 6, size: { width: number; height: number }): string {
  // Letter at 96 px/in less the 0.4 in margins: 739 × 979 px. Cells are a third of that high
  // (one or two across), so exactly `perPage` slides fit and the breaks fall between rows.
  const cols = perPage === 3 ? 1 : 2;
  const cellW = Math.floor(739 / cols);
  const cellH = Math.floor(979 / 3) - 1;
  const zoom = Math.min((cellW - 24) / size.width, (cellH - 24) / size.height);
  const mv = Math.floor((cellH - size.height * zoom) / 2 / zoom);
  const mh = Math.floor((cellW - size.width * zoom) / 2 / zoom) - 2;
  return [
    // reveal sizes body to one slide for print; the handout flows many on a page.
    'html.reveal-print,html.reveal-print body{width:auto!important;height:auto!important}',
    'html.reveal-print .reveal,html.reveal-print .reveal .slides{width:auto!important;height:auto!important;left:0!important;top:0!important;margin:0!important;display:block!important;font-size:0;text-align:left}',
    `html.reveal-print .reveal .slides .pdf-page{zoom:${zoom.toFixed(4)};display:inline-block!important;width:${size.width}px!important;height:${size.height}px!important;overflow:hidden;margin:${mv}px ${mh}px!important;outline:${Math.ceil(1 / zoom)}px solid #9aa5b1;break-after:auto!important;page-break-after:auto!important;break-inside:avoid;vertical-align:top;position:relative}`,
    'html.reveal-print .reveal .speaker-notes-pdf{display:none!important}',
  ].join('');
}

/** Read-ahead pages: the slide on top, its notes and sources below, banners at both ends of the page. */
function withReadAhead(html: string, deck: Deck): { html: string; page: PrintPage } {
  const size = slideSize(html);
  // A portrait page as wide as the slide: Letter's proportions.
  const pageHeight = Math.round((size.width * 11) / 8.5);
  const slides = renderSlides(deck);
  const index = indexSources(deck);
  const sections = new Map(deck.sections.map((s) => [s.id, s]));
  let i = 0;
  // Each slide: <section class="bd-slide …"> … [bottom banner] [<aside class="notes">…</aside>]</section>.
  const out = withConfig(html, { showNotes: true }).replace(/<section class="bd-slide[\s\S]*?<\/section>/g, (slideHtml) => {
    const info = slides[i++];
    const section = info?.sectionId ? sections.get(info.sectionId) : undefined;
    const sources = section ? sourcesHtml(section, index) : '';
    const bottom = /<div class="bd-banner bd-banner-bottom"[^>]*>[^<]*<\/div>/.exec(slideHtml)?.[0] ?? '';
    const extra = `${sources}${bottom ? `<div class="bd-ra-foot">${bottom}</div>` : ''}`;
    if (slideHtml.includes('<aside class="notes">')) return slideHtml.replace(/<\/aside><\/section>$/, `${extra}</aside></section>`);
    return extra ? slideHtml.replace(/<\/section>$/, `<aside class="notes">${extra}</aside></section>`) : slideHtml;
  });
  const css = [
    `html.reveal-print .reveal .slides .pdf-page{height:${pageHeight}px!important;overflow:hidden}`,
    // The slide keeps its own height at the top of the taller page.
    `html.reveal-print .reveal .slides .pdf-page>section,html.reveal-print .reveal .slides .pdf-page>.slide-background{height:${size.height}px!important;top:0!important}`,
    `html.reveal-print .reveal .speaker-notes-pdf{position:absolute!important;left:0!important;right:0!important;top:${size.height}px!important;bottom:0!important;width:auto!important;height:auto!important;max-height:none!important;margin:0!important;padding:40px 72px 96px!important;border:0!important;border-top:2px solid #cfd7e2!important;background:#fff!important;color:#1a1a1a!important;font-size:24px!important;line-height:1.45!important;text-align:left!important;overflow:hidden!important;font-family:var(--bd-font,sans-serif)}`,
    'html.reveal-print .reveal .speaker-notes-pdf p{margin:0 0 .6em}',
    'html.reveal-print .reveal .speaker-notes-pdf .bd-ra-sources{margin:.8em 0 0;padding:0;list-style:none;font-size:19px;color:#3b4756}',
    'html.reveal-print .reveal .speaker-notes-pdf .bd-ra-sources li{margin:0 0 .3em}',
    'html.reveal-print .reveal .speaker-notes-pdf .bd-ra-foot{position:absolute;left:0;right:0;bottom:0}',
    'html.reveal-print .reveal .speaker-notes-pdf .bd-ra-foot .bd-banner{position:static!important;display:block}',
  ].join('');
  const page = { width: size.width / 96, height: pageHeight / 96, margin: 0 };
  return { html: withStyle(out, pageCss(page) + css), page };
}

function sourcesHtml(section: Section, index: ReturnType<typeof indexSources>): string {
  const cites = new Set(sectionCites(section));
  // The deck-wide sources this section cites, by number.
  const items = index.entries
    .filter((e) => cites.has(e.source.id))
    .map((e) => ({ n: e.n, s: e.source }))
    .map(({ n, s }) => `<li>[${n}] <cite>${escapeHtml(s.title)}</cite>${[s.publisher, s.date].filter((v) => v.trim() !== '').map((v) => `, ${escapeHtml(v)}`).join('')}${safeUrl(s.url) ? ` ${escapeHtml(safeUrl(s.url)!)}` : ''}</li>`);
  return items.length ? `<ol class="bd-ra-sources">${items.join('')}</ol>` : '';
}
