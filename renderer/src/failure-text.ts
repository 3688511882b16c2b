/**
 * Main's failures and the importer's warnings in the UI language. They arrive with an English
 * `message` (the CLI's wording, often more specific: JSON paths, byte offsets) and `ui`, the same
 * as catalog keys. English windows show the message as it is; other languages render `ui`.
 * A message without a well-formed `ui` (an older main, an error thrown in this page) stays English.
 */
import { isUiMessage, renderUiMessage } from '../../engine/i18n/ui-message.ts';
import type { Failure } from '../../electron/shared/contract.ts';
import { t, uiI18n } from '../i18n.ts';

/** `ui` in the current UI language, or `english` when the UI is English or `ui` is unusable. */
export function uiText(ui: unknown, english: string): string {
  if (uiI18n().language === 'en' || !isUiMessage(ui)) return english;
  return renderUiMessage(ui, (key, options) => t(key, options));
}

/** A Failure from main, or an Error (a DeckError from the engine carries `ui` too). */
export function failureText(f: Failure | Error): string {
  return uiText((f as { ui?: unknown }).ui, f.message);
}
