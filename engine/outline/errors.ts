/**
 * Outline problems. A limit the outline breaks (a line, title or point too long, too many
 * sections) is an `OutlineError`: a DeckError whose "path" is the line number, so the CLI
 * and the editor print it like any other unreadable deck (`line 12: section title longer
 * than 500 characters`). Things the parser can bend are warnings, not errors.
 */
import { DeckError, type DeckErrorCode } from '../format/errors.ts';

export interface OutlineWarning {
  /** 1-based line in the outline. */
  line: number;
  message: string;
}

export class OutlineError extends DeckError {
  /** 1-based line in the outline, or 0 when the whole text is the problem. */
  readonly line: number;

  constructor(line: number, detail: string, code: DeckErrorCode = 'invalid') {
    super(code, detail, line > 0 ? `line ${line}` : null);
    this.line = line;
  }
}
