/**
 * layoutDeck(deck): every slide of the deck, decided once (see types.ts). Order:
 *   title · agenda pages · main sections (each over its parts) · sources pages · close ·
 *   backup sections (each over its parts; uncounted, labelled B-1, B-2…).
 * "n / N" counts every slide before the backups, continuation slides included.
 */
import type { Deck, Marking, Section } from '../model/schema.ts';
import { inlineToText } from '../markup/index.ts';
import { labelsFor, type Labels } from '../compile/labels.ts';
import { formatAsOf, formatDeckDate } from '../compile/dates.ts';
import { AGENDA_PER_SLIDE, SOURCES_PER_SLIDE, slideOrder } from '../compile/order.ts';
import { citationOrder, citeNumbers, indexSources, sectionCites, type SourceIndex } from '../compile/sources.ts';
import { markingKey, slideBanner } from '../compile/marking.ts';
import { frameFor, HEADING, LIST, SHRINK, TITLE, lineH, type Frame } from './frame.ts';
import { lineCount } from './measure.ts';
import { headingFor, layoutSection, layoutSectionFrom, type SectionPart } from './section.ts';
import { extraBlocks } from './extras.ts';
import { hasHangul, isKoTag, isKoreanDeck } from './lang.ts';
import type { Box, LaidOutDeck, LaidOutSlide, LayoutBlock, LayoutNotice, LayoutOptions, ResolvedMarking, SlideGeometry, SlideKind } from './types.ts';
import type { LayoutCache } from './cache.ts';
import { layoutWork } from './work.ts';

const HEX = /^#[0-9a-fA-F]{6}$/;

/**
 * The banner a slide carries: text and colours from the marking level (engine/marking), the
 * section override when it shows something, else the deck's (compile/marking.ts slideBanner).
 */
export function resolveMarking(section: Marking | null, deck: Marking): ResolvedMarking {
  const b = slideBanner({ marking: deck } as Deck, section);
  return {
    text: b.text,
    // Unvalidated colours fall back to the banner CSS default, never reaching a style.
    color: (HEX.test(b.color) ? b.color : '#007a33').toLowerCase(),
    textColor: (HEX.test(b.textColor) ? b.textColor : '#ffffff').toLowerCase(),
  };
}

/** "BLUF" over a title "BLUF" or "Bottom line up front" says it twice: no badge then. */
export function badgeFor(tag: string, title: string): string | null {
  const t = inlineToText(title).trim().toLowerCase();
  const b = tag.toLowerCase();
  const initials = b
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('');
  if (t === b || t === initials || t.startsWith(b) || t.startsWith(initials + ' ') || t.startsWith(initials + ':') || t.includes(`(${initials})`)) return null;
  return tag;
}

export interface DeckEnv {
  deck: Deck;
  frame: Frame;
  labels: Labels;
  lang: string;
  korean: boolean;
  sources: SourceIndex;
  /** Everything besides a section's own content its parts depend on. */
  ctxKey: string;
}

export function deckEnv(deck: Deck, cache?: LayoutCache): DeckEnv {
  const korean = isKoreanDeck(deck, cache?.hangul);
  const labels = labelsFor(korean && !isKoTag(deck.meta.lang) && hasHangul(deck.meta.title) ? 'ko' : deck.meta.lang);
  const frame = frameFor(deck.settings.aspect);
  const ctxKey = [deck.meta.lang, korean ? 'ko' : '', labels.agenda, markingKey(deck), frame.width, deck.settings.fit ?? 'continue'].join('\u0000');
  const sources = cache ? cachedIndex(cache, deck) : indexSources(deck);
  return { deck, frame, labels, lang: isKoTag(deck.meta.lang) ? deck.meta.lang : korean ? 'ko' : deck.meta.lang, korean, sources, ctxKey };
}

/** The source index, reused while the deck's sources and the citation order are unchanged. */
function cachedIndex(cache: LayoutCache, deck: Deck): SourceIndex {
  const order = citationOrder(deck, cache.cites);
  const hit = cache.index;
  if (hit && hit.sources === deck.sources && hit.order.length === order.length && hit.order.every((id, i) => id === order[i])) return hit.index;
  const index = indexSources(deck, order);
  cache.index = { sources: deck.sources, order, index };
  return index;
}

function plainGeometry(frame: Frame, heading: { px: number; lines: number; h: number } | null): SlideGeometry {
  const w = frame.width - 2 * frame.padX;
  const bodyTop = heading ? frame.top + heading.h + HEADING.marginBottom : frame.top;
  return {
    bannerTop: { x: 0, y: 0, w: frame.width, h: 32 },
    bannerBottom: { x: 0, y: frame.height - 32, w: frame.width, h: 32 },
    bannerPx: 18,
    heading: heading ? { x: frame.padX, y: frame.top, w, h: heading.h } : null,
    headingPx: heading?.px ?? 0,
    headingLines: heading?.lines ?? 0,
    body: { x: frame.padX, y: bodyTop, w, h: frame.bottom - bodyTop },
    number: { x: frame.width - 140, y: frame.height - 60, w: 120, h: 16 },
    numberPx: 16,
  };
}

/** The numbers of the sources the section cites: all the numbering its slides can show. */
export function numbersOf(env: DeckEnv, section: Section, cache?: LayoutCache): (number | undefined)[] {
  return sectionCites(section, cache?.cites).map((id) => env.sources.numberOf(section, id));
}

export function sectionParts(env: DeckEnv, section: Section, cache?: LayoutCache): SectionPart[] {
  const numbers = cache ? numbersOf(env, section, cache) : [];
  const hit = cache?.sections.get(section);
  if (hit && hit.ctxKey === env.ctxKey && hit.numbers.length === numbers.length && hit.numbers.every((n, i) => n === numbers[i])) return hit.parts;
  const tag = section.kind === 'bluf' ? env.labels.bluf : section.kind === 'backup' ? env.labels.backup : null;
  // The section's last layout at a scale, built on when the deck around it is the same
  // (the env key: deck context and the numbers of the sources this section cites).
  const key = cache ? `${env.ctxKey}\u0001${sectionCites(section, cache.cites).map((id, i) => `${id}=${numbers[i] ?? ''}`).join(',')}` : '';
  const run = (scale: number): SectionPart[] => {
    const env2 = { frame: env.frame, cite: (id: string) => env.sources.numberOf(section, id), labels: env.labels, badge: tag ? badgeFor(tag, section.title) : null, scale, key };
    if (!cache) return layoutSection(env2, section);
    const slot = `${section.id}\u0000${scale}`;
    const { parts, memo } = layoutSectionFrom(env2, section, cache.flows.get(slot) ?? null);
    cache.flows.set(slot, memo);
    return parts;
  };
  let parts = run(1);
  // The small last resort: a section that misses one slide by a little (two parts) is set 7%
  // smaller rather than continued, never below the minimums (26 px sub-points → 24.2 px).
  // settings.fit 'one-slide' tries the shrink step for any section that does not fit; what
  // still does not fit is not cut: it continues, and the layout flags it (notice 'overflow').
  const oneSlide = env.deck.settings.fit === 'one-slide';
  if (parts.length === 2 || (oneSlide && parts.length > 1)) {
    const tight = run(SHRINK);
    if (tight.length === 1 || oneSlide) parts = tight;
  }
  cache?.sections.set(section, { ctxKey: env.ctxKey, numbers, parts });
  return parts;
}

function base(env: DeckEnv, key: string, kind: SlideKind, title: string, blocks: LayoutBlock[], geometry: SlideGeometry, marking?: Marking | null): LaidOutSlide {
  return {
    key,
    kind,
    sectionId: null,
    part: 1,
    parts: 1,
    title,
    badge: null,
    number: { counted: true, n: 0, total: 0 },
    marking: resolveMarking(marking ?? null, env.deck.marking),
    lang: env.lang,
    blocks,
    notes: '',
    geometry,
    scale: 1,
    overflow: false,
  };
}

function titleSlide(env: DeckEnv): LaidOutSlide {
  const m = env.deck.meta;
  const { frame } = env;
  const w = frame.width - 2 * TITLE.padX;
  const g = plainGeometry(frame, null);
  const box = { x: TITLE.padX, y: frame.top, w, h: frame.bottom - frame.top };
  const asOf = formatAsOf(m.asOf, env.labels.lang);
  const date = formatDeckDate(m.date, env.labels.lang);
  return base(env, 'title', 'title', m.title, [{ kind: 'title', box, title: m.title, subtitle: m.subtitle, presenter: m.presenter, office: m.office, organisation: m.organisation, date, asOf }], g);
}

/** Title sizes for the title slide: step down while the title wraps past three lines. */
export function titleSize(title: string, width: number): number {
  for (const px of TITLE.titleSizes) if (lineCount(title, px, width, 0, true) <= 3) return px;
  return TITLE.titleSizes[TITLE.titleSizes.length - 1] as number;
}

function agendaSlides(env: DeckEnv, main: readonly Section[]): LaidOutSlide[] {
  const out: LaidOutSlide[] = [];
  const { frame, labels } = env;
  const head = headingFor(`${labels.agenda} (${labels.continued})`, null, frame.width - 2 * frame.padX);
  const g = plainGeometry(frame, head);
  const w = g.body.w - LIST.agendaIndent;
  const lh = lineH(LIST.agendaPx, LIST.agendaLh);
  let i = 0;
  while (i < main.length) {
    const items: { sectionId: string; title: string; slideKey: string; y: number; h: number }[] = [];
    let used = 0;
    while (i < main.length && items.length < AGENDA_PER_SLIDE) {
      const s = main[i] as Section;
      const h = lineCount(s.title, LIST.agendaPx, w) * lh;
      const gap = items.length === 0 ? 0 : LIST.agendaGap;
      if (items.length > 0 && used + gap + h > g.body.h) break;
      items.push({ sectionId: s.id, title: s.title, slideKey: `section-${s.id}`, y: used + gap, h });
      used += gap + h;
      i++;
    }
    const page = out.length;
    const y0 = g.body.y + (g.body.h - used) / 2;
    const block: LayoutBlock = { kind: 'agenda', box: { x: g.body.x, y: y0, w: g.body.w, h: used }, start: i - items.length + 1, items: items.map(({ sectionId, title, slideKey }) => ({ sectionId, title, slideKey })), fontPx: LIST.agendaPx };
    out.push(base(env, `agenda-${page}`, 'agenda', labels.agenda + (page > 0 ? ` (${labels.continued})` : ''), [block], g));
  }
  return out;
}

function sourceSlides(env: DeckEnv): LaidOutSlide[] {
  const out: LaidOutSlide[] = [];
  const { frame, labels } = env;
  const head = headingFor(`${labels.sources} (${labels.continued})`, null, frame.width - 2 * frame.padX);
  const g = plainGeometry(frame, head);
  const w = g.body.w - LIST.sourceIndent;
  const entries = env.sources.entries;
  let i = 0;
  while (i < entries.length) {
    const chunk: typeof entries = [];
    let used = 0;
    while (i < entries.length && chunk.length < SOURCES_PER_SLIDE) {
      const { source: s } = entries[i] as (typeof entries)[number];
      const line = [s.title, s.publisher, formatDeckDate(s.date, env.labels.lang)].filter((v) => v.trim() !== '').join(', ');
      const h = lineCount(line, LIST.sourcePx, w, 0, true) * lineH(LIST.sourcePx, LIST.sourceLh) + (s.url ? lineCount(s.url.replace(/(.{12})/g, '$1 '), LIST.urlPx, w) * lineH(LIST.urlPx, LIST.sourceLh) : 0);
      const gap = chunk.length === 0 ? 0 : LIST.sourceGap;
      if (chunk.length > 0 && used + gap + h > g.body.h) break;
      chunk.push(entries[i] as (typeof entries)[number]);
      used += gap + h;
      i++;
    }
    const page = out.length;
    const block: LayoutBlock = {
      kind: 'sources',
      box: { x: g.body.x, y: g.body.y, w: g.body.w, h: used },
      entries: chunk.map(({ n, source: s }) => ({ n, title: s.title, publisher: s.publisher, date: formatDeckDate(s.date, env.labels.lang), url: s.url })),
      fontPx: LIST.sourcePx,
    };
    out.push(base(env, `sources-${page}`, 'sources', labels.sources + (page > 0 ? ` (${labels.continued})` : ''), [block], g));
  }
  return out;
}

function closeSlide(env: DeckEnv): LaidOutSlide {
  const m = env.deck.meta;
  const g = plainGeometry(env.frame, null);
  const who = [m.presenter, m.office].filter((v) => v.trim() !== '');
  return base(env, 'close', 'close', env.labels.questions, [{ kind: 'close', box: g.body, heading: env.labels.questions, title: m.title, who }], g);
}

/**
 * A section's table and chart blocks, one per slide. The table's are kept per table object and
 * the chart's per chart object, each with the numbers it cites: typing in a cell draws that
 * table again, not the chart beside it nor any other section's.
 */
interface ExtrasMemo {
  key: string;
  blocks: LayoutBlock[];
}
const tableMemo = new WeakMap<object, ExtrasMemo>();
const chartMemo = new WeakMap<object, ExtrasMemo>();

function sectionExtraBlocks(env: DeckEnv, section: Section, body: Box): LayoutBlock[] {
  const { table, chart } = section;
  if (!table && !chart) return [];
  const cite = (ids: readonly string[]): string => {
    const ns = citeNumbers(env.sources, section, ids);
    return ns.length ? `<span class="bd-cite">${ns.map((n) => `[${n}]`).join('')}</span>` : '';
  };
  const lang = env.korean && !isKoTag(env.deck.meta.lang) ? 'ko' : env.deck.meta.lang;
  const extrasEnv = { lang, continued: env.labels.continued, cite };
  // What the blocks depend on besides the table or chart itself: the section id (ids in the
  // markup), the deck context, the body box and the numbers of the sources cited.
  const base = `${env.ctxKey}\u0000${section.id}\u0000${body.x},${body.y},${body.w},${body.h}`;
  const numbers = (ids: readonly string[]): string => ids.map((id) => env.sources.numberOf(section, id) ?? '').join(',');
  const memo = (store: WeakMap<object, ExtrasMemo>, of: object, key: string, make: () => LayoutBlock[]): LayoutBlock[] => {
    const hit = store.get(of);
    if (hit && hit.key === key) return hit.blocks;
    const blocks = make();
    layoutWork.extras += blocks.length;
    store.set(of, { key, blocks });
    return blocks;
  };
  const out: LayoutBlock[] = [];
  if (table) out.push(...memo(tableMemo, table, `${base}\u0000${numbers(tableCites(table))}`, () => extraBlocks({ ...section, chart: null }, body, extrasEnv)));
  if (chart) out.push(...memo(chartMemo, chart, `${base}\u0000${numbers(chart.sourceId ? [chart.sourceId] : [])}`, () => extraBlocks({ ...section, table: null }, body, extrasEnv)));
  return out;
}

/** Every source id a table cites (cells, then its own source). */
function tableCites(t: NonNullable<Section['table']>): string[] {
  const out: string[] = [];
  for (const c of t.header) out.push(...c.cites);
  for (const row of t.rows) for (const c of row) out.push(...c.cites);
  if (t.sourceId) out.push(t.sourceId);
  return out;
}

/** A block alone on its slide, as the same one-element array each time (the HTML cache keys on it). */
const alone = new WeakMap<LayoutBlock, LayoutBlock[]>();
function aloneOf(b: LayoutBlock): LayoutBlock[] {
  let one = alone.get(b);
  if (!one) alone.set(b, (one = [b]));
  return one;
}

function partSlides(env: DeckEnv, section: Section, cache?: LayoutCache): LaidOutSlide[] {
  const laid = partsWithExtras(env, section, sectionParts(env, section, cache), cache);
  const marking = resolveMarking(section.marking, env.deck.marking);
  return laid.map((p) => ({
    key: p.part === 1 ? `section-${section.id}` : `section-${section.id}-${p.part}`,
    kind: section.kind,
    sectionId: section.id,
    part: p.part,
    parts: p.parts,
    title: p.title,
    badge: p.badge,
    number: { counted: true, n: 0, total: 0 },
    marking: { ...marking },
    lang: env.lang,
    blocks: p.blocks,
    notes: p.notes,
    geometry: p.geometry,
    scale: p.scale,
    overflow: false,
  }));
}

/**
 * The section's parts with its table and chart slides after them: on the first part when it
 * holds nothing else (a table-only section), else on "(cont.)" slides of their own, each with
 * the heading and the body box of the section's first slide.
 */
function partsWithExtras(env: DeckEnv, section: Section, parts: SectionPart[], cache?: LayoutCache): SectionPart[] {
  const first = parts[0];
  if (!first || (!section.table && !section.chart)) return parts;
  // The parts array comes back from the cache only for the same section in the same context
  // with the same source numbers (sectionParts), and then so would the table and chart slides.
  const hit = cache?.withExtras.get(parts);
  if (hit) return hit;
  const extras = sectionExtraBlocks(env, section, first.geometry.body);
  if (extras.length === 0) return parts;
  const out = [...parts];
  let queue = extras;
  if (first.blocks.length === 0 && parts.length === 1) {
    out[0] = { ...first, blocks: aloneOf(queue[0] as LayoutBlock) };
    queue = queue.slice(1);
  }
  const cont = `${section.title} (${env.labels.continued})`;
  // The notes rule of every continuation: on the first slide; later slides say where they are.
  const later = section.notes.trim() !== '' ? env.labels.notesContinued : '';
  for (const b of queue) out.push({ ...first, title: cont, blocks: aloneOf(b), notes: later });
  const all = out.map((p, i) => ({ ...p, part: i + 1, parts: out.length }));
  cache?.withExtras.set(parts, all);
  return all;
}

/** Title, agenda, sources and close: from the cache when what they show did not change. */
function generatedSlides(env: DeckEnv, main: readonly Section[], cache?: LayoutCache): { title: LaidOutSlide; close: LaidOutSlide; agenda: LaidOutSlide[]; sources: LaidOutSlide[] } {
  const titles = main.map((s) => `${s.id}\u0000${s.title}`);
  const g = cache?.generated;
  const same = g !== null && g !== undefined && g.ctxKey === env.ctxKey;
  const meta = env.deck.meta;
  const title = same && g.meta === meta ? g.title : titleSlide(env);
  const close = same && g.meta === meta ? g.close : closeSlide(env);
  const agenda = same && g.agendaTitles.length === titles.length && g.agendaTitles.every((t, i) => t === titles[i]) ? g.agenda : agendaSlides(env, main);
  const sources = same && g.index === env.sources ? g.sources : sourceSlides(env);
  if (cache) cache.generated = { ctxKey: env.ctxKey, meta, title, close, agendaTitles: titles, agenda, index: env.sources, sources };
  return { title, close, agenda, sources };
}

/** Lay out the deck (see the file comment and types.ts). */
export function layoutDeck(deck: Deck, opts: LayoutOptions = {}): LaidOutDeck {
  const cache = opts.cache as LayoutCache | undefined;
  // A prefix (a staged open) is its own answer: never memoised as, or served from, the whole deck's.
  if (opts.mainSections !== undefined && opts.mainSections < slideOrder(deck).main.length) return layoutDeckOnce(deck, cache, opts.mainSections);
  // The same deck object laid out again (the preview's slide count after its render): the same answer.
  if (cache?.last && cache.last.deck === deck) return cache.last.laid;
  const laid = layoutDeckOnce(deck, cache, undefined);
  if (cache) {
    cache.last = { deck, laid };
    pruneFlows(cache, deck);
  }
  return laid;
}

/** Forget the flow memos of sections no longer in the deck, once there are many of them. */
function pruneFlows(cache: LayoutCache, deck: Deck): void {
  if (cache.flows.size <= 2 * deck.sections.length + 32) return;
  const ids = new Set(deck.sections.map((s) => s.id));
  for (const slot of cache.flows.keys()) if (!ids.has(slot.slice(0, slot.indexOf('\u0000')))) cache.flows.delete(slot);
}

function layoutDeckOnce(deck: Deck, cache: LayoutCache | undefined, mainSections: number | undefined): LaidOutDeck {
  const env = deckEnv(deck, cache);
  const { main, backup } = slideOrder(deck);
  const gen = generatedSlides(env, main, cache);
  const slides: LaidOutSlide[] = [gen.title];
  if (deck.settings.agenda) slides.push(...gen.agenda);
  const notices: LayoutNotice[] = [];
  const limit = mainSections ?? main.length;
  for (const s of limit < main.length ? main.slice(0, limit) : main) slides.push(...partSlides(env, s, cache));
  if (limit < main.length) {
    // A prefix (see LayoutOptions.mainSections): numbered as far as it goes, no notices. Copies:
    // the cached slide objects belong to the whole deck's layout, which numbers them itself.
    const prefix = slides.map((s, i) => ({ ...s, number: { counted: true as const, n: i + 1, total: slides.length } }));
    return { size: { width: env.frame.width, height: env.frame.height }, slides: prefix, counted: prefix.length, backups: 0, notices };
  }
  slides.push(...gen.sources);
  slides.push(gen.close);
  const counted = slides.length;
  slides.forEach((s, i) => (s.number = { counted: true, n: i + 1, total: counted }));
  let b = 0;
  for (const s of backup) {
    for (const p of partSlides(env, s, cache)) {
      p.number = { counted: false, label: `${env.labels.backupNo}-${++b}` };
      slides.push(p);
    }
  }
  // A continued section is news, not an error: name its slides.
  const bySection = new Map<string, LaidOutSlide[]>();
  for (const s of slides) {
    if (!s.sectionId || s.parts <= 1) continue;
    const list = bySection.get(s.sectionId);
    if (list) list.push(s);
    else bySection.set(s.sectionId, [s]);
  }
  for (const s of slides) if (s.sectionId && s.scale < 1 && s.parts === 1) notices.push({ kind: 'shrunk', sectionId: s.sectionId, slideKeys: [s.key], labels: [s.number.counted ? String(s.number.n) : s.number.label] });
  const oneSlide = deck.settings.fit === 'one-slide';
  for (const [sectionId, ss] of bySection) {
    if (oneSlide) for (const s of ss) s.overflow = true;
    notices.push({ kind: oneSlide ? 'overflow' : 'continued', sectionId, slideKeys: ss.map((s) => s.key), labels: ss.map((s) => (s.number.counted ? String(s.number.n) : s.number.label)) });
  }
  return { size: { width: env.frame.width, height: env.frame.height }, slides, counted, backups: b, notices };
}
