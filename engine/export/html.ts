/**
 * compileDeck(deck): the whole deck as ONE offline HTML string. Templates compute strings;
 * only the shell writes files (STYLE.md 7).
 *
 * The executed inline scripts (reveal.js, the notes plugin, our boot script) are the same
 * bytes for every deck, so the CSP's hashes are computed once; the per-deck reveal options
 * travel in a non-executed JSON data block.
 */
import type { Deck } from '../model/schema.ts';
import { escapeHtml, inlineToText } from '../markup/index.ts';
import { isKoreanDeck, renderSlides, toRevealConfig } from '../compile/index.ts';
import { NOTES_JS, NOTES_JS_SOURCE, REVEAL_JS } from './assets.ts';
import { revealCssFor } from './reveal-css.ts';
import { BOOT_JS } from './boot.ts';
import { contentSecurityPolicy, scriptHash } from './csp.ts';
import { extractSpeakerScript } from './speaker.ts';
import { assertOfflineCss, themeCss } from './themes.ts';

interface Fixed {
  csp: string;
  scripts: string;
}

let fixed: Fixed | null = null;

/** The constant parts, built on first use: the hashes cost a few milliseconds. */
function fixedParts(): Fixed {
  if (fixed) return fixed;
  const speaker = extractSpeakerScript(NOTES_JS_SOURCE);
  const hashes = [REVEAL_JS, NOTES_JS, BOOT_JS, speaker].map(scriptHash);
  fixed = {
    csp: contentSecurityPolicy(hashes),
    scripts: `<script>${REVEAL_JS}</script>\n<script>${NOTES_JS}</script>\n<script>${BOOT_JS}</script>\n`,
  };
  return fixed;
}

/** The CSP every export carries (for tests and for the shell's PDF window). */
export function exportCsp(): string {
  return fixedParts().csp;
}

/** JSON that is inert inside `<script type="application/json">`: no `<`, `>`, `&` or line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function styleBlock(css: string): string {
  if (/<\/style/i.test(css)) throw new Error('CSS cannot contain </style');
  return `<style>${css}</style>\n`;
}

const themeCache = new Map<string, string>();
function themeBlock(id: string): string {
  let block = themeCache.get(id);
  if (block === undefined) {
    const css = themeCss(id);
    assertOfflineCss(css);
    block = styleBlock(css);
    themeCache.set(id, block);
  }
  return block;
}

export function compileDeck(deck: Deck): string {
  const { csp, scripts } = fixedParts();
  const korean = isKoreanDeck(deck);
  const lang = deck.meta.lang;
  const slides = renderSlides(deck)
    .map((s) => s.html)
    .join('\n');
  const config = toRevealConfig(deck, 'export');
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
    `<meta name="referrer" content="no-referrer">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="Briefdeck">\n` +
    `<title>${escapeHtml(inlineToText(deck.meta.title))}</title>\n` +
    styleBlock(revealCssFor(deck.settings.transition)) +
    themeBlock(deck.settings.theme) +
    `</head>\n<body>\n<div class="reveal${korean ? ' bd-korean' : ''}"><div class="slides">\n${slides}\n</div></div>\n` +
    `<script type="application/json" id="bd-config">${jsonForScript(config)}</script>\n` +
    scripts +
    `</body>\n</html>\n`
  );
}
