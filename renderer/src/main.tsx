import './zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { startAutosave } from './autosave.ts';
import { useEditor } from './store/index.ts';
import './styles/app.css';

startAutosave(useEditor);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
