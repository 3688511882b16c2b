/**
 * The present pages are plain DOM (no React): their fixed words carry data-i18n="ns:key"
 * (text) and data-i18n-aria-label="ns:key" attributes, filled here from the shared catalogs
 * in the UI language (renderer/i18n.ts), which also sets <html lang>.
 */
import { uiI18n } from '../i18n.ts';

export function translatePage(root: ParentNode = document): void {
  const i18n = uiI18n();
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = i18n.t(el.dataset.i18n!);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) el.setAttribute('aria-label', i18n.t(el.dataset.i18nAriaLabel!));
}
