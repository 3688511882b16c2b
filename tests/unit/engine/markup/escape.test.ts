import { describe, expect, it } from 'vitest';
import { cleanText, escapeAttr, escapeHtml, renderInline, safeUrl } from '../../../../engine/markup/index.ts';

describe('escapeHtml / escapeAttr', () => {
  it('escapes the five HTML specials and the backtick', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
  });
  it('escapes already-escaped text again (no double-decoding tricks)', () => {
    expect(escapeHtml('&lt;script&gt;')).toBe('&amp;lt;script&amp;gt;');
  });
  it('keeps attribute values on one line', () => {
    expect(escapeAttr('a\nb\r\tc"')).toBe('a b  c&quot;');
  });
  it('drops control characters but keeps tabs and newlines in text', () => {
    expect(cleanText('a\u0000\u0001b\tc\nd\u009f')).toBe('ab\tc\nd');
  });
  it('leaves Korean and full-width text alone', () => {
    expect(escapeHtml('한미 ＜동맹＞')).toBe('한미 ＜동맹＞');
  });
});

describe('safeUrl', () => {
  it.each(['https://example.com', 'http://example.com:8080/a/b?c=d&e=f#g', 'https://[2001:db8::1]/x', 'mailto:a.b@example.mil', 'https://ko.wikipedia.org/wiki/한국'])('keeps %s', (url) => {
    expect(safeUrl(url)).toBe(url);
  });
  it.each(['javascript:alert(1)', 'data:text/html,x', 'https://', 'https://a b', 'https://a"b', 'https://a<b', 'http://a\\b', '', 'x'.repeat(3000)])('refuses %s', (url) => {
    expect(safeUrl(url)).toBeNull();
  });
  // The path may hold Hangul, but not characters that hide or reorder what the Sources slide
  // shows: an RLO makes `…/\u202Egnp.exe` display as `…/exe.png`.
  it.each([
    ['RIGHT-TO-LEFT OVERRIDE', 'https://example.com/\u202Egnp.exe'],
    ['LEFT-TO-RIGHT ISOLATE', 'https://example.com/a\u2066b'],
    ['ZERO WIDTH SPACE', 'https://example.com/\u200Bx'],
    ['BYTE ORDER MARK', 'https://example.com/\uFEFFx'],
    ['NO-BREAK SPACE', 'https://example.com/a\u00A0b'],
    ['IDEOGRAPHIC SPACE', 'https://example.com/\u3000x'],
    ['LINE SEPARATOR', 'https://example.com/\u2028x'],
    ['PARAGRAPH SEPARATOR in mailto', 'mailto:a@example.mil?subject=a\u2029b'],
  ])('refuses a link holding a %s', (_name, url) => {
    expect(safeUrl(url)).toBeNull();
    expect(renderInline(`[x](${url})`)).not.toContain('<a ');
  });
});
