/**
 * Is the caret on the first or the last VISUAL line of a wrapping textarea? A point that
 * wraps over three lines must let ↑/↓ move between its own lines and leave the point only
 * from its top or bottom line. A hidden copy of the textarea (same width, font and wrapping)
 * holds the text with the part after the caret in a span: the span starts where the caret is.
 * Measured only when ↑ or ↓ is pressed, never while typing.
 */
const COPIED = [
  'boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'letterSpacing', 'wordSpacing',
  'lineHeight', 'textTransform', 'textIndent', 'tabSize', 'wordBreak', 'overflowWrap', 'direction',
] as const;

export function caretLines(el: HTMLTextAreaElement): { onFirstLine: boolean; onLastLine: boolean } {
  const style = getComputedStyle(el);
  const mirror = document.createElement('div');
  for (const p of COPIED) mirror.style[p] = style[p];
  Object.assign(mirror.style, { position: 'absolute', visibility: 'hidden', left: '-10000px', top: '0', whiteSpace: 'pre-wrap', height: 'auto', overflow: 'hidden' });
  document.body.append(mirror);
  try {
    const topAt = (offset: number): number => {
      const rest = document.createElement('span');
      // A zero-width space stands in for "nothing after the caret": it never wraps by itself.
      rest.textContent = el.value.slice(offset) || '\u200b';
      mirror.replaceChildren(el.value.slice(0, offset), rest);
      return rest.offsetTop;
    };
    const caret = topAt(el.selectionDirection === 'backward' ? el.selectionStart : el.selectionEnd);
    return { onFirstLine: caret <= topAt(0), onLastLine: caret >= topAt(el.value.length) };
  } finally {
    mirror.remove();
  }
}
