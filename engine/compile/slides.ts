/**
 * renderSlides(deck): the laid-out deck (engine/layout) drawn as reveal.js `<section>` strings,
 * one per slide. Preview, export, present and PDF all use it, so they show the same slides
 * with the same breaks. Blocks are placed at the boxes the layout gave them (absolute, in
 * slide px); the theme CSS sets the same font sizes and line heights the layout measured with.
 *
 * Every user string goes through escapeHtml / escapeAttr / renderInline. Nothing here emits
 * an iframe, `data-src`, `data-background-*` or markdown: slides are plain HTML we build.
 */
import type { Deck } from '../model/schema.ts';
import { escapeAttr, escapeHtml, renderInline, renderNotes, safeUrl } from '../markup/index.ts';
import { layoutDeck } from '../layout/deck.ts';
import { hasHangul, isKoTag, isKoreanDeck as isKorean } from '../layout/lang.ts';
import type { Box, LaidOutSlide, LayoutBlock, ResolvedMarking } from '../layout/types.ts';
import { TITLE } from '../layout/frame.ts';
import { titleSize } from '../layout/deck.ts';
import { layoutWork } from '../layout/work.ts';
import { labelsFor, type Labels } from './labels.ts';
import type { SlideCache } from './slide-cache.ts';
import { bannerHtml, overlayHtml, portionHtml } from './marking.ts';

export interface RenderedSlide {
  /** Stable per slide across edits (section id based), so the editor re-renders only what changed. */
  key: string;
  /** The section this slide shows, or null for generated slides (title, agenda, sources, close). */
  sectionId: string | null;
  /** One `<section>` element. */
  html: string;
  /** The slide's speaker notes (inline markup): the section's on its first slide, a pointer on later ones. */
  notes?: string;
}

const IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

export { hasHangul };

/** True when the deck is Korean by tag or holds Hangul anywhere (keep-all line breaking). */
export function isKoreanDeck(deck: Deck, cache?: SlideCache): boolean {
  return isKorean(deck, cache?.layout.hangul);
}

/** Whole px: half a pixel either way is inside every block's margins, and it keeps files small. */
const r1 = (n: number): number => Math.round(n);
const place = (b: Box, origin?: Box): string => `left:${r1(b.x - (origin?.x ?? 0))}px;top:${r1(b.y - (origin?.y ?? 0))}px;width:${r1(b.w)}px;height:${r1(b.h)}px`;

/** The banner: marking.ts draws it (default colours live in the theme CSS). */
function banner(marking: ResolvedMarking, where: 'top' | 'bottom'): string {
  return bannerHtml({ level: 'custom', ...marking } as Parameters<typeof bannerHtml>[0], where);
}

/**
 * A point's `<li>` by its class, text and marks: a 2000-point section re-renders its slides on
 * every keystroke, and all but one of its items are the strings they were. Bounded: cleared
 * when it grows past LI_MEMO_MAX entries.
 */
const liMemo = new Map<string, string>();
const LI_MEMO_MAX = 50_000;
function pointItem(cls: string, text: string, cites: readonly number[], portion = ''): string {
  const key = `${cls}\u0000${cites.join(',')}\u0000${portion}\u0000${text}`;
  let html = liMemo.get(key);
  if (html === undefined) {
    if (liMemo.size >= LI_MEMO_MAX) liMemo.clear();
    html = `<li class="${cls}">${portion ? portionHtml(portion as never) : ''}${renderInline(text)}${citeMarks(cites)}</li>`;
    liMemo.set(key, html);
  }
  return html;
}

const citeMarks = (ns: readonly number[]): string => (ns.length === 0 ? '' : `<span class="bd-cite">${ns.map((n) => `[${n}]`).join('')}</span>`);

function block(b: LayoutBlock, labels: Labels, s: LaidOutSlide): string {
  switch (b.kind) {
    case 'points': {
      const items = b.points.map((p) => pointItem(`bd-d${p.depth}${p.continued ? ' bd-cont' : ''}`, p.text, p.cites, p.continued ? '' : p.portion)).join('');
      // A section set smaller (the layout's one shrink step) scales its points through --bd-k.
      const k = s.scale !== 1 ? `;--bd-k:${s.scale}` : '';
      return `<ul class="bd-points bd-block" style="${place(b.box)}${k}">${items}</ul>`;
    }
    case 'figures': {
      const figs = b.figures
        .map((f) => {
          const unit = f.unit ? `<span class="bd-figure-unit">${escapeHtml(f.unit)}</span>` : '';
          const size = f.valuePx !== 52 ? ` style="font-size:${f.valuePx}px"` : '';
          return (
            `<div class="bd-figure" style="${place(f.box, b.box)}">` +
            `<div class="bd-figure-value"${size}>${escapeHtml(f.value)}${unit}</div>` +
            `<div class="bd-figure-label">${renderInline(f.label)}${f.cite !== null ? citeMarks([f.cite]) : ''}</div>` +
            (f.asOf ? `<div class="bd-figure-meta">${escapeHtml(f.asOf)}</div>` : '') +
            `</div>`
          );
        })
        .join('');
      return `<div class="bd-figures bd-block" style="${place(b.box)}">${figs}</div>`;
    }
    case 'image':
      if (!IMAGE.test(b.dataUrl)) return '';
      return `<figure class="bd-image bd-block" style="${place(b.box)}"><img src="${escapeAttr(b.dataUrl)}" alt="${escapeAttr(b.alt)}"></figure>`;
    case 'decision': {
      const parts = (b.labels ?? []).map((l) => `<h3 class="bd-label" style="${place(l.box, b.box)}">${escapeHtml(l.text)}</h3>`);
      if (b.problem && b.problemBox) parts.push(`<p class="bd-problem" style="${place(b.problemBox, b.box)}">${renderInline(b.problem)}</p>`);
      for (const o of b.options) {
        const badge = o.recommended ? `<span class="bd-badge">${escapeHtml(labels.recommended)}</span>` : '';
        parts.push(
          `<div class="bd-option${o.recommended ? ' bd-recommended' : ''}" style="${place(o.box, b.box)}"><span class="bd-option-no">${o.n}</span><div><strong class="bd-option-title">${renderInline(o.title)}</strong>${badge}${o.summary ? `<p>${renderInline(o.summary)}</p>` : ''}</div></div>`,
        );
      }
      return `<div class="bd-decision bd-block" style="${place(b.box)}">${parts.join('')}</div>`;
    }
    case 'title': {
      const line = (cls: string, v: string): string => (v.trim() ? `<p class="${cls}">${renderInline(v)}</p>` : '');
      const who = [b.presenter, b.office, b.organisation].filter((v) => v.trim() !== '');
      const whoHtml = who.length ? `<p class="bd-who">${renderInline(who[0] as string)}</p>` + (who.length > 1 ? `<p class="bd-office">${who.slice(1).map((v) => renderInline(v)).join('<span class="bd-sep"> · </span>')}</p>` : '') : '';
      const when = [b.date ? escapeHtml(b.date) : '', b.asOf ? escapeHtml(b.asOf) : ''].filter(Boolean).join('<span class="bd-sep"> · </span>');
      const px = titleSize(b.title, b.box.w - 42);
      return (
        `<div class="bd-title-page bd-block" style="${place(b.box)}">` +
        `<div class="bd-title-block"><h1${px !== TITLE.titleSizes[0] ? ` style="font-size:${px}px"` : ''}>${renderInline(b.title)}</h1>${line('bd-subtitle', b.subtitle)}</div>` +
        (whoHtml || when ? `<div class="bd-title-meta">${whoHtml}${when ? `<p class="bd-when">${when}</p>` : ''}</div>` : '') +
        `</div>`
      );
    }
    case 'table':
    case 'chart':
      // The engine's own table / SVG markup (engine/compile/table.ts, engine/chart): every user string already escaped there.
      return `<div class="bd-${b.kind}-block bd-block" style="${place(b.box)}">${b.html}</div>`;
    case 'agenda':
      return `<ol class="bd-agenda bd-block" start="${b.start}" style="${place(b.box)}">${b.items.map((i) => `<li>${renderInline(i.title)}</li>`).join('')}</ol>`;
    case 'sources':
      return (
        `<ol class="bd-sources bd-block" style="${place(b.box)}">` +
        b.entries
          .map((e) => {
            const url = safeUrl(e.url);
            const rest = [e.publisher, e.date].filter((v) => v.trim() !== '').map(escapeHtml).join(', ');
            // The address is shown (printed decks need it) and is itself the link.
            const link = url ? `<a class="bd-source-url" href="${escapeAttr(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(url)}</a>` : '';
            return `<li value="${e.n}"><span class="bd-source-no">[${e.n}]</span> <cite>${escapeHtml(e.title)}</cite>${rest ? `<span class="bd-source-rest">, ${rest}</span>` : ''}${link}</li>`;
          })
          .join('') +
        `</ol>`
      );
    case 'close': {
      const who = b.who.map((v) => renderInline(v)).join('<span class="bd-sep"> · </span>');
      return `<div class="bd-close-block bd-block" style="${place(b.box)}"><h1>${escapeHtml(b.heading)}</h1><p class="bd-close-title">${renderInline(b.title)}</p>${who ? `<p class="bd-who">${who}</p>` : ''}</div>`;
    }
  }
  return '';
}

function heading(s: LaidOutSlide): string {
  const g = s.geometry;
  if (!g.heading) return '';
  const size = g.headingPx !== 40 ? ` style="font-size:${g.headingPx}px"` : '';
  return `<header class="bd-head" style="${place(g.heading)}">${s.badge ? `<span class="bd-tag">${escapeHtml(s.badge)}</span>` : ''}<h2${size}>${renderInline(s.title)}</h2></header>`;
}

function slideHtml(s: LaidOutSlide, labels: Labels, deckLang: string, korean: boolean, overlay?: Deck['settings']['overlay']): string {
  layoutWork.slidesHtml++;
  const kind = s.kind;
  const attrs = [`class="bd-slide bd-${kind}"`];
  if (!s.number.counted) attrs.push('data-visibility="uncounted"');
  if (s.parts > 1) attrs.push(`data-bd-part="${s.part}/${s.parts}"`);
  const notes = s.notes ? renderNotes(s.notes) : '';
  const body = heading(s) + s.blocks.map((b) => block(b, labels, s)).join('');
  // Each slide carries its language so :lang(ko) line breaking holds wherever the slide is
  // placed (export, editor preview, presenter), not only under a Korean <html>.
  if (isKoTag(deckLang)) attrs.push(`lang="${escapeAttr(deckLang)}"`);
  else if (korean && hasHangul(body + notes)) attrs.push('lang="ko"');
  const label = s.number.counted ? '' : `<div class="bd-slide-label">${escapeHtml(s.number.label)}</div>`;
  return (
    `<section ${attrs.join(' ')}>` +
    banner(s.marking, 'top') +
    `<div class="bd-body">${body}</div>` +
    overlayHtml(overlay, isKoTag(deckLang) || korean) +
    label +
    banner(s.marking, 'bottom') +
    (notes ? `<aside class="notes">${notes}</aside>` : '') +
    `</section>`
  );
}

/**
 * What a slide's HTML depends on besides its blocks (which the layout cache keeps by identity),
 * as a list compared field by field: cheaper than joining them into one string for each of
 * the deck's slides on every keystroke.
 */
function signature(s: LaidOutSlide, ctx: string): unknown[] {
  const m = s.marking;
  return [ctx, s.key, s.part, s.parts, s.title, s.badge, s.number.counted ? '' : s.number.label, m.text, m.color, m.textColor, s.notes, s.scale, s.geometry.heading?.h, s.geometry.headingPx];
}

function sameSignature(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The whole deck as slides, in presentation order (see engine/layout/deck.ts). With a cache
 * (see slide-cache.ts) only the edited section is laid out again, and slides whose layout and
 * frame did not change come back as the very same strings. `opts.mainSections` draws only a
 * prefix of the slides (see LayoutOptions): each as the whole deck draws it.
 */
export function renderSlides(deck: Deck, cache?: SlideCache, opts: { mainSections?: number } = {}): RenderedSlide[] {
  const laid = layoutDeck(deck, cache ? { cache: cache.layout, ...opts } : opts);
  const korean = isKorean(deck, cache?.layout.hangul);
  const labels = labelsFor(korean && !isKoTag(deck.meta.lang) && hasHangul(deck.meta.title) ? 'ko' : deck.meta.lang);
  const ctx = [deck.meta.lang, korean ? 'ko' : '', deck.settings.aspect, deck.settings.overlay ?? ''].join('\u0000');
  return laid.slides.map((s) => {
    if (!cache) return { key: s.key, sectionId: s.sectionId, html: slideHtml(s, labels, deck.meta.lang, korean, deck.settings.overlay), notes: s.notes };
    // Generated slides are cheap and depend on the whole deck: drawn again, but handed back as
    // the same object when their HTML did not change (the preview compares by identity first).
    if (s.sectionId === null) {
      const known = cache.generatedByLayout.get(s);
      if (known && known.key === s.key) return known;
      const html = slideHtml(s, labels, deck.meta.lang, korean, deck.settings.overlay);
      const prev = cache.generated.get(s.key);
      if (prev && prev.html === html) {
        cache.generatedByLayout.set(s, prev);
        return prev;
      }
      const slide = { key: s.key, sectionId: null, html, notes: s.notes };
      cache.generated.set(s.key, slide);
      cache.generatedByLayout.set(s, slide);
      return slide;
    }
    const sig = signature(s, ctx);
    const hit = cache.html.get(s.blocks);
    if (hit && sameSignature(hit.sig, sig)) return hit.slide;
    const slide = { key: s.key, sectionId: s.sectionId, html: slideHtml(s, labels, deck.meta.lang, korean, deck.settings.overlay), notes: s.notes };
    cache.html.set(s.blocks, { sig, slide });
    return slide;
  });
}
