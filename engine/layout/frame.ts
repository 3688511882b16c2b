/**
 * The slide frame in design px, and the type scale. The slide is always 720 px high: 16:9 is
 * 1280×720 and 4:3 is 960×720 (reveal scales both to the window), so every size below is also
 * a share of the slide height, and the minimums hold in both aspects:
 *   points and sub-points ≥ 24 px (3.3 %), other text ≥ 15 px (2 %); citation marks exempt.
 * templates/themes/briefing-base.css draws with these same numbers (tests/unit/engine/layout
 * checks the CSS against them), and the layout measures with them.
 */
import type { DeckSettings } from '../model/schema.ts';

export const SLIDE_H = 720;
export const SLIDE_W: Record<DeckSettings['aspect'], number> = { '16:9': 1280, '4:3': 960 };

export const MIN_POINT_PX = 24;
export const MIN_TEXT_PX = 15;

export const BANNER = { h: 32, px: 18 } as const;
/** The body area: from under the top banner to over the bottom banner, less these margins. */
export const PAD = { top: 28, bottom: 52, x: { '16:9': 64, '4:3': 44 } } as const;
/** Where reveal's "n / N" (and our B-k label) sits: right, in the bottom margin. */
export const NUMBER = { px: 16, right: 20, bottom: 44 } as const;

export const HEADING = {
  /** Title sizes tried in turn while the title wraps to more than `maxLines[i]` lines. */
  sizes: [40, 34, 30, 28],
  maxLines: [2, 3, 4, Infinity],
  lh: 1.15,
  badgePx: 16,
  badgeH: 24,
  badgeGap: 6,
  /** padding under the title, the accent rule, and the space to the body. */
  padBottom: 10,
  rule: 3,
  marginBottom: 20,
} as const;

/** Points by depth (index 0 = depth 1). */
export const POINT = {
  px: [28, 26, 26],
  lh: 1.35,
  /** Left edge of the text; the bullet hangs in the indent. */
  indent: [30, 66, 100],
  /** Space above a point (none above the first on a slide). */
  gap: [14, 6, 6],
} as const;

export const SIDE = { share: 0.37, gap: 40 } as const;

export const FIGURE = {
  valuePx: 52,
  minValuePx: 30,
  valueLh: 1.1,
  unitPx: 24,
  labelPx: 20,
  labelLh: 1.3,
  metaPx: 16,
  metaLh: 1.3,
  padY: 12,
  padX: 18,
  border: 6,
  gap: 14,
  labelGap: 4,
} as const;

export const IMAGE = { maxShare: 0.62 } as const;

export const DECISION = {
  labelPx: 18,
  labelH: 32,
  problemPx: 26,
  optionPx: 24,
  summaryPx: 20,
  lh: 1.35,
  optionPadY: 8,
  optionPadX: 14,
  optionBorder: 2,
  optionNo: 34,
  optionGap: 10,
  groupGap: 18,
  badgeEm: 9,
} as const;

export const LIST = {
  agendaPx: 30,
  agendaLh: 1.35,
  agendaGap: 12,
  agendaIndent: 56,
  sourcePx: 20,
  sourceLh: 1.35,
  urlPx: 16,
  sourceGap: 14,
  sourceIndent: 56,
} as const;

export const TITLE = {
  padX: 96,
  titleSizes: [60, 52, 44, 36],
  titleLh: 1.12,
  subtitlePx: 30,
  metaPx: 24,
} as const;

/** Line height in px, rounded as the browser computes it (no rounding: fractional px). */
export const lineH = (px: number, lh: number): number => px * lh;

export interface Frame {
  width: number;
  height: number;
  padX: number;
  /** Top and bottom of the area under the top banner and over the bottom one, margins taken. */
  top: number;
  bottom: number;
}

export function frameFor(aspect: DeckSettings['aspect']): Frame {
  const width = SLIDE_W[aspect] ?? SLIDE_W['16:9'];
  return { width, height: SLIDE_H, padX: PAD.x[aspect] ?? PAD.x['16:9'], top: BANNER.h + PAD.top, bottom: SLIDE_H - BANNER.h - PAD.bottom };
}
