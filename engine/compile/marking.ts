/**
 * The marking pieces of a slide: banners (text and colours from the level, engine/marking),
 * portion marks before a point, and the DRAFT / PRE-DECISIONAL watermark. Kept apart from
 * slides.ts so the slide layout and the marking rules change independently.
 */
import { resolveMarking, type Banner } from '../marking/resolve.ts';
import type { Deck, Marking, Overlay, PortionMark } from '../model/schema.ts';
import { escapeHtml } from '../markup/escape.ts';

/** The colours briefing-base.css gives .bd-banner; only other colours need a style attribute. */
const CSS_DEFAULT = { color: '#007a33', textColor: '#ffffff' } as const;
const HEX = /^#[0-9a-fA-F]{6}$/;

/**
 * The banner a slide shows: the section's override when it shows something, else the deck's
 * (a half-filled override never shows less marking than the deck).
 */
export function slideBanner(deck: Deck, override: Marking | null | undefined): Banner {
  if (override) {
    const own = resolveMarking(override);
    if (own.text.trim() !== '') return own;
  }
  return resolveMarking(deck.marking);
}

export function bannerHtml(banner: Banner, where: 'top' | 'bottom'): string {
  if (banner.text.trim() === '') return '';
  // Colours were validated by the schema; an unvalidated deck falls back to the CSS colours.
  const bg = HEX.test(banner.color) ? banner.color.toLowerCase() : CSS_DEFAULT.color;
  const fg = HEX.test(banner.textColor) ? banner.textColor.toLowerCase() : CSS_DEFAULT.textColor;
  const style = [bg !== CSS_DEFAULT.color ? `background:${bg}` : '', fg !== CSS_DEFAULT.textColor ? `color:${fg}` : ''].filter(Boolean).join(';');
  return `<div class="bd-banner bd-banner-${where}"${style ? ` style="${style}"` : ''}>${escapeHtml(banner.text)}</div>`;
}

/** `(S) ` before a point's text; '' without a portion mark. */
export function portionHtml(portion: PortionMark | undefined): string {
  return portion ? `<span class="bd-portion">(${escapeHtml(portion)})</span> ` : '';
}

/** Watermark words: slide text, so they follow the deck's language (as labels.ts does). */
const OVERLAY_WORDS = {
  en: { draft: 'DRAFT', predecisional: 'PRE-DECISIONAL' },
  ko: { draft: '초안', predecisional: '결정 전 자료' },
} as const;

/** The watermark over every slide: pointer-events none and translucent, so no text is hidden. */
export function overlayHtml(overlay: Overlay | undefined, korean: boolean): string {
  if (!overlay || overlay === 'none') return '';
  const text = OVERLAY_WORDS[korean ? 'ko' : 'en'][overlay];
  return `<div class="bd-overlay" aria-hidden="true">${escapeHtml(text)}</div>`;
}

/** What of the deck's marking and settings every slide depends on, for the preview's cache key. */
export function markingKey(deck: Deck): string {
  const b = resolveMarking(deck.marking);
  return [b.level, b.text, b.color, b.textColor, deck.settings.overlay].join('\u0000');
}
