/**
 * Deck text → styled runs for the Office writers. The inline markup (**bold**, *italic*,
 * `code`, [text](https://…)) is parsed ONCE, by the engine's renderInline; its output uses
 * only <strong>, <em>, <code> and <a href> around escaped text, so reading it back is a small
 * tokenizer, not a second markup parser that could disagree with the slides.
 *
 * Every string also passes through cleanText: pptxgenjs writes C0 control characters raw,
 * which is not well-formed XML (PowerPoint "repairs" the file, LibreOffice drops the
 * paragraph; see /work/shared/TOOLCHAIN.md). Tab, LF and CR are kept.
 */
import { cleanText, renderInline } from '../../../engine/markup/index.ts';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** An http(s) URL (renderInline keeps only those). */
  href?: string;
  /** Citation markers like [1][2], set as superscript. */
  superscript?: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#96;': '`' };

function unescape(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|#39|#96);/g, (e) => ENTITIES[e] ?? e);
}

const TAG = /<(\/?)(strong|em|code|a)(?:\s+href="([^"]*)"[^>]*)?>/g;

/** Inline markup → runs (adjacent runs with the same style are merged). */
export function inlineRuns(markup: string): Run[] {
  const html = renderInline(markup);
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  let code = 0;
  const links: string[] = [];
  let at = 0;
  const push = (raw: string): void => {
    if (raw === '') return;
    const run: Run = { text: unescape(raw) };
    if (bold) run.bold = true;
    if (italic) run.italic = true;
    if (code) run.code = true;
    const href = links[links.length - 1];
    if (href) run.href = href;
    const last = runs[runs.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.code === run.code && last.href === run.href) last.text += run.text;
    else runs.push(run);
  };
  for (const m of html.matchAll(TAG)) {
    push(html.slice(at, m.index));
    at = m.index + m[0].length;
    const delta = m[1] === '/' ? -1 : 1;
    switch (m[2]) {
      case 'strong':
        bold += delta;
        break;
      case 'em':
        italic += delta;
        break;
      case 'code':
        code += delta;
        break;
      default:
        if (delta > 0) links.push(unescape(m[3] ?? ''));
        else links.pop();
    }
  }
  push(html.slice(at));
  return runs;
}

/** Plain text for XML: control characters XML 1.0 forbids removed, lone surrogates repaired. */
export function plain(s: string): string {
  return cleanText(String(s ?? ''));
}

/** Inline markup → its plain text. */
export function inlineText(markup: string): string {
  return inlineRuns(markup)
    .map((r) => r.text)
    .join('');
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
export const hasHangul = (s: string): boolean => HANGUL.test(s);
