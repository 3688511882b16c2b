import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../electron/main/security/app-protocol-path.ts';
import { APP_CSP, isAllowedNavigation, isAllowedWindowOpen, permissionAllowed, safeExternalUrl, windowTitle } from '../../../electron/main/security/policy.ts';
import { windowOptions, type WindowKind } from '../../../electron/main/security/window-options.ts';

describe('window options', () => {
  const kinds: WindowKind[] = ['editor', 'presenter', 'audience', 'print'];
  for (const kind of kinds) {
    it(`${kind}: isolation, sandbox and web security on; node and webview off`, () => {
      const { webPreferences } = windowOptions({ kind, preloadPath: '/app/out/preload/index.cjs' });
      expect(webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        webSecurity: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
      });
      expect(webPreferences.enableBlinkFeatures).toBeUndefined();
      expect(webPreferences.disableBlinkFeatures).toBe('Auxclick');
    });
  }

  it('the print window has no preload; the others use the built one', () => {
    expect(windowOptions({ kind: 'print', preloadPath: '/p.cjs' }).webPreferences.preload).toBeUndefined();
    expect(windowOptions({ kind: 'editor', preloadPath: '/p.cjs' }).webPreferences.preload).toBe('/p.cjs');
  });

  it('the audience window starts on its display (fullscreen comes after it is shown: present-window-rules.test.ts)', () => {
    const display = { id: 2, label: 'Projector', primary: false, bounds: { x: 1920, y: 0, width: 1280, height: 720 } };
    expect(windowOptions({ kind: 'audience', preloadPath: '/p.cjs', display })).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, show: false });
  });
});

describe('CSP', () => {
  it('starts at default-src none and allows no inline or remote script', () => {
    expect(APP_CSP.startsWith("default-src 'none'")).toBe(true);
    const script = APP_CSP.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(script.trim()).toBe("script-src 'self'");
    expect(APP_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(APP_CSP).toContain("object-src 'none'");
  });
});

describe('navigation, windows, permissions, external links', () => {
  it('allows navigation only to our own pages', () => {
    expect(isAllowedNavigation('app://briefdeck/index.html')).toBe(true);
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://other/index.html', 'app://briefdeck/../../etc', 'app://briefdeck/evil.html', 'javascript:alert(1)', 'nonsense']) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('allows new windows only for our presenter and audience pages', () => {
    expect(isAllowedWindowOpen('app://briefdeck/presenter/index.html')).toBe(true);
    expect(isAllowedWindowOpen('app://briefdeck/audience/index.html')).toBe(true);
    expect(isAllowedWindowOpen('app://briefdeck/index.html')).toBe(false);
    expect(isAllowedWindowOpen('https://example.org/')).toBe(false);
  });

  it('denies every permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) expect(permissionAllowed(p)).toBe(false);
  });

  it('passes on only parsed https and mailto URLs', () => {
    expect(safeExternalUrl(' https://example.org/a b ')).toBe('https://example.org/a%20b');
    expect(safeExternalUrl('mailto:a@b.org')).toBe('mailto:a@b.org');
    expect(safeExternalUrl('mailto:a@b.org?subject=Brief&body=See%20slide%203')).toBe('mailto:a@b.org?subject=Brief&body=See%20slide%203');
    for (const url of ['http://example.org', 'javascript:alert(1)', 'file:///c:/x', 'ms-msdt:/id', 'https://u:p@x.org', 'mailto:', 'https://', 'vbscript:x', 'data:text/html,hi', 'mailto:a@b.org?attach=/etc/passwd', 'mailto:a@b.org?subject=x&Attachment=C:%5Cx', 'mailto:%E0%A4%A@b.org']) {
      expect(safeExternalUrl(url), url).toBeNull();
    }
  });

  it('titles carry the file name and an unsaved marker', () => {
    expect(windowTitle('a.briefdeck', true, 'linux')).toBe('• a.briefdeck — Briefdeck');
    expect(windowTitle('a.briefdeck', false, 'win32')).toBe('a.briefdeck — Briefdeck');
    expect(windowTitle('a.briefdeck', true, 'darwin')).toBe('a.briefdeck — Briefdeck');
  });
});

describe('app:// path resolution', () => {
  const root = '/app/out/renderer';
  it('maps our URLs into the renderer folder', () => {
    expect(resolveAppPath('app://briefdeck/index.html', root)).toBe('/app/out/renderer/index.html');
    expect(resolveAppPath('app://briefdeck/', root)).toBe('/app/out/renderer/index.html');
    expect(resolveAppPath('app://briefdeck/assets/main-1a2b.js?x=1#y', root)).toBe('/app/out/renderer/assets/main-1a2b.js');
    expect(resolveAppPath('app://briefdeck/presenter/index.html', root)).toBe('/app/out/renderer/presenter/index.html');
  });

  it('refuses traversal, encoded or not, and other hosts or schemes', () => {
    for (const url of [
      'app://briefdeck/../main/index.js',
      'app://briefdeck/%2e%2e/main/index.js',
      'app://briefdeck/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://briefdeck/..%2f..%2fetc/passwd',
      'app://briefdeck/assets/..%5c..%5cpackage.json',
      'app://briefdeck/%00index.html',
      'app://briefdeck/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'app://briefdeck/./index.html',
      'app://briefdeck//etc/passwd',
    ]) {
      const resolved = resolveAppPath(url, root);
      if (resolved !== null) expect(resolved.startsWith(`${root}/`), url).toBe(true);
      else expect(resolved).toBeNull();
    }
    // The URL parser already folds %2e%2e segments away, so this stays inside the root.
    expect(resolveAppPath('app://briefdeck/%2e%2e/main/index.js', root)).toBe('/app/out/renderer/main/index.js');
    expect(resolveAppPath('app://briefdeck/assets/..%2f..%2fpackage.json', root)).toBeNull();
    expect(resolveAppPath('app://briefdeck/C:/Windows/win.ini', root)).toBeNull();
    expect(resolveAppPath('app://briefdeck/index.html%3A%3A%24DATA', root)).toBeNull();
    expect(resolveAppPath('app://briefdeck/assets/..%5c..%5cpackage.json', root)).toBeNull();
  });
});
