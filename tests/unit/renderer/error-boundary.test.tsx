// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ErrorBoundary } from '../../../renderer/src/components/ErrorBoundary.tsx';
import { uiI18n } from '../../../renderer/i18n.ts';

// The editor's words in English, as components read them outside the app's provider.
uiI18n();

afterEach(cleanup);

describe('ErrorBoundary', () => {
  it('replaces a crashed panel with one line and a way back', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let crash = true;
    function Panel() {
      if (crash) throw new Error('bad section');
      return <p>panel is back</p>;
    }
    render(
      <ErrorBoundary name="editor:area.section">
        <Panel />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The section editor hit a problem: bad section');
    crash = false;
    fireEvent.click(screen.getByRole('button', { name: 'Show the section editor again' }));
    expect(screen.getByText('panel is back')).toBeTruthy();
  });
});
