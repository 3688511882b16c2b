import { useEffect, useState } from 'react';
import { TEMPLATES } from '../../../engine/templates/index.ts';
import type { RecentFile, RecoveredDeck } from '../../../electron/shared/contract.ts';
import { discardRecovered, newFromTemplate, openDeck, restoreRecovered } from '../actions.ts';
import { hasShell, shell } from '../shell.ts';
import { useEditor } from '../store/index.ts';
import { TemplateThumb } from './TemplateThumb.tsx';
import { Icon } from './Icon.tsx';
import { NoticeLine } from './NoticeLine.tsx';

function when(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function StartScreen() {
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [recovered, setRecovered] = useState<RecoveredDeck[]>([]);
  const hasDoc = useEditor((s) => s.deck.sections.length > 0 || s.file.path !== null);

  useEffect(() => {
    if (!hasShell()) return;
    let live = true;
    shell().recentFiles().then((r) => live && setRecent(r), () => undefined);
    shell().listRecovered().then((r) => live && setRecovered(r), () => undefined);
    return () => {
      live = false;
    };
  }, []);

  return (
    <main className="start" aria-labelledby="start-title">
      <header className="start-head">
        <div className="brand" aria-hidden="true">
          <Icon name="deck" size={26} />
        </div>
        <div>
          <h1 id="start-title">Briefdeck</h1>
          <p className="muted">Write talking points. Get a briefing deck.</p>
        </div>
        <NoticeLine className="start-notice" />
        <div className="start-actions">
          {hasDoc ? (
            <button type="button" className="btn" onClick={() => useEditor.getState().setScreen('editor')}>
              Back to current deck
            </button>
          ) : null}
          <button type="button" className="btn btn-primary" data-testid="open-deck" onClick={() => void openDeck(null)} disabled={!hasShell()}>
            Open…
          </button>
        </div>
      </header>

      {recovered.length > 0 ? (
        <section className="start-block recovered" aria-labelledby="recovered-title">
          <h2 id="recovered-title">Recovered work</h2>
          <p className="muted">Briefdeck closed with unsaved changes. Restore them or discard them.</p>
          <ul className="file-list">
            {recovered.map((r) => (
              <li key={r.id}>
                <div className="file-main">
                  <strong>{r.title || 'Untitled briefing'}</strong>
                  <span className="muted">
                    {r.path ?? 'never saved'} · {when(r.savedAt)}
                  </span>
                </div>
                <button type="button" className="btn btn-primary btn-small" onClick={() => void restoreRecovered(r.id)} aria-label={`Restore ${r.title || 'untitled briefing'}`}>
                  Restore
                </button>
                <button
                  type="button"
                  className="btn btn-quiet btn-small"
                  aria-label={`Discard recovered ${r.title || 'untitled briefing'}`}
                  onClick={() => void discardRecovered(r.id).then(() => setRecovered((x) => x.filter((y) => y.id !== r.id)))}
                >
                  Discard
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="start-block" aria-labelledby="templates-title">
        <h2 id="templates-title">New briefing</h2>
        <ul className="template-grid">
          {TEMPLATES.map((t) => (
            <li key={t.id}>
              <button type="button" className="template-card" onClick={() => newFromTemplate(t.id)} data-testid={`template-${t.id}`}>
                <TemplateThumb deck={t.deck} />
                <span className="template-name">{t.name.en}</span>
                <span className="template-desc muted">{t.description.en}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className="start-block" aria-labelledby="recent-title">
        <h2 id="recent-title">Recent</h2>
        {recent.length === 0 ? (
          <p className="muted">{hasShell() ? 'No recent briefings yet.' : 'Recent files need the desktop app.'}</p>
        ) : (
          <ul className="file-list">
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" className="file-open" onClick={() => void openDeck(r.path)} title={r.path}>
                  <strong>{r.name}</strong>
                  <span className="muted">
                    {r.path} · {when(r.openedAt)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
