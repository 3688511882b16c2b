/**
 * Offline-safe themes only. Several reveal.js themes `@import` Google Fonts and black/white
 * embed ~575 KB of fonts; ours embed only Noto Sans latin 400/700 (36 KB, see fonts.ts: the
 * layout measures with it) and use the system's font for Hangul; no imports.
 */
import baseCss from '../../templates/themes/briefing-base.css?raw';
import lightCss from '../../templates/themes/briefing-light.css?raw';
import darkCss from '../../templates/themes/briefing-dark.css?raw';
import serifOverlayCss from '../../templates/themes/serif.css?raw';
import tablesCss from '../../templates/themes/tables.css?raw';
import revealSerifCss from '../../node_modules/reveal.js/dist/theme/serif.css?raw';
import { FONT_CSS } from './fonts.ts';

export interface ThemeInfo {
  id: string;
  label: string;
}

export const THEMES: readonly ThemeInfo[] = [
  { id: 'briefing-light', label: 'Briefing (light)' },
  { id: 'briefing-dark', label: 'Briefing (dark)' },
  { id: 'serif', label: 'Serif' },
];

export const DEFAULT_THEME = 'briefing-light';

const THEME_CSS: Record<string, string> = {
  'briefing-light': lightCss,
  'briefing-dark': darkCss,
  serif: stripSourceMaps(revealSerifCss) + serifOverlayCss,
};

function stripSourceMaps(css: string): string {
  return css.replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
}

/** True for a theme id we ship. Unknown ids (from an old or foreign file) fall back to the default. */
export function isTheme(id: string): boolean {
  return Object.hasOwn(THEME_CSS, id);
}

/** The theme's CSS plus Briefdeck's slide layout: what preview and export put after reveal.css. */
export function themeCss(id: string): string {
  return FONT_CSS + (THEME_CSS[isTheme(id) ? id : DEFAULT_THEME] ?? lightCss) + '\n' + baseCss + '\n' + tablesCss;
}

/** Refuses CSS that could reach the network; the unit tests run every shipped theme through it. */
export function assertOfflineCss(css: string): void {
  if (/@import|url\(\s*(?!['"]?data:)/i.test(css)) throw new Error('theme CSS must not import or load anything');
}
