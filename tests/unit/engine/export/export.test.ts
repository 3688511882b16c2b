import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { Window } from 'happy-dom';
import { compileDeck, exportCsp, jsonForScript, THEMES, themeCss } from '../../../../engine/export/index.ts';
import { NOTES_JS, NOTES_JS_SOURCE, REVEAL_CSS, REVEAL_JS, lockRevealQuery, stripNotesMarkdown, toInlineScript } from '../../../../engine/export/assets.ts';
import { extractSpeakerScript } from '../../../../engine/export/speaker.ts';
import { base64 } from '../../../../engine/export/csp.ts';
import { slideCount, toRevealConfig } from '../../../../engine/compile/index.ts';
import { generatedDeck, koreanDeck, richDeck } from '../../../e2e/helpers/export-decks.ts';
import { parseOutline } from '../../../../engine/outline/index.ts';
import { generateOutline } from '../../../bench/generate.ts';

const sha = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

function parse(html: string): Document {
  return new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('raw assets arrive as text', () => {
  // vitest stubs CSS imports as "" unless vitest.config.ts sets `css.include` for `?raw`.
  it('reveal.css and the themes are not empty', () => {
    const hint = 'CSS ?raw imports came in empty: vitest.config.ts needs test.css.include = [/\\.css\\?raw$/]';
    expect(REVEAL_CSS, hint).toBe(readFileSync('node_modules/reveal.js/dist/reveal.css', 'utf8').replace(/\/\*# sourceMappingURL=[^*]*\*\//g, ''));
    expect(REVEAL_CSS.length, hint).toBeGreaterThan(10_000);
    for (const t of THEMES) expect(themeCss(t.id), hint).toContain(readFileSync('templates/themes/briefing-base.css', 'utf8'));
  });
});

describe('compileDeck: one offline file', () => {
  const deck = richDeck();
  const html = compileDeck(deck);
  const doc = parse(html);

  it('is a complete HTML document with the deck language and title', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(doc.title).toBe('Supply-chain security review');
    expect(doc.querySelectorAll('.reveal .slides > section')).toHaveLength(slideCount(deck).total);
  });

  it('inlines reveal.js, the notes plugin and the boot script, and nothing else runs', () => {
    const scripts = Array.from(doc.querySelectorAll('script'));
    const executed = scripts.filter((s) => !s.hasAttribute('type'));
    expect(executed).toHaveLength(3);
    expect(executed[0]!.textContent).toBe(REVEAL_JS);
    expect(executed[1]!.textContent).toBe(NOTES_JS);
    expect(scripts.filter((s) => s.getAttribute('type') === 'application/json')).toHaveLength(1);
    expect(scripts.every((s) => !s.hasAttribute('src'))).toBe(true);
  });

  it('carries a CSP allowing exactly its own scripts (by sha256) plus the speaker view, and no network', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toBe(exportCsp());
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'none'"]);
    const executed = Array.from(doc.querySelectorAll('script:not([type])')).map((s) => sha(s.textContent ?? ''));
    const speaker = sha(extractSpeakerScript(NOTES_JS_SOURCE));
    expect(directives['script-src']).toEqual([...executed, speaker]);
    expect(directives['style-src']).toEqual(["'unsafe-inline'"]);
    expect(directives['img-src']).toEqual(['data:']);
    expect(directives['font-src']).toEqual(['data:']);
    expect(directives['frame-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval/);
    // The CSP meta comes before anything that could load or run.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('references nothing outside the file', () => {
    const withoutScripts = html.replace(/<script>[\s\S]*?<\/script>/g, '');
    expect(withoutScripts).not.toMatch(/\b(?:src|href)\s*=\s*"(?!data:|https?:\/\/www\.acq\.osd\.mil|https:\/\/www\.washingtontimes\.com)/i);
    expect(Array.from(doc.querySelectorAll('[src]')).every((e) => e.getAttribute('src')!.startsWith('data:'))).toBe(true);
    expect(Array.from(doc.querySelectorAll('style')).map((s) => s.textContent).join('')).not.toMatch(/@import|url\(\s*(?!['"]?data:)/i);
    expect(doc.querySelectorAll('link, iframe, object, embed, base')).toHaveLength(0);
  });

  it('puts the per-deck reveal options in an inert JSON data block', () => {
    const block = doc.getElementById('bd-config')!;
    expect(block.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(block.textContent!)).toEqual(toRevealConfig(deck, 'export'));
  });

  it('keeps the executed scripts identical across decks (so the hashes hold)', () => {
    const other = parse(compileDeck(koreanDeck()));
    expect(Array.from(other.querySelectorAll('script:not([type])')).map((s) => s.textContent)).toEqual(Array.from(doc.querySelectorAll('script:not([type])')).map((s) => s.textContent));
  });

  it('marks Korean decks for keep-all line breaking', () => {
    const ko = compileDeck(koreanDeck());
    expect(ko.startsWith('<!DOCTYPE html>\n<html lang="ko">')).toBe(true);
    expect(ko).toContain('<div class="reveal bd-korean">');
    const base = readFileSync('templates/themes/briefing-base.css', 'utf8');
    expect(base).toMatch(/\.reveal\.bd-korean,\.reveal :lang\(ko\)\{word-break:keep-all/);
    expect(base).toMatch(/Noto Sans CJK KR/);
  });

  it('falls back to the default theme for an unknown theme id', () => {
    const d = richDeck();
    d.settings.theme = 'sky';
    expect(compileDeck(d)).toContain(themeCss('briefing-light'));
  });

  it('stays within 420 KB for 100 sections (our fixture and the benchmark outline): the old 350 KB plus 36 KB of embedded fonts and the layout boxes', () => {
    expect(new TextEncoder().encode(compileDeck(generatedDeck(100))).length).toBeLessThanOrEqual(420_000);
    const bench = parseOutline(generateOutline(100));
    expect(bench.sections).toHaveLength(100);
    expect(new TextEncoder().encode(compileDeck(bench)).length).toBeLessThanOrEqual(420_000);
  });
});

describe('offline themes', () => {
  it.each(THEMES.map((t) => t.id))('%s imports nothing and loads only its embedded fonts', (id) => {
    const css = themeCss(id);
    // The one font family a theme may declare is the embedded one the layout measures with
    // (engine/export/fonts.ts), from data: URLs (intended change: decks now carry Noto Sans).
    expect(css).not.toMatch(/@import|url\(\s*(?!['"]?data:)/i);
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(2);
    for (const f of faces) expect(f).toMatch(/^@font-face\{font-family:"Briefdeck Sans";.*src:url\(data:font\/woff2;base64,/);
  });
  it('lists ids and labels for the editor', () => {
    expect(THEMES.map((t) => t.id)).toEqual(['briefing-light', 'briefing-dark', 'serif']);
    expect(THEMES.every((t) => t.label.length > 0)).toBe(true);
  });
});

describe('reveal.js as inlined', () => {
  const original = readFileSync('node_modules/reveal.js/dist/reveal.js', 'utf8');

  it('no longer merges the query string into its config (and says so if reveal changes)', () => {
    expect(original).toMatch(/,\w+\(\)\),\/print-pdf\/gi/);
    expect(REVEAL_JS).not.toMatch(/,\w+\(\)\),\/print-pdf\/gi/);
    expect(REVEAL_JS).toMatch(/,\{\}\),\/print-pdf\/gi/);
    expect(() => lockRevealQuery('function(){}')).toThrow(/query-string/);
  });

  it('still compiles after the rewrites', () => {
    expect(() => new Function(REVEAL_JS)).not.toThrow();
    expect(() => new Function(NOTES_JS)).not.toThrow();
  });

  it('cannot end its own <script> element early', () => {
    for (const s of [REVEAL_JS, NOTES_JS]) expect(s).not.toMatch(/<\/script|<!--|<script/i);
    expect(toInlineScript('x', 'var a = "</script><!--<script>";')).toBe('var a = "\\x3C/script>\\x3C!--\\x3Cscript>";');
  });

  it('the notes plugin works without its Markdown renderer', () => {
    expect(NOTES_JS.length).toBeLessThan(NOTES_JS_SOURCE.length - 30_000);
    expect(NOTES_JS).not.toContain('markedjs');
    const sandbox: Record<string, unknown> = { window: {}, module: { exports: {} } };
    sandbox.exports = (sandbox.module as { exports: unknown }).exports;
    runInNewContext(NOTES_JS, sandbox);
    const factory = (sandbox.module as { exports: () => { id: string; init: unknown; open: unknown } }).exports;
    const plugin = factory();
    expect(plugin.id).toBe('notes');
    expect(typeof plugin.init).toBe('function');
    expect(() => stripNotesMarkdown('(function(){})')).toThrow(/bundle shape/);
  });
});

describe('the speaker view script hash', () => {
  it('matches exactly what the notes plugin writes into its popup', () => {
    // Run the real plugin with a fake window and capture the page it document.write()s.
    let written = '';
    const popup = { closed: false, focus() {}, postMessage() {}, document: { write: (s: string) => (written += s) } };
    const listeners: unknown[] = [];
    const window = { open: () => popup, addEventListener: (...a: unknown[]) => listeners.push(a), location: { search: '', protocol: 'file:', host: '', pathname: '/deck.html' } };
    const sandbox: Record<string, unknown> = { window, module: { exports: {} }, setInterval: () => 0, clearInterval() {}, alert() {} };
    sandbox.exports = (sandbox.module as { exports: unknown }).exports;
    runInNewContext(NOTES_JS_SOURCE, sandbox);
    const plugin = (sandbox.module as { exports: () => { init(r: unknown): void; open(): void } }).exports();
    const reveal = { on() {}, addKeyBinding() {}, getConfig: () => ({}), getState: () => ({}), getCurrentSlide: () => ({ hasAttribute: () => false, querySelectorAll: () => [], querySelector: () => null }) };
    plugin.init(reveal);
    plugin.open();
    const inline = /<script>([\s\S]*?)<\/script>/.exec(written)?.[1];
    expect(inline).toBeDefined();
    expect(extractSpeakerScript(NOTES_JS_SOURCE)).toBe(inline);
    expect(exportCsp()).toContain(sha(inline!));
  });
});

describe('helpers', () => {
  it('base64 matches Node for every length mod 3', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'abcd', '한글']) {
      const bytes = new TextEncoder().encode(s);
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
  it('jsonForScript cannot close its script element', () => {
    const out = jsonForScript({ a: '</script><!-- & \u2028' });
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual({ a: '</script><!-- & \u2028' });
  });
});
