/**
 * If a panel throws while rendering, show one line and a way back instead of a blank
 * window. The deck lives in the store (and the recovery journal), so nothing typed is lost.
 */
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ name: string; children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="empty-state" role="alert">
        <p>
          The {this.props.name} hit a problem: {this.state.error.message}
        </p>
        <p className="muted">Your work is safe in memory and in the recovery copy.</p>
        <button type="button" className="btn btn-primary" onClick={() => this.setState({ error: null })}>
          Show the {this.props.name} again
        </button>
      </div>
    );
  }
}
