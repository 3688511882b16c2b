/**
 * Security setup (Electron checklist): the app:// protocol serving out/renderer with our
 * CSP, no navigation, no new windows, no webviews, no permissions.
 */
import { app, protocol, session } from 'electron';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { mimeTypeFor, resolveAppPath } from '../security/app-protocol-path.ts';
import { APP_CSP, APP_ORIGIN, APP_SCHEME, isAllowedNavigation, permissionAllowed } from '../security/policy.ts';
import { partitionFor } from '../present/window-rules.ts';
import { openSafeExternal } from './external.ts';
import { RENDERER_DIR } from './windows.ts';

/** Must run before `app.whenReady()`. */
export function registerAppScheme(): void {
  // codeCache: V8 caches the compiled editor bundle (1.26 MB) between launches; custom
  // schemes get no code cache without it.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/**
 * Compiled decks waiting to be printed, served at app://briefdeck/__print/<token>.html from
 * memory: no temp file, no file:// access. They carry their own CSP (hash-pinned scripts),
 * so the app CSP header is not added to them.
 */
const printDocuments = new Map<string, string>();

export function registerPrintDocument(html: string): { url: string; release(): void } {
  const token = randomUUID();
  printDocuments.set(token, html);
  return { url: `${APP_ORIGIN}/__print/${token}.html?print-pdf`, release: () => printDocuments.delete(token) };
}

/** The sessions our windows use: the default one, and one per present window (zoom is per session). */
export function appSessions(): Electron.Session[] {
  return [session.defaultSession, ...(['presenter', 'audience'] as const).map((kind) => session.fromPartition(partitionFor(kind)!))];
}

async function serve(request: Request): Promise<Response> {
  const printMatch = /^app:\/\/briefdeck\/__print\/([0-9a-f-]{36})\.html(?:\?.*)?$/.exec(request.url);
  if (printMatch) {
    const html = printDocuments.get(printMatch[1]!);
    return html === undefined ? new Response('Not found', { status: 404 }) : new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  const file = resolveAppPath(request.url, RENDERER_DIR);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, { headers: { 'content-type': mimeTypeFor(file), 'content-security-policy': APP_CSP, 'x-content-type-options': 'nosniff' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

export function setupSecurity(): void {
  for (const ses of appSessions()) {
    // The default session's handler is the protocol module's; partitions need their own.
    if (ses === session.defaultSession) protocol.handle(APP_SCHEME, serve);
    else ses.protocol.handle(APP_SCHEME, serve);
    // No Hunspell download from Google's CDN (Windows, Linux): spelling is checked offline
    // in main (services/spelling.ts) and offered in the editor's own context menu.
    ses.setSpellCheckerEnabled(false);
    ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
    ses.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
    // Nothing we show should reach the network; deny anything that is not our own scheme,
    // data: (embedded images) or devtools.
    ses.webRequest.onBeforeRequest((details, callback) => {
      const ok = /^(app|data|blob|devtools):/.test(details.url);
      callback({ cancel: !ok });
    });
  }

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // Links with target=_blank: https/mailto go to the system browser, nothing opens here.
    contents.setWindowOpenHandler(({ url }) => {
      void openSafeExternal(url);
      return { action: 'deny' };
    });
  });
}
