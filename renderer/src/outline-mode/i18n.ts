/**
 * Outline mode's and the editor-orientation strings (namespace `outlineMode`). Until the
 * editor has its i18next provider, this module holds one instance for the UI language the
 * system prefers; the catalogs are the shared ones in engine/i18n.
 */
import { createI18n, pickUiLang } from '../../../engine/i18n/index.ts';

const inst = createI18n(pickUiLang(typeof navigator === 'undefined' ? [] : navigator.languages));

export const t = inst.getFixedT(null, 'outlineMode');
