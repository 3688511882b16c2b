/**
 * The deck theme's CSS in the editor document, for the preview and the overflow measure.
 * It is the engine's `themeCss`, the same text the export inlines. Theme CSS only styles
 * `.reveal`, so the editor's own UI is untouched.
 */
import { useEffect } from 'react';
import { themeCss } from '../../../engine/export/themes.ts';
import type { Deck } from '../../../engine/model/schema.ts';
import { useEditor } from '../store/index.ts';

const STYLE_ID = 'bd-deck-theme';

export function themeClass(deck: Deck): string {
  return `bd-theme-${deck.settings.theme.replace(/[^a-z0-9-]/gi, '')}`;
}

export function applyThemeCss(theme: string): void {
  let el = document.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!el) {
    el = document.createElement('style');
    el.id = STYLE_ID;
    document.head.appendChild(el);
  }
  if (el.dataset.theme !== theme) {
    el.dataset.theme = theme;
    el.textContent = themeCss(theme);
  }
}

export function useThemeCss(): void {
  const theme = useEditor((s) => s.deck.settings.theme);
  useEffect(() => applyThemeCss(theme), [theme]);
}
