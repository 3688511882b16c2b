/**
 * Pure security decisions, unit-tested; setup-security.ts wires them into Electron.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'briefdeck';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Pages of our own that a window may show. */
export const APP_PAGES = ['/index.html', '/presenter/index.html', '/audience/index.html'] as const;

/**
 * The app's CSP, from `default-src 'none'` upward. Styles allow 'unsafe-inline' because
 * reveal.js and the engine's slide HTML set style attributes (colours of banners, layout);
 * scripts never do. Images and fonts may be data: URLs (decks embed their images).
 * Sent as a header on every app:// page; the pages' own meta CSPs can only narrow it.
 */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  // The editor's template thumbnails are sandboxed srcdoc frames (renderer/index.html).
  "frame-src 'self' about:",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Navigation away from our own pages is never allowed (a link click must not replace the editor). */
export function isAllowedNavigation(url: string): boolean {
  const parsed = safeUrl(url);
  if (!parsed || `${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return false;
  return (APP_PAGES as readonly string[]).includes(parsed.pathname);
}

/** Only our own presenter/audience windows may be opened; everything else is denied. */
export function isAllowedWindowOpen(url: string): boolean {
  const parsed = safeUrl(url);
  return !!parsed && `${parsed.protocol}//${parsed.host}` === APP_ORIGIN && (parsed.pathname === '/presenter/index.html' || parsed.pathname === '/audience/index.html');
}

/**
 * `shell.openExternal` is handed only parsed https and mailto URLs, rebuilt from the parse
 * (so no `javascript:`, `file:`, smb: or custom protocol handler can be reached).
 */
export function safeExternalUrl(url: string): string | null {
  const parsed = safeUrl(url.trim());
  if (!parsed) return null;
  if (parsed.protocol === 'https:' && parsed.hostname && !parsed.username && !parsed.password) return parsed.href;
  if (parsed.protocol === 'mailto:') {
    let address: string;
    try {
      address = decodeURIComponent(parsed.pathname);
    } catch {
      return null; // malformed %-escapes
    }
    if (!/^[^\s@/]+@[^\s@/]+$/.test(address)) return null;
    // Only the ordinary header fields: some mail clients honour `attach=` and the like,
    // which would mail a local file.
    if ([...parsed.searchParams.keys()].some((key) => !MAILTO_FIELDS.has(key.toLowerCase()))) return null;
    return parsed.href;
  }
  return null;
}

const MAILTO_FIELDS = new Set(['subject', 'body', 'cc', 'bcc']);

/** Every permission request (camera, notifications, geolocation, …) is denied. */
export function permissionAllowed(_permission: string): boolean {
  return false;
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function windowTitle(name: string, dirty: boolean, platform: NodeJS.Platform | string = 'linux'): string {
  // macOS shows unsaved state in the close button (setDocumentEdited); elsewhere a leading •.
  const marker = dirty && platform !== 'darwin' ? '• ' : '';
  return `${marker}${name} — Briefdeck`;
}
