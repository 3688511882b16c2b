/**
 * renderSlides(deck): the deck as reveal.js `<section>` strings, one per slide. Preview and
 * export both use it, so what the editor shows is what the file holds.
 *
 * Every user string goes through escapeHtml / escapeAttr / renderInline. Nothing here emits
 * an iframe, `data-src`, `data-background-*` or markdown: slides are plain HTML we build.
 */
import type { Deck, KeyFigure, Marking, Point, Section, Source } from '../model/schema.ts';
import { escapeAttr, escapeHtml, inlineToText, renderInline, renderNotes, safeUrl } from '../markup/index.ts';
import { labelsFor, type Labels } from './labels.ts';
import { formatAsOf, formatDeckDate } from './dates.ts';
import { AGENDA_PER_SLIDE, SOURCES_PER_SLIDE, pages, slideOrder } from './order.ts';
import { citationOrder, indexSources, sectionCites, type SourceIndex } from './sources.ts';
import { resolveMarking } from '../marking/resolve.ts';
import { bannerHtml, markingKey, overlayHtml, portionHtml, slideBanner } from './marking.ts';
import { sameItems, type SlideCache } from './slide-cache.ts';

export interface RenderedSlide {
  /** Stable per slide across edits (section id based), so the editor re-renders only what changed. */
  key: string;
  /** The section this slide shows, or null for generated slides (title, agenda, sources, close). */
  sectionId: string | null;
  /** One `<section>` element. */
  html: string;
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
const IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

export function hasHangul(s: string): boolean {
  return HANGUL.test(s);
}

/** True when the deck is Korean by tag or holds Hangul anywhere (keep-all line breaking). */
export function isKoreanDeck(deck: Deck, cache?: SlideCache): boolean {
  if (deck.meta.lang === 'ko' || deck.meta.lang.startsWith('ko-')) return true;
  const m = deck.meta;
  if (HANGUL.test(m.title + m.subtitle + m.presenter + m.office + m.organisation + resolveMarking(deck.marking).text)) return true;
  if (!cache) return deck.sections.some(sectionHasHangul);
  // The scan of every section's text is the one deck-wide pass per keystroke; remember it per section.
  return deck.sections.some((s) => {
    let has = cache.hangul.get(s);
    if (has === undefined) cache.hangul.set(s, (has = sectionHasHangul(s)));
    return has;
  });
}

function sectionHasHangul(s: Section): boolean {
  if (HANGUL.test(s.title + s.notes)) return true;
  const walk = (ps: Point[]): boolean => ps.some((p) => HANGUL.test(p.text) || walk(p.children));
  return walk(s.points) || s.figures.some((f) => HANGUL.test(f.label + f.unit)) || (s.decision !== null && HANGUL.test(s.decision.problem + s.decision.options.map((o) => o.title + o.summary).join('')));
}

interface Ctx {
  deck: Deck;
  labels: Labels;
  sources: SourceIndex;
  korean: boolean;
  cache: SlideCache | undefined;
  /** Everything besides its own content that any slide's HTML depends on (see slide()). */
  ctxKey: string;
}

/** A cached page or end slide is reused only when its context and items are what they were. */
function cachedPage(ctx: Ctx, key: string, items: string[], render: () => string): RenderedSlide {
  const hit = ctx.cache?.pages.get(key);
  if (hit && hit.ctxKey === ctx.ctxKey && sameItems(hit.items, items)) return hit.slide;
  const slide: RenderedSlide = { key, sectionId: null, html: render() };
  ctx.cache?.pages.set(key, { ctxKey: ctx.ctxKey, items, slide });
  return slide;
}

function cachedEnd(ctx: Ctx, key: string, render: (ctx: Ctx) => string): RenderedSlide {
  const hit = ctx.cache?.ends.get(key);
  if (hit && hit.meta === ctx.deck.meta && hit.ctxKey === ctx.ctxKey) return hit.slide;
  const slide: RenderedSlide = { key, sectionId: null, html: render(ctx) };
  ctx.cache?.ends.set(key, { meta: ctx.deck.meta, ctxKey: ctx.ctxKey, slide });
  return slide;
}

interface SlideParts {
  kind: string;
  body: string;
  marking?: Marking | null;
  notes?: string;
  uncounted?: boolean;
}

function slide(ctx: Ctx, p: SlideParts): string {
  const marking = slideBanner(ctx.deck, p.marking);
  const attrs = [`class="bd-slide bd-${p.kind}"`];
  if (p.uncounted) attrs.push('data-visibility="uncounted"');
  const notes = p.notes ? renderNotes(p.notes) : '';
  // Each slide carries its language so :lang(ko) line breaking holds wherever the slide is
  // placed (export, editor preview, presenter), not only under a Korean <html>.
  if (isKoTag(ctx.deck.meta.lang)) attrs.push(`lang="${escapeAttr(ctx.deck.meta.lang)}"`);
  else if (ctx.korean && HANGUL.test(p.body + notes)) attrs.push('lang="ko"');
  return (
    `<section ${attrs.join(' ')}>` +
    bannerHtml(marking, 'top') +
    `<div class="bd-body">${p.body}</div>` +
    overlayHtml(ctx.deck.settings.overlay, isKoTag(ctx.deck.meta.lang) || ctx.korean) +
    bannerHtml(marking, 'bottom') +
    (notes ? `<aside class="notes">${notes}</aside>` : '') +
    `</section>`
  );
}

const isKoTag = (lang: string): boolean => lang === 'ko' || lang.startsWith('ko-');

function cites(ctx: Ctx, section: Section, ids: readonly string[]): string {
  const ns: number[] = [];
  for (const id of ids) {
    const n = ctx.sources.numberOf(section, id);
    if (n !== undefined && !ns.includes(n)) ns.push(n);
  }
  if (ns.length === 0) return '';
  return `<span class="bd-cite">${ns.map((n) => `[${n}]`).join('')}</span>`;
}

/** A point still being written (blank, no sub-points, no citation) is not a bullet yet. */
const isShown = (p: Point): boolean => p.text.trim() !== '' || p.children.length > 0 || p.cites.length > 0;

function pointList(ctx: Ctx, section: Section, points: readonly Point[], level: number): string {
  const shown = points.filter(isShown);
  if (shown.length === 0 || level > 3) return '';
  const items = shown
    .map((p) => `<li>${portionHtml(p.portion)}${renderInline(p.text)}${cites(ctx, section, p.cites)}${pointList(ctx, section, p.children, level + 1)}</li>`)
    .join('');
  // Only the outer list carries a class: nesting says the level (keeps 100-section files small).
  return level === 1 ? `<ul class="bd-points">${items}</ul>` : `<ul>${items}</ul>`;
}

function figure(ctx: Ctx, section: Section, f: KeyFigure): string {
  const source = f.sourceId ? cites(ctx, section, [f.sourceId]) : '';
  const asOf = f.asOf ? `<span class="bd-figure-asof">${escapeHtml(formatAsOf(f.asOf, ctx.labels.lang))}</span>` : '';
  return (
    `<div class="bd-figure">` +
    `<div class="bd-figure-value">${escapeHtml(f.value)}${f.unit ? `<span class="bd-figure-unit">${escapeHtml(f.unit)}</span>` : ''}</div>` +
    `<div class="bd-figure-label">${renderInline(f.label)}${source}</div>` +
    (asOf ? `<div class="bd-figure-meta">${asOf}</div>` : '') +
    `</div>`
  );
}

function figures(ctx: Ctx, section: Section): string {
  if (section.figures.length === 0) return '';
  return `<div class="bd-figures">${section.figures.map((f) => figure(ctx, section, f)).join('')}</div>`;
}

function image(section: Section): string {
  const img = section.image;
  if (!img || !IMAGE.test(img.dataUrl)) return '';
  return `<figure class="bd-image"><img src="${escapeAttr(img.dataUrl)}" alt="${escapeAttr(img.alt)}"></figure>`;
}

function heading(title: string, tag?: string): string {
  // A BLUF titled "Bottom line up front" needs no tag saying the same thing.
  if (tag && inlineToText(title).trim().toLowerCase() === tag.toLowerCase()) tag = undefined;
  return `<header>${tag ? `<span class="bd-tag">${escapeHtml(tag)}</span>` : ''}<h2>${renderInline(title)}</h2></header>`;
}

function sectionBody(ctx: Ctx, section: Section, tag?: string): string {
  const pts = pointList(ctx, section, section.points, 1);
  const img = image(section);
  const main = `<div class="bd-main">${pts}${figures(ctx, section)}</div>`;
  return heading(section.title, tag) + `<div class="bd-content${img ? ' bd-with-image' : ''}">${main}${img}</div>`;
}

function decisionBody(ctx: Ctx, section: Section): string {
  const d = section.decision;
  let html = heading(section.title);
  const parts: string[] = [];
  // A sub-heading that repeats the slide title ("Options" under "Options") is left out.
  const title = inlineToText(section.title).trim().toLowerCase();
  const label = (text: string): string => (title === text.toLowerCase() ? '' : `<h3>${escapeHtml(text)}</h3>`);
  if (d && d.problem.trim() !== '') parts.push(`<div class="bd-problem">${label(ctx.labels.problem)}<p>${renderInline(d.problem)}</p></div>`);
  if (d && d.options.length > 0) {
    const opts = d.options
      .map((o, i) => {
        const rec = o.id === d.recommendation;
        const badge = rec ? `<span class="bd-badge">${escapeHtml(ctx.labels.recommended)}</span>` : '';
        return `<li class="bd-option${rec ? ' bd-recommended' : ''}"><span class="bd-option-no">${i + 1}</span><div><strong class="bd-option-title">${renderInline(o.title)}</strong>${badge}${o.summary ? `<p>${renderInline(o.summary)}</p>` : ''}</div></li>`;
      })
      .join('');
    parts.push(`<div class="bd-options">${label(ctx.labels.options)}<ol>${opts}</ol></div>`);
  }
  const pts = pointList(ctx, section, section.points, 1);
  html += `<div class="bd-decision">${parts.join('')}${pts}${figures(ctx, section)}</div>`;
  return html;
}

function titleSlide(ctx: Ctx): string {
  const m = ctx.deck.meta;
  const line = (cls: string, v: string): string => (v.trim() ? `<p class="${cls}">${renderInline(v)}</p>` : '');
  const who = [m.presenter, m.office, m.organisation].filter((v) => v.trim() !== '').map((v) => renderInline(v)).join('<span class="bd-sep"> · </span>');
  const when = [escapeHtml(formatDeckDate(m.date, ctx.labels.lang)), escapeHtml(formatAsOf(m.asOf, ctx.labels.lang))].filter(Boolean).join('<span class="bd-sep"> · </span>');
  const body =
    `<div class="bd-title-block"><h1>${renderInline(m.title)}</h1>${line('bd-subtitle', m.subtitle)}</div>` +
    `<div class="bd-title-meta">${who ? `<p class="bd-who">${who}</p>` : ''}${when ? `<p class="bd-when">${when}</p>` : ''}</div>`;
  return slide(ctx, { kind: 'title', body });
}

function agendaSlides(ctx: Ctx, main: readonly Section[]): RenderedSlide[] {
  const out: RenderedSlide[] = [];
  const n = pages(main.length, AGENDA_PER_SLIDE);
  for (let page = 0; page < n; page++) {
    const chunk = main.slice(page * AGENDA_PER_SLIDE, (page + 1) * AGENDA_PER_SLIDE);
    const start = page * AGENDA_PER_SLIDE + 1;
    const lines = chunk.map((s) => agendaItem(ctx, s));
    const title = ctx.labels.agenda + (page > 0 ? ` (${ctx.labels.continued})` : '');
    out.push(cachedPage(ctx, `agenda-${page}`, lines, () => slide(ctx, { kind: 'agenda', body: heading(title) + `<ol class="bd-agenda" start="${start}">${lines.join('')}</ol>` })));
  }
  return out;
}

function agendaItem(ctx: Ctx, s: Section): string {
  let line = ctx.cache?.agendaItems.get(s);
  if (line === undefined) {
    line = `<li>${renderInline(s.title)}</li>`;
    ctx.cache?.agendaItems.set(s, line);
  }
  return line;
}

function sourceItem(ctx: Ctx, num: number, s: Source): string {
  const hit = ctx.cache?.sourceItems.get(s);
  // The date is written in the labels' language, so a language change re-renders the line.
  if (hit && hit.n === num && hit.lang === ctx.labels.lang) return hit.html;
  const url = safeUrl(s.url);
  const rest = [s.publisher, formatDeckDate(s.date, ctx.labels.lang)].filter((v) => v.trim() !== '').map(escapeHtml).join(', ');
  // The address is shown (printed decks need it) and is itself the link.
  const link = url ? `<a class="bd-source-url" href="${escapeAttr(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(url)}</a>` : '';
  const html = `<li value="${num}"><span class="bd-source-no">[${num}]</span> <cite>${escapeHtml(s.title)}</cite>${rest ? `, ${rest}` : ''}${link}</li>`;
  ctx.cache?.sourceItems.set(s, { n: num, lang: ctx.labels.lang, html });
  return html;
}

function sourceSlides(ctx: Ctx): RenderedSlide[] {
  const out: RenderedSlide[] = [];
  const { entries } = ctx.sources;
  const n = pages(entries.length, SOURCES_PER_SLIDE);
  for (let page = 0; page < n; page++) {
    const chunk = entries.slice(page * SOURCES_PER_SLIDE, (page + 1) * SOURCES_PER_SLIDE);
    const lines = chunk.map(({ n: num, source: s }) => sourceItem(ctx, num, s));
    const title = ctx.labels.sources + (page > 0 ? ` (${ctx.labels.continued})` : '');
    out.push(cachedPage(ctx, `sources-${page}`, lines, () => slide(ctx, { kind: 'sources', body: heading(title) + `<ol class="bd-sources">${lines.join('')}</ol>` })));
  }
  return out;
}

function closeSlide(ctx: Ctx): string {
  const m = ctx.deck.meta;
  const who = [m.presenter, m.office].filter((v) => v.trim() !== '').map((v) => renderInline(v)).join('<span class="bd-sep"> · </span>');
  const body = `<div class="bd-close-block"><h1>${escapeHtml(ctx.labels.questions)}</h1><p class="bd-close-title">${renderInline(m.title)}</p>${who ? `<p class="bd-who">${who}</p>` : ''}</div>`;
  return slide(ctx, { kind: 'close', body });
}

/** The numbers of the sources the section cites: all of the numbering its slide can show. */
function numbersOf(ctx: Ctx, section: Section): (number | undefined)[] {
  return sectionCites(section).map((id) => ctx.sources.numberOf(section, id));
}

function sectionSlide(ctx: Ctx, section: Section, uncounted: boolean): RenderedSlide {
  if (!ctx.cache) return renderSection(ctx, section, uncounted);
  const hit = ctx.cache.sections.get(section);
  if (hit && hit.ctxKey === ctx.ctxKey && hit.uncounted === uncounted) {
    // Same section (so same sources list) and same index: the same numbers, nothing to compare.
    if (hit.index === ctx.sources) return hit.slide;
    if (sameItems(hit.numbers, numbersOf(ctx, section))) {
      hit.index = ctx.sources;
      return hit.slide;
    }
  }
  const slide = renderSection(ctx, section, uncounted);
  ctx.cache.sections.set(section, { ctxKey: ctx.ctxKey, index: ctx.sources, uncounted, numbers: numbersOf(ctx, section), slide });
  return slide;
}

function renderSection(ctx: Ctx, section: Section, uncounted: boolean): RenderedSlide {
  const key = `section-${section.id}`;
  let kind: string;
  let body: string;
  if (section.kind === 'bluf') {
    kind = 'bluf';
    body = sectionBody(ctx, section, ctx.labels.bluf);
  } else if (section.kind === 'decision') {
    kind = 'decision';
    body = decisionBody(ctx, section);
  } else if (section.kind === 'backup') {
    kind = 'backup';
    body = sectionBody(ctx, section, ctx.labels.backup);
  } else {
    kind = 'content';
    body = sectionBody(ctx, section);
  }
  const html = slide(ctx, { kind, body, marking: section.marking, notes: section.notes, uncounted });
  return { key, sectionId: section.id, html };
}

/**
 * The whole deck as slides, in presentation order (see order.ts). With a cache (see
 * slide-cache.ts) slides whose inputs did not change come back as the very same objects and
 * strings, byte for byte what an uncached render gives.
 */
export function renderSlides(deck: Deck, cache?: SlideCache): RenderedSlide[] {
  const korean = isKoreanDeck(deck, cache);
  const labels = labelsFor(korean && !isKoTag(deck.meta.lang) && hasHangul(deck.meta.title) ? 'ko' : deck.meta.lang);
  // labels.agenda tells the two label sets apart; the marking is compared by value.
  const ctxKey = [deck.meta.lang, korean ? 'ko' : '', labels.agenda, markingKey(deck)].join('\u0000');
  const order = slideOrder(deck);
  const { main, backup } = order;
  const ctx: Ctx = { deck, labels, sources: cache ? cachedIndex(cache, deck) : indexSources(deck), korean, cache, ctxKey };
  const out: RenderedSlide[] = [cachedEnd(ctx, 'title', titleSlide)];
  if (deck.settings.agenda) out.push(...agendaSlides(ctx, main));
  for (const s of main) out.push(sectionSlide(ctx, s, false));
  out.push(...sourceSlides(ctx));
  out.push(cachedEnd(ctx, 'close', closeSlide));
  for (const s of backup) out.push(sectionSlide(ctx, s, true));
  return out;
}

/** The deck's source index, reused while the deck's sources and the citation order are unchanged. */
function cachedIndex(cache: SlideCache, deck: Deck): SourceIndex {
  const order = citationOrder(deck);
  if (cache.index && cache.index.sources === deck.sources && sameItems(cache.index.order, order)) return cache.index.index;
  const index = indexSources(deck, order);
  cache.index = { sources: deck.sources, order, index };
  return index;
}
