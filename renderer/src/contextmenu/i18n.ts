/**
 * The desktop namespace's words for the editor (context menu), in the system's language.
 * Its own i18next instance, so it does not depend on the editor's provider.
 */
import { createI18n, pickUiLang } from '../../../engine/i18n/index.ts';

const i18n = createI18n(pickUiLang(typeof navigator === 'undefined' ? [] : navigator.languages));
const t = i18n.getFixedT(null, 'desktop');
export const tDesktop = (key: string, options?: Record<string, string>): string => String(t(key as never, options as never));
