/**
 * Every deck setting and its default, in one typed object. Where a key maps onto a
 * reveal.js option it carries reveal's name (see reveal.js `config.ts`).
 */
export const DECK_DEFAULTS = {
  settings: {
    /** Theme id; only offline-safe themes ship (see engine/export/themes.ts). */
    theme: 'briefing-light',
    /** Slide aspect ratio; 16:9 is 1280×720, 4:3 is 1024×768. */
    aspect: '16:9',
    /** Show "n / N" on each slide (reveal `slideNumber: 'c/t'`); backup slides are not counted. */
    slideNumber: true,
    /** reveal `transition`. */
    transition: 'none',
    /** Generate an agenda slide from the section titles. */
    agenda: true,
    /** Target speaking time in minutes, used by the pre-brief checks and the presenter timer. */
    targetMinutes: 10,
    /** 'continue' puts what does not fit on "(cont.)" slides; 'one-slide' shrinks within the minimum sizes. */
    fit: 'continue',
    /** reveal `controls`: arrow buttons in exported decks. Off: briefers use keys or a clicker. */
    controls: false,
    /** Watermark on every slide: 'none', 'draft' or 'predecisional'. */
    overlay: 'none',
  },
  /** Classification / handling banner; level 'none' means "no marking" (the checks flag it). */
  marking: {
    /** engine/marking/levels.ts: unclassified, cui, confidential, secret, top-secret, ts-sci, kr-restricted, kr-3, kr-2, kr-1, custom, none. */
    level: 'none',
    /** Dissemination controls after the level (`REL TO USA, KOR`). */
    controls: '',
    /** Banner text override; '' derives it from level + controls. */
    text: '',
    /** Banner colours, #rrggbb; '' follows the level. */
    color: '',
    textColor: '',
  },
  meta: {
    title: 'Untitled briefing',
    subtitle: '',
    presenter: '',
    office: '',
    organisation: '',
    /** Briefing date, ISO yyyy-mm-dd or empty. */
    date: '',
    /** "Information as of" date, ISO yyyy-mm-dd or empty. */
    asOf: '',
    /** BCP 47 content language; 'ko' switches on Hangul line breaking and fonts. */
    lang: 'en',
  },
} as const;

/** Hard limits. Input beyond them is refused with a clear message, never half-loaded. */
export const LIMITS = {
  /** Largest .briefdeck file we read, in bytes (images are embedded, so decks can be large). */
  fileBytes: 48 * 1024 * 1024,
  /** Deepest JSON nesting we accept; a real deck nests about 12 levels. */
  jsonDepth: 64,
  /** Longest plain text field (title, point, note…), in characters. */
  textChars: 20_000,
  /** Largest embedded image, as a data URL, in characters. */
  imageChars: 12 * 1024 * 1024,
  /** Sections per deck. */
  sections: 2_000,
  /** Points in the whole deck, at all levels. */
  points: 50_000,
  /** Point nesting: a point, a sub-point and a sub-sub-point. */
  pointDepth: 3,
  /** Key figures per section, cites per point. */
  perSectionItems: 200,
  /**
   * Sources per deck (deck-wide, cited from any section). As many as sections, so a v2 file
   * with one distinct source per section (the usual shape) still opens after migration.
   */
  sources: 2_000,
} as const;
