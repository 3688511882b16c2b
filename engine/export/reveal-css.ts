/**
 * reveal.css trimmed to what an exported Briefdeck deck can use, to keep a 100-section file
 * within its 350 KB budget. Only selectors that cannot match are dropped:
 *   - transitions other than the deck's own (and 'none', which the speaker view's previews use);
 *     Briefdeck never sets per-slide `data-transition`, so only the deck-wide class matters;
 *   - the scroll view (the export keeps `scrollActivationWidth: null` and never sets view: 'scroll');
 *   - link/image preview overlays (`previewLinks` is off; we emit no iframes or previews);
 *   - features whose markup Briefdeck never emits (see OTHER_FEATURES).
 * Rules are edited selector by selector (inside `@media` too); declarations are never touched.
 */
import { REVEAL_CSS } from './assets.ts';

const TRANSITIONS = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom', 'linear', 'default', 'cube', 'page'] as const;
// Features whose elements or classes never occur in an export: the scroll view, link/image
// previews, fragments, code highlighting, the zoom plugin, layout helpers, auto-animate, RTL,
// the on-slide notes panel (showNotes is off), media playback controls.
const OTHER_FEATURES = /reveal-scroll|loading-scroll-mode|r-overlay-preview|r-overlay-spinner|x-frame-error|\.fragment|\.hljs|\.roll|\.zoomed|\.r-(?:stack|vstack|hstack|fit-text|stretch)\b|\.stretch\b|\.items-|\.justify-|auto-animate|\.reveal\.rtl|speaker-notes|\.reveal\.show-notes|\.playback|r-media-play-button/;

/** Top-level rules: `selector{…}` or a whole `@media …{…}` block. */
export function splitRules(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      out.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (css.slice(start).trim() !== '') out.push(css.slice(start));
  return out;
}

/** Splits a selector list on top-level commas (not those inside :not(…) or [attr=…]). */
export function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

function droppable(selector: string, keep: ReadonlySet<string>): boolean {
  if (OTHER_FEATURES.test(selector)) return true;
  for (const m of selector.matchAll(/\.reveal\.([a-z]+)(?![\w-])|data-(?:background-)?transition[~|^]?=([a-z]+)(?:-in|-out)?(?![\w-])/g)) {
    const name = m[1] ?? m[2] ?? '';
    if ((TRANSITIONS as readonly string[]).includes(name) && !keep.has(name)) return true;
  }
  return false;
}

export function trimRevealCss(css: string, transition: string): string {
  const keep = new Set(['none', transition]);
  let out = '';
  for (const rule of splitRules(css)) {
    const brace = rule.indexOf('{');
    const prelude = rule.slice(0, brace);
    if (brace !== -1 && prelude.trimStart().startsWith('@media')) {
      const inner = trimRevealCss(rule.slice(brace + 1, -1), transition);
      if (inner !== '') out += `${prelude}{${inner}}`;
      continue;
    }
    if (brace === -1 || prelude.trimStart().startsWith('@')) {
      out += rule; // @keyframes and the like: kept whole
      continue;
    }
    const kept = splitSelectors(prelude).filter((s) => !droppable(s, keep));
    if (kept.length > 0) out += kept.join(',') + rule.slice(brace);
  }
  return out;
}

const cache = new Map<string, string>();

/** reveal.css for a deck with this transition (cached: there are only a few). */
export function revealCssFor(transition: string): string {
  let css = cache.get(transition);
  if (css === undefined) {
    css = trimRevealCss(REVEAL_CSS, transition);
    cache.set(transition, css);
  }
  return css;
}
