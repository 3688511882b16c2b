/**
 * Plain Vite for working on the renderer in Chromium (`npm run dev:web`): electron-vite's
 * dev server needs the Electron binary, which these machines cannot download. The real
 * build is electron-vite, which finds the same entry (renderer/index.html → src/main.tsx).
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The dev server injects an inline React Refresh preamble that the page's CSP would block. */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'briefdeck-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), relaxCspForDevServer()],
  // The engine reads reveal.js and theme files as ?raw from outside the renderer root.
  server: { fs: { allow: ['..'] }, port: 5173, strictPort: false },
  // `npm start` builds with electron-vite and then runs `vite preview` on this config, so
  // preview must serve electron-vite's out/renderer; a build from here writes the editor
  // there too without wiping the presenter and audience pages.
  build: { outDir: '../out/renderer', emptyOutDir: false, target: 'es2023' },
  preview: { port: 4173, strictPort: false },
});
