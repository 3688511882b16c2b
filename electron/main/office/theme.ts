/**
 * The deck's theme as Office colours and fonts (hex without '#', as pptxgenjs and docx want).
 * The values are the themes' CSS custom properties (templates/themes/*.css), so the PowerPoint
 * master and the HTML deck share a palette.
 */
export interface OfficeTheme {
  bg: string;
  text: string;
  text2: string;
  muted: string;
  heading: string;
  accent: string;
  onAccent: string;
  link: string;
  panel: string;
  rule: string;
  /** The highlighted category's band (--bd-highlight). */
  highlight: string;
  /** Chart series colours 1–4 (--bd-chart-1..4; the first is the accent). */
  chart: [string, string, string, string];
  /** Latin font; Korean runs use `eastAsian`. */
  font: string;
  eastAsian: string;
}

const THEMES: Record<string, OfficeTheme> = {
  'briefing-light': { bg: 'FFFFFF', text: '1B2430', text2: '3B4756', muted: '6A7684', heading: '0F2A4A', accent: '1F4E89', onAccent: 'FFFFFF', link: '1F4E89', panel: 'EEF2F7', rule: 'CFD7E2', highlight: 'E7F0FB', chart: ['1F4E89', '7A8FA8', 'C26B2B', '3F8F5F'], font: 'Noto Sans', eastAsian: 'Malgun Gothic' },
  'briefing-dark': { bg: '141A22', text: 'E8EDF3', text2: 'C3CCD7', muted: '8D99A8', heading: 'FFFFFF', accent: 'F0B429', onAccent: '141A22', link: '8CC4FF', panel: '222B36', rule: '3A4655', highlight: '2C2617', chart: ['F0B429', '9FB3C8', 'EF8A4C', '6CC08B'], font: 'Noto Sans', eastAsian: 'Malgun Gothic' },
  serif: { bg: 'F0F1EB', text: '1D1D1B', text2: '383D3D', muted: '6B6B63', heading: '383D3D', accent: '51483D', onAccent: 'FFFFFF', link: '51483D', panel: 'E3E4DC', rule: 'C9C9BD', highlight: 'E9E5DA', chart: ['51483D', '7A8FA8', 'C26B2B', '3F8F5F'], font: 'Palatino Linotype', eastAsian: 'Batang' },
};

export function officeTheme(id: string): OfficeTheme {
  return THEMES[id] ?? THEMES['briefing-light']!;
}

/** '#rrggbb' → 'RRGGBB', or the fallback for anything else. */
export function hex(value: string, fallback: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(value) ? value.slice(1).toUpperCase() : fallback;
}

/** `a` laid over `b` at `alpha` (0–1), both 'RRGGBB': what CSS opacity and color-mix draw. */
export function mix(a: string, b: string, alpha: number): string {
  const ch = (h: string, i: number): number => parseInt(h.slice(i, i + 2), 16);
  return [0, 2, 4].map((i) => Math.round(ch(a, i) * alpha + ch(b, i) * (1 - alpha)).toString(16).padStart(2, '0')).join('').toUpperCase();
}
