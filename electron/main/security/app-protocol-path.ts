/**
 * `app://briefdeck/<path>` → a file under out/renderer, or null. Pure so the traversal
 * rules are unit-tested: percent-encoded dots and slashes, backslashes, drive letters,
 * NUL bytes and other hosts all come back null.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './policy.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

export function mimeTypeFor(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function resolveAppPath(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // NUL, backslashes (Windows separators) and colons (drive letters, NTFS streams) never
  // appear in our built file names.
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.includes(':')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  // Any ".." segment is refused outright rather than normalised away.
  if (pathname.split('/').some((part) => part === '..' || part === '.')) return null;
  const root = resolve(rootDir);
  const full = resolve(root, `.${pathname}`);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return full;
}
