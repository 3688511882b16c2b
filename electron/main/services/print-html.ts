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
