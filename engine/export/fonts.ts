/**
 * The fonts every deck carries: Noto Sans latin 400 and 700 (woff2, 27 KB; 36 KB as base64),
 * under their own family name so a different "Noto Sans" installed on a machine cannot change
 * the widths the layout measured. Hangul is not embedded (Noto Sans KR is 2.4 MB; a per-deck
 * subset costs ~180 ms of harfbuzz per export and 1-2 KB per distinct syllable): it falls back
 * to the system's Korean font, which the layout measures at a conservative 1 em.
 */
import { NOTO_SANS_400, NOTO_SANS_700 } from '../layout/fonts.generated.ts';

/** The latin subset's range, from @fontsource/noto-sans latin-400.css. */
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

const face = (weight: number, b64: string): string =>
  `@font-face{font-family:"Briefdeck Sans";font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${b64}) format("woff2");unicode-range:${LATIN}}`;

export const FONT_CSS = face(400, NOTO_SANS_400) + '\n' + face(700, NOTO_SANS_700) + '\n';
