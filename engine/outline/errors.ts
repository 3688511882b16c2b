/**
 * Outline problems. A limit the outline breaks (a line, title or point too long, too many
 * sections) is an `OutlineError`: a DeckError whose "path" is the line number, so the CLI
 * and the editor print it like any other unreadable deck (`line 12: section title longer
 * than 500 characters`). Things the parser can bend are warnings, not errors.
 */
import { DeckError, type DeckErrorCode } from '../format/errors.ts';
import type { UiMessage } from '../i18n/ui-message.ts';

export interface OutlineWarning {
  /** 1-based line in the outline. */
  line: number;
  /** English, for the CLI (`line 12: …`). */
  message: string;
  /** The same in the UI's words (the `outlineText` catalog). */
  ui: UiMessage;
}

export class OutlineError extends DeckError {
  /** 1-based line in the outline, or 0 when the whole text is the problem. */
  readonly line: number;

  constructor(line: number, detail: string, reason: UiMessage, code: DeckErrorCode = 'invalid') {
    super(code, detail, line > 0 ? `line ${line}` : null, null, reason);
    this.line = line;
  }

  /** "line 12" is the CLI's path; the UI says the line in its own words. */
  override get ui(): UiMessage {
    return this.line > 0 ? { key: 'outlineText:atLine', params: { line: this.line, reason: this.reason } } : this.reason;
  }
}
