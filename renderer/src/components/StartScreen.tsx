import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGS, type UiLang } from '../../../engine/i18n/index.ts';
import { chooseUiLang } from '../../i18n.ts';
import { TEMPLATES } from '../../../engine/templates/index.ts';
import type { RecentFile, RecoveredDeck } from '../../../electron/shared/contract.ts';
import { discardRecovered, newFromTemplate, openDeck, restoreRecovered } from '../actions.ts';
import { hasShell, shell } from '../shell.ts';
import { useEditor } from '../store/index.ts';
import { TemplateThumb } from './TemplateThumb.tsx';
import { Icon } from './Icon.tsx';
import { NoticeLine } from './NoticeLine.tsx';

/** A date and time in the UI language (Intl), not the system's default locale. */
function when(ms: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** The UI language, chosen here (the start screen is the app's settings spot) or from the command list. */
function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang-picker">
      <span>{t('editor:start.language')}</span>
      <select value={i18n.language} data-testid="ui-lang" onChange={(e) => chooseUiLang(e.target.value as UiLang)}>
        {UI_LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`common:lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function StartScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // Template names and descriptions come in both UI languages.
  const uiLang: UiLang = lang === 'ko' ? 'ko' : 'en';
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
          <h1 id="start-title">{t('common:appName')}</h1>
          <p className="muted">{t('editor:start.tagline')}</p>
        </div>
        <NoticeLine className="start-notice" />
        <div className="start-actions">
          <LanguagePicker />
          {hasDoc ? (
            <button type="button" className="btn" onClick={() => useEditor.getState().setScreen('editor')}>
              {t('editor:start.back')}
            </button>
          ) : null}
          <button type="button" className="btn btn-primary" data-testid="open-deck" onClick={() => void openDeck(null)} disabled={!hasShell()}>
            {t('editor:start.open')}
          </button>
        </div>
      </header>

      {recovered.length > 0 ? (
        <section className="start-block recovered" aria-labelledby="recovered-title">
          <h2 id="recovered-title">{t('editor:start.recovered')}</h2>
          <p className="muted">{t('editor:start.recoveredHint')}</p>
          <ul className="file-list">
            {recovered.map((r) => (
              <li key={r.id}>
                <div className="file-main">
                  <strong>{r.title || t('editor:start.untitled')}</strong>
                  <span className="muted">
                    {r.path ?? t('editor:start.neverSaved')} · {when(r.savedAt, lang)}
                  </span>
                </div>
                <button type="button" className="btn btn-primary btn-small" onClick={() => void restoreRecovered(r.id)} aria-label={t('editor:start.restoreNamed', { title: r.title || t('editor:start.untitled') })}>
                  {t('editor:start.restore')}
                </button>
                <button
                  type="button"
                  className="btn btn-quiet btn-small"
                  aria-label={t('editor:start.discardNamed', { title: r.title || t('editor:start.untitled') })}
                  onClick={() => void discardRecovered(r.id).then(() => setRecovered((x) => x.filter((y) => y.id !== r.id)))}
                >
                  {t('editor:start.discard')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="start-block" aria-labelledby="templates-title">
        <h2 id="templates-title">{t('editor:start.new')}</h2>
        <ul className="template-grid">
          {TEMPLATES.map((tpl) => (
            <li key={tpl.id}>
              <button type="button" className="template-card" onClick={() => newFromTemplate(tpl.id)} data-testid={`template-${tpl.id}`}>
                <TemplateThumb deck={tpl.deck} />
                <span className="template-name">{tpl.name[uiLang]}</span>
                <span className="template-desc muted">{tpl.description[uiLang]}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className="start-block" aria-labelledby="recent-title">
        <h2 id="recent-title">{t('editor:start.recent')}</h2>
        {recent.length === 0 ? (
          <p className="muted">{hasShell() ? t('editor:start.noRecent') : t('editor:start.recentNeedsShell')}</p>
        ) : (
          <ul className="file-list">
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" className="file-open" onClick={() => void openDeck(r.path)} title={r.path}>
                  <strong>{r.name}</strong>
                  <span className="muted">
                    {r.path} · {when(r.openedAt, lang)}
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
