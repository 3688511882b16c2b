/**
 * Link targets. Only http(s) and mailto survive, and only in a plain shape we can read
 * ourselves: no whitespace, no quotes or angle brackets, no backslashes, no control
 * characters, no credentials. Anything else is not a link (the caller shows it as text).
 * The engine has no `URL` global (no DOM, no Node), and a hand-written check is also easier
 * to reason about than a permissive parser.
 */

const HTTP = /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:[/?#][\x21\x23-\x26\x28-\x3B\x3D\x3F-\x5B\x5D\x5F\x61-\x7A\x7E\u00A0-\uFFFF]*)?$/i;
const MAILTO = /^mailto:[A-Za-z0-9.!#$%&*+/=?^_{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253}[A-Za-z0-9])?(?:\?[\x21\x23-\x26\x28-\x3B\x3D\x3F-\x5B\x5D\x5F\x61-\x7A\x7E]*)?$/i;

/**
 * Characters the path class above lets through (it admits U+00A0–U+FFFF for non-Latin paths)
 * that a link must still not hold: Unicode spaces and line/paragraph separators, and invisible
 * format characters such as U+202E RIGHT-TO-LEFT OVERRIDE, which would make the address shown on
 * the Sources slide read differently from where it goes (`…/\u202Egnp.exe` shows as `…/exe.png`).
 */
const INVISIBLE = /[\s\p{Cf}\p{Z}]/u;

/** The URL, trimmed, if it is an allowed http(s)/mailto link; otherwise null. */
export function safeUrl(raw: string): string | null {
  const url = raw.trim();
  if (url.length === 0 || url.length > 2048) return null;
  if (INVISIBLE.test(url)) return null;
  if (HTTP.test(url) || MAILTO.test(url)) return url;
  return null;
}
