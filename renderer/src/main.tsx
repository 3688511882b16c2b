import './zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { uiI18n } from '../i18n.ts';
import { hasShell, shell } from './shell.ts';
import { startAutosave } from './autosave.ts';
import { listenForOutsideOpens } from './outside-open.ts';
import { useEditor } from './store/index.ts';
import './styles/app.css';

const i18n = uiI18n();
// Main's menus and dialogs follow the editor's UI language, now and after every change. Never
// fatal: an editor whose shell cannot hear it (an older or partial bridge) still starts.
const tellShell = (lng: string) => {
  if (!hasShell()) return;
  Promise.resolve()
    .then(() => shell().setUiLang(lng === 'ko' ? 'ko' : 'en'))
    .catch(() => undefined);
};
tellShell(i18n.language);
i18n.on('languageChanged', tellShell);

startAutosave(useEditor);
// Before the first render: a deck sent from outside at load must not fall between load and effects.
listenForOutsideOpens();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
