/**
 * PowerPoint (.pptx) → Deck: the last briefing, brought in as talking points.
 *
 * What comes in: slide titles (sections), body text as points with their outline levels
 * (nested to the deck's depth), bold / italic / http(s) links as our inline markup, speaker
 * notes, and the first picture of a slide with its alt text. What cannot become talking
 * points (charts, SmartArt, tables, video, animations) is counted and reported in one notice.
 * A slide laid out as a title slide (ctrTitle) first in the deck gives the deck its title.
 *
 * The file is untrusted: zip budgets (zip.ts), strict XML without DOCTYPEs (xml.ts), and the
 * result goes through restoreDeck like any file.
 */
import { FORMAT_VERSION, createDeck, newId, restoreDeck } from '../../../engine/format/index.ts';
import { LIMITS } from '../../../engine/model/defaults.ts';
import type { Deck, Point } from '../../../engine/model/schema.ts';
import { MAX_IMAGE_BYTES, imageDataUrl, sniffImageType } from '../../../engine/images/index.ts';
import { BudgetZip, ZipRefused } from './zip.ts';
import type { UiMessage } from '../../../engine/i18n/ui-message.ts';
import { XmlRefused, descendants, elements, first, parseXml, path, type XmlElement } from './xml.ts';

export interface PptxImport {
  deck: Deck;
  /** What was left behind or bent, one short phrase each (for one notice / stderr). */
  warnings: string[];
  /** The same warnings for the UI, in its language. */
  warningsUi: UiMessage[];
}

/** A file we will not import: `message` in English for the CLI, `reason` for the UI. */
export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly reason: UiMessage,
  ) {
    super(message);
  }
}

/** XML parts are text; none of a real deck's comes near this. */
const MAX_XML_BYTES = 16 * 1024 * 1024;
const CHART_URI = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DIAGRAM_URI = 'http://schemas.openxmlformats.org/drawingml/2006/diagram';
const TABLE_URI = 'http://schemas.openxmlformats.org/drawingml/2006/table';

interface Rel {
  target: string;
  external: boolean;
}

interface LeftBehind {
  citations: number;
  charts: number;
  smartArt: number;
  tables: number;
  media: number;
  animations: number;
  pictures: number;
}

/** `ppt/slides/slide1.xml` + `../media/a.png` → `ppt/media/a.png`. */
function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Backslash-escapes what our inline markup would read as formatting. */
export function escapeMarkup(text: string): string {
  return text.replace(/[\\*`[\]]/g, (c) => `\\${c}`).replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (m) => m.replace('_', '\\_'));
}

/** Text XML 1.0 and our fields do not want: C0 controls (tab becomes a space), stray whitespace. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[\t\u00A0]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

class Reader {
  readonly warnings: string[] = [];
  readonly warningsUi: UiMessage[] = [];
  warn(message: string, ui: UiMessage): void {
    this.warnings.push(message);
    this.warningsUi.push(ui);
  }
  readonly left: LeftBehind = { citations: 0, charts: 0, smartArt: 0, tables: 0, media: 0, animations: 0, pictures: 0 };
  constructor(
    readonly zip: BudgetZip,
    readonly what: string,
  ) {}

  async xml(part: string): Promise<XmlElement | null> {
    const text = await this.zip.text(part, MAX_XML_BYTES);
    if (text === null) return null;
    return parseXml(text, `${this.what}: ${part}`);
  }

  async rels(part: string): Promise<Map<string, Rel>> {
    const map = new Map<string, Rel>();
    const root = await this.xml(relsPath(part));
    if (!root) return map;
    for (const r of elements(root, 'Relationship')) {
      const id = r.attrs.Id;
      const target = r.attrs.Target;
      if (!id || !target) continue;
      const external = r.attrs.TargetMode === 'External';
      map.set(id, { target: external ? target : resolvePart(part, target), external });
    }
    return map;
  }

  /**
   * One `a:p` as inline markup: runs with bold/italic, http(s) links, line breaks as spaces.
   * A title's runs are bold by design, so `heading` leaves bold out. Superscript citation marks
   * (`[1]`, as Briefdeck's own export writes them) cannot point at a source here: they are
   * counted as left behind rather than kept as literal brackets.
   */
  paragraph(p: XmlElement, rels: Map<string, Rel>, heading = false): string {
    let out = '';
    for (const c of elements(p)) {
      if (c.name === 'a:br') out += ' ';
      else if (c.name === 'a:fld' || c.name === 'a:r') {
        const raw = clean(elements(c, 'a:t').map(textOfPlain).join(''));
        if (!raw) {
          out += elements(c, 'a:t').map(textOfPlain).join('').replace(/\s+/g, ' ');
          continue;
        }
        const rPr = first(c, 'a:rPr');
        if (Number(rPr?.attrs.baseline ?? '0') > 0 && /^(?:\[\d{1,4}\])+$/.test(raw)) {
          this.left.citations++;
          continue;
        }
        let piece = escapeMarkup(raw);
        const link = rPr ? first(rPr, 'a:hlinkClick') : undefined;
        const rel = link?.attrs['r:id'] ? rels.get(link.attrs['r:id']) : undefined;
        if (rel?.external && /^(https?:|mailto:)/i.test(rel.target) && rel.target.length <= 2000) piece = `[${piece}](${rel.target.replace(/[()\s]/g, encodeURIComponent)})`;
        if (!heading && (rPr?.attrs.b === '1' || rPr?.attrs.b === 'true')) piece = `**${piece}**`;
        if (rPr?.attrs.i === '1' || rPr?.attrs.i === 'true') piece = `*${piece}*`;
        // Keep the run's own edge spaces outside the delimiters (markup needs them hugging text).
        const lead = /^\s/.test(elements(c, 'a:t').map(textOfPlain).join('')) ? ' ' : '';
        const trail = /\s$/.test(elements(c, 'a:t').map(textOfPlain).join('')) ? ' ' : '';
        out += lead + piece + trail;
      }
    }
    return out.replace(/\*\*\*\*|\*\*(\s*)\*\*/g, '$1').replace(/ {2,}/g, ' ').trim();
  }

  /** Paragraphs of a text body with their outline level (0-based). */
  /** Paragraphs of a text body with their outline level (0-based) and largest run size (1/100 pt, 0 when unset). */
  paragraphs(txBody: XmlElement, rels: Map<string, Rel>, heading = false): { level: number; text: string; size: number }[] {
    const out: { level: number; text: string; size: number }[] = [];
    for (const p of elements(txBody, 'a:p')) {
      const text = this.paragraph(p, rels, heading);
      if (!text) continue;
      const lvl = Number(first(p, 'a:pPr')?.attrs.lvl ?? '0');
      const size = Math.max(0, ...elements(p, 'a:r').map((r) => Number(first(r, 'a:rPr')?.attrs.sz ?? '0') || 0));
      out.push({ level: Number.isFinite(lvl) && lvl >= 0 ? Math.min(lvl, 8) : 0, text: text.slice(0, LIMITS.textChars), size });
    }
    return out;
  }
}

function textOfPlain(t: XmlElement): string {
  return t.children.filter((c): c is string => typeof c === 'string').join('');
}

/** Flat (level, text) lines → nested points, capped at the deck's depth. */
export function nestPoints(lines: { level: number; text: string }[], warn: (m: string, ui: UiMessage) => void): Point[] {
  const roots: Point[] = [];
  const stack: { level: number; point: Point }[] = [];
  let capped = false;
  for (const l of lines) {
    const point: Point = { id: newId('p'), text: l.text, cites: [], children: [] };
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= l.level) stack.pop();
    if (stack.length >= LIMITS.pointDepth) {
      capped = true;
      stack.length = LIMITS.pointDepth - 1;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.point.children.push(point);
    else roots.push(point);
    stack.push({ level: l.level, point });
  }
  if (capped) warn(`bullets deeper than ${LIMITS.pointDepth} levels were kept at level ${LIMITS.pointDepth}`, { key: 'importing:warn.tooDeep', params: { max: LIMITS.pointDepth } });
  return roots;
}

/**
 * The shape's role: its placeholder type, or, for a plain text box, what its name says
 * ("Title 1", "Slide Number 4": PowerPoint's names, which Briefdeck's export uses too).
 */
function placeholderType(sp: XmlElement): string | null {
  const ph = path(sp, 'p:nvSpPr', 'p:nvPr', 'p:ph');
  if (ph) return ph.attrs.type ?? 'body';
  const name = path(sp, 'p:nvSpPr', 'p:cNvPr')?.attrs.name ?? '';
  if (/^title\b/i.test(name)) return 'title';
  if (/^slide number\b/i.test(name)) return 'sldNum';
  if (/^(?:date|footer|header)\b/i.test(name)) return 'ftr';
  return null;
}

interface SlideDraft {
  title: string;
  subtitle: string;
  isTitleSlide: boolean;
  lines: { level: number; text: string }[];
  notes: string;
  image: { dataUrl: string; alt: string } | null;
}

async function readSlide(r: Reader, part: string): Promise<SlideDraft> {
  const root = await r.xml(part);
  if (!root) throw new ImportRefused(`${r.what}: ${part} is missing`, { key: 'importing:refused.partMissing', params: { part } });
  const rels = await r.rels(part);
  const draft: SlideDraft = { title: '', subtitle: '', isTitleSlide: false, lines: [], notes: '', image: null };
  const tree = path(root, 'p:cSld', 'p:spTree');
  if (tree) await walkShapes(r, tree, rels, draft);
  if (first(root, 'p:timing') && descendants(first(root, 'p:timing') as XmlElement, 'p:par').length > 0) r.left.animations++;
  // Notes: the notes slide's body placeholder.
  for (const rel of rels.values()) {
    if (rel.external || !/notesSlide\d*\.xml$/.test(rel.target)) continue;
    const notes = await r.xml(rel.target);
    const nrels = await r.rels(rel.target);
    const ntree = notes ? path(notes, 'p:cSld', 'p:spTree') : undefined;
    if (!ntree) continue;
    const paras: string[] = [];
    for (const sp of descendants(ntree, 'p:sp')) {
      if (placeholderType(sp) !== 'body') continue;
      const body = first(sp, 'p:txBody');
      if (body) paras.push(...r.paragraphs(body, nrels).map((p) => p.text));
    }
    draft.notes = paras.join('\n').slice(0, 100_000);
  }
  return draft;
}

async function walkShapes(r: Reader, tree: XmlElement, rels: Map<string, Rel>, draft: SlideDraft): Promise<void> {
  for (const el of elements(tree)) {
    if (el.name === 'p:grpSp') {
      await walkShapes(r, el, rels, draft);
    } else if (el.name === 'p:sp') {
      const type = placeholderType(el);
      const body = first(el, 'p:txBody');
      if (!body) continue;
      const paras = r.paragraphs(body, rels, type === 'title' || type === 'ctrTitle' || type === 'subTitle');
      if (paras.length === 0) continue;
      if (type === 'title' || type === 'ctrTitle') {
        if (!draft.title) {
          // A title box may carry a small kicker or subtitle line: the title is its largest text.
          const biggest = Math.max(0, ...paras.map((p) => p.size));
          const isTitle = (p: { size: number }) => biggest === 0 || p.size >= biggest * 0.75;
          draft.title = paras.filter(isTitle).map((p) => p.text).join(' ');
          if (!draft.subtitle) draft.subtitle = paras.filter((p) => !isTitle(p)).map((p) => p.text)[0] ?? '';
        }
        if (type === 'ctrTitle') draft.isTitleSlide = true;
      } else if (type === 'subTitle') {
        draft.subtitle = paras.map((p) => p.text).join(' ');
      } else if (type === 'dt' || type === 'ftr' || type === 'sldNum' || type === 'hdr') {
        // Date, footer and slide-number placeholders are furniture, not talking points.
      } else {
        draft.lines.push(...paras);
      }
    } else if (el.name === 'p:pic') {
      const blip = descendants(el, 'a:blip')[0];
      const rel = blip?.attrs['r:embed'] ? rels.get(blip.attrs['r:embed']) : undefined;
      const isMedia = descendants(el, 'a:videoFile').length + descendants(el, 'a:audioFile').length + descendants(el, 'p14:media').length > 0;
      if (isMedia) r.left.media++;
      if (!rel || rel.external || draft.image) {
        if (!isMedia) r.left.pictures++;
        continue;
      }
      const bytes = await r.zip.bytes(rel.target, MAX_IMAGE_BYTES + 1);
      const kind = bytes ? sniffImageType(bytes) : null;
      if (!bytes || !kind || bytes.length > MAX_IMAGE_BYTES) {
        r.left.pictures++;
        continue;
      }
      const alt = clean(path(el, 'p:nvPicPr', 'p:cNvPr')?.attrs.descr ?? '').slice(0, 1000);
      draft.image = { dataUrl: imageDataUrl(bytes, kind), alt };
    } else if (el.name === 'p:graphicFrame') {
      const uri = descendants(el, 'a:graphicData')[0]?.attrs.uri ?? '';
      if (uri === CHART_URI || uri.endsWith('/chart')) r.left.charts++;
      else if (uri === DIAGRAM_URI) r.left.smartArt++;
      else if (uri === TABLE_URI) r.left.tables++;
    }
  }
}

function tooManySlides(count: number): UiMessage {
  return { key: 'importing:refused.tooManySlides', params: { count, max: LIMITS.sections } };
}

function leftBehindNotice(left: LeftBehind): { message: string; ui: UiMessage } | null {
  const parts: string[] = [];
  const items: UiMessage[] = [];
  const say = (n: number, one: string, many: string, key: string) => {
    if (n <= 0) return;
    parts.push(`${n} ${n === 1 ? one : many}`);
    items.push({ key, params: { count: n } });
  };
  say(left.charts, 'chart', 'charts', 'importing:left.charts');
  say(left.smartArt, 'SmartArt graphic', 'SmartArt graphics', 'importing:left.smartArt');
  say(left.tables, 'table', 'tables', 'importing:left.tables');
  say(left.media, 'video or sound', 'videos or sounds', 'importing:left.media');
  say(left.animations, 'slide with animations', 'slides with animations', 'importing:left.animations');
  say(left.pictures, 'further picture', 'further pictures', 'importing:left.pictures');
  say(left.citations, 'citation mark', 'citation marks', 'importing:left.citations');
  if (!parts.length) return null;
  // The list as nested "a, b" messages, so each language words its own items and separator.
  const list = items.reduceRight<UiMessage | null>((rest, item) => (rest ? { key: 'importing:left.and', params: { first: item, rest } } : item), null);
  return {
    message: `left behind: ${parts.join(', ')} (not talking points; only each slide's first picture comes in)`,
    ui: { key: 'importing:warn.leftBehind', params: { list: list! } },
  };
}

/** Reads a .pptx's bytes into a Deck; throws ImportRefused with one line for a bad file. */
export async function importPptx(bytes: Uint8Array, name: string): Promise<PptxImport> {
  try {
    return await read(bytes, name);
  } catch (e) {
    if (e instanceof ZipRefused || e instanceof XmlRefused) throw new ImportRefused(e.message, e.reason);
    throw e;
  }
}

async function read(bytes: Uint8Array, name: string): Promise<PptxImport> {
  const zip = await BudgetZip.open(bytes, name);
  if (!zip.has('ppt/presentation.xml')) {
    if (zip.has('word/document.xml')) throw new ImportRefused(`${name} is a Word document, not a PowerPoint file`, { key: 'importing:refused.word' });
    if (zip.has('xl/workbook.xml')) throw new ImportRefused(`${name} is an Excel workbook, not a PowerPoint file`, { key: 'importing:refused.excel' });
    throw new ImportRefused(`${name} is a zip file but not a PowerPoint presentation (no ppt/presentation.xml)`, { key: 'importing:refused.notPptx' });
  }
  const r = new Reader(zip, name);
  // Count the slide list before building a tree of it: 100 000 slides are refused at a glance.
  const presText = (await zip.text('ppt/presentation.xml', MAX_XML_BYTES)) ?? '';
  const listed = countOccurrences(presText, '<p:sldId ');
  if (listed > LIMITS.sections) throw new ImportRefused(`${name} has ${listed} slides; a deck holds at most ${LIMITS.sections} sections`, tooManySlides(listed));
  const pres = parseXml(presText, `${name}: ppt/presentation.xml`);
  const presRels = await r.rels('ppt/presentation.xml');
  const ids = pres ? descendants(first(pres, 'p:sldIdLst') ?? pres, 'p:sldId') : [];
  if (ids.length > LIMITS.sections) throw new ImportRefused(`${name} has ${ids.length} slides; a deck holds at most ${LIMITS.sections} sections`, tooManySlides(ids.length));
  const slideParts = ids.map((s) => presRels.get(s.attrs['r:id'] ?? '')).filter((rel): rel is Rel => !!rel && !rel.external).map((rel) => rel.target);

  const deck = createDeck();
  const sections: unknown[] = [];
  let pointCount = 0;
  const texts: string[] = [];
  for (const [index, part] of slideParts.entries()) {
    const s = await readSlide(r, part);
    // The first slide is the title slide when laid out as one, or when it holds a title and nothing else.
    if (index === 0 && (s.isTitleSlide || (s.title && s.lines.length === 0 && !s.image)) && sections.length === 0) {
      if (s.title) deck.meta.title = s.title.slice(0, 500);
      if (s.subtitle) deck.meta.subtitle = s.subtitle.slice(0, 500);
      if (s.lines.length === 0 && !s.image) {
        if (s.notes) r.warn('the title slide’s notes were left behind', { key: 'importing:warn.titleNotes' });
        continue;
      }
    }
    texts.push(s.title, ...s.lines.map((l) => l.text));
    const points = nestPoints(s.lines, (m, ui) => r.warn(`slide ${index + 1}: ${m}`, { key: 'importing:warn.onSlide', params: { n: index + 1, reason: ui } }));
    pointCount += s.lines.length;
    if (pointCount > LIMITS.points) throw new ImportRefused(`${name} holds more than ${LIMITS.points} bullet points`, { key: 'importing:refused.tooManyPoints', params: { max: LIMITS.points } });
    sections.push({
      id: newId('s'),
      title: (s.title || `Slide ${index + 1}`).slice(0, 500),
      points,
      notes: s.notes,
      image: s.image,
    });
  }
  if (sections.length === 0) throw new ImportRefused(`${name} has no slides with text to bring in`, { key: 'importing:refused.noText' });
  const notice = leftBehindNotice(r.left);
  if (notice) r.warn(notice.message, notice.ui);
  if (koreanText(`${deck.meta.title} ${texts.join(' ')}`)) deck.meta.lang = 'ko';
  const restored = restoreDeck({ type: 'briefdeck', version: FORMAT_VERSION, deck: { ...deck, sections } });
  return { deck: restored, warnings: r.warnings, warningsUi: r.warningsUi };
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Korean when Hangul syllables outnumber Latin letters (the outline import's rule). */
function koreanText(text: string): boolean {
  const hangul = text.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return hangul > latin;
}
