/**
 * Preparing a compiled deck for PDF printing. The export keeps every per-deck setting in
 * its `bd-config` JSON block (scripts are hash-pinned and constant), so speaker-notes pages
 * are switched on by rewriting that block — reveal's `showNotes: 'separate-page'` puts each
 * slide's notes on the page after it. No script is added, so the deck's CSP still holds.
 */
import { jsonForScript } from '../../../engine/export/index.ts';

const CONFIG_BLOCK = /(<script type="application\/json" id="bd-config">)([\s\S]*?)(<\/script>)/;

export function withNotesPages(html: string): string {
  const match = CONFIG_BLOCK.exec(html);
  if (!match) throw new Error('the compiled deck has no reveal configuration block');
  const config = JSON.parse(match[2]!) as Record<string, unknown>;
  config.showNotes = 'separate-page';
  return html.replace(CONFIG_BLOCK, (_m, open: string, _old: string, close: string) => `${open}${jsonForScript(config)}${close}`);
}
