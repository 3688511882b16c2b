/**
 * If a panel throws while rendering, show one line and a way back instead of a blank
 * window. The deck lives in the store (and the recovery journal), so nothing typed is lost.
 */
import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  error: Error | null;
}

/** `name` is a catalog key naming the area ('editor:area.outline'), shown in the UI language. */
export class ErrorBoundary extends Component<{ name: string; children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const error = this.state.error;
    return (
      <Translation>
        {(t) => (
          <div className="empty-state" role="alert">
            <p>{t('editor:error.problem', { name: t(this.props.name), message: error.message })}</p>
            <p className="muted">{t('editor:error.safe')}</p>
            <button type="button" className="btn btn-primary" onClick={() => this.setState({ error: null })}>
              {t('editor:error.again', { name: t(this.props.name) })}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
