import { describe, expect, it } from 'vitest';
import { inlineToText, renderInline, renderNotes } from '../../../../engine/markup/index.ts';

describe('renderInline: the supported subset', () => {
  it.each([
    ['**bold**', '<strong>bold</strong>'],
    ['*italic*', '<em>italic</em>'],
    ['_italic_', '<em>italic</em>'],
    ['`code`', '<code>code</code>'],
    ['a **b** c *d* e `f`', 'a <strong>b</strong> c <em>d</em> e <code>f</code>'],
    ['**bold *nested***', '<strong>bold <em>nested</em></strong>'],
    ['*it **bold** it*', '<em>it <strong>bold</strong> it</em>'],
    ['**[link](https://example.com)**', '<strong><a href="https://example.com" target="_blank" rel="noopener noreferrer">link</a></strong>'],
    ['[**b** text](http://example.com/a?b=1&c=2#x)', '<a href="http://example.com/a?b=1&amp;c=2#x" target="_blank" rel="noopener noreferrer"><strong>b</strong> text</a>'],
    ['[mail](mailto:staff@example.mil)', '<a href="mailto:staff@example.mil" target="_blank" rel="noopener noreferrer">mail</a>'],
    ['[wiki](https://en.wikipedia.org/wiki/K9_(howitzer))', '<a href="https://en.wikipedia.org/wiki/K9_(howitzer)" target="_blank" rel="noopener noreferrer">wiki</a>'],
    ['`**not bold**`', '<code>**not bold**</code>'],
    ['\\*literal\\*', '*literal*'],
  ])('%s', (input, html) => {
    expect(renderInline(input)).toBe(html);
  });
});

describe('renderInline next to Korean punctuation (where CommonMark fails)', () => {
  it('bolds a quoted phrase followed by a particle', () => {
    expect(renderInline('**“공개 문서는 점검한다”**는')).toBe('<strong>“공개 문서는 점검한다”</strong>는');
  });
  it.each([
    ['**「방산 수출」**이', '<strong>「방산 수출」</strong>이'],
    ['*(주)한화*의', '<em>(주)한화</em>의'],
    ['“**K9**”은', '“<strong>K9</strong>”은'],
    ['**한미 동맹**, 기술 이전', '<strong>한미 동맹</strong>, 기술 이전'],
  ])('%s', (input, html) => {
    expect(renderInline(input)).toBe(html);
  });
});

describe('renderInline keeps what is not markup literal', () => {
  it.each([
    ['**unclosed', '**unclosed'],
    ['*unclosed', '*unclosed'],
    ['`unclosed', '&#96;unclosed'],
    ['[text](', '[text]('],
    ['[text] (https://example.com)', '[text] (https://example.com)'],
    ['2 * 3 * 4', '2 * 3 * 4'],
    ['** spaced **', '** spaced **'],
    ['snake_case_name', 'snake_case_name'],
    ['file_name_v2.txt and _it_', 'file_name_v2.txt and <em>it</em>'],
    ['****', '****'],
    ['``', '&#96;&#96;'],
  ])('%s', (input, html) => {
    expect(renderInline(input)).toBe(html);
  });
});

describe('links accept only http(s) and mailto', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '//example.com/x',
    '/relative/path',
    'https://exa mple.com',
    'https://example.com" onmouseover="x',
    "https://example.com'onmouseover='x",
    'https://example.com\\@evil.com',
    'https://user:pass@example.com',
    'mailto:not-an-address',
    'ftp://example.com',
  ])('refuses %s and shows the whole thing as text', (url) => {
    const html = renderInline(`[click](${url})`);
    expect(html).not.toContain('<a');
    expect(html).not.toContain('href');
    expect(html).toContain('[click]');
  });
});

describe('everything else is escaped text', () => {
  it('escapes HTML specials', () => {
    expect(renderInline(`<img src=x onerror="a">&'\``)).toBe('&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;&#96;');
  });
  it('escapes inside code, bold and link text', () => {
    expect(renderInline('`<b>`')).toBe('<code>&lt;b&gt;</code>');
    expect(renderInline('**<i>x</i>**')).toBe('<strong>&lt;i&gt;x&lt;/i&gt;</strong>');
    expect(renderInline('[<b>](https://example.com)')).toBe('<a href="https://example.com" target="_blank" rel="noopener noreferrer">&lt;b&gt;</a>');
  });
  it('strips NUL and other control characters', () => {
    expect(renderInline('a\u0000b\u0007c\u001bd\u007fe\u0085f')).toBe('abcdef');
    expect(renderInline('<scr\u0000ipt>')).toBe('&lt;script&gt;');
  });
  it('keeps full-width lookalikes as the text they are', () => {
    expect(renderInline('＜script＞alert(1)＜/script＞')).toBe('＜script＞alert(1)＜/script＞');
  });
  it('repairs lone surrogates', () => {
    expect(renderInline('a\ud800b')).toBe('a\ufffdb');
  });
  it('does not allow links inside links', () => {
    const html = renderInline('[a [b](https://b.example) c](https://a.example)');
    expect(html.match(/<a /g)?.length).toBe(1);
  });
});

describe('hostile input finishes and stays balanced', () => {
  it.each([
    ['many unclosed bold openers', '**a '.repeat(5000)],
    ['many stars', '*'.repeat(20000)],
    ['many brackets', '['.repeat(20000)],
    ['deep nesting', '*_'.repeat(2000) + 'x' + '_*'.repeat(2000)],
    ['many backticks', '`a'.repeat(10000)],
  ])('%s', (_name, input) => {
    const html = renderInline(input);
    for (const tag of ['strong', 'em', 'code', 'a']) {
      expect((html.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length).toBe((html.match(new RegExp(`</${tag}>`, 'g')) ?? []).length);
    }
    expect(html).not.toMatch(/<(?!\/?(?:strong|em|code|a)[ >])/);
  });
});

describe('renderNotes and inlineToText', () => {
  it('splits paragraphs on blank lines and keeps line breaks', () => {
    expect(renderNotes('One **two**\nthree\n\n\nFour')).toBe('<p>One <strong>two</strong><br>three</p><p>Four</p>');
  });
  it('is empty for blank notes', () => {
    expect(renderNotes('  \n ')).toBe('');
  });
  it('gives plain text without markers', () => {
    expect(inlineToText('**A** & *b* <c> [d](https://e.example)')).toBe('A & b <c> d');
  });
});

describe('link scanning has a budget (linear time on hostile text)', () => {
  it('links every real link in a long text full of links and citation brackets', () => {
    const text = Array.from({ length: 400 }, (_, i) => `[${i}] see [source ${i}](https://example.com/${i}) and [note]`).join(' ');
    expect(text.length).toBeGreaterThan(18_000);
    expect(renderInline(text).match(/<a href=/g)).toHaveLength(400);
  });

  it('a run of unclosed brackets stays text, and a link right after a short run still works', () => {
    expect(renderInline('['.repeat(20_000))).toBe('['.repeat(20_000));
    expect(renderInline('[[[ [x](https://example.com)')).toBe('[[[ <a href="https://example.com" target="_blank" rel="noopener noreferrer">x</a>');
  });
});
