import { describe, expect, it } from 'vitest';
import { toFailure } from '../../../electron/main/services/failures.ts';

const errno = (code: string) => Object.assign(new Error(`${code}: raw system text, open '/x'`), { code });

describe('toFailure', () => {
  it('words the file-system errors a save meets, in one line', () => {
    expect(toFailure(errno('ENOSPC'), 'Could not save a.briefdeck')).toEqual({ ok: false, code: 'io', message: 'Could not save a.briefdeck: the disk is full.' });
    expect(toFailure(errno('EROFS'), 'Could not save a.briefdeck').message).toBe('Could not save a.briefdeck: the folder is read-only.');
    expect(toFailure(errno('EACCES'), 'Could not save a.briefdeck').message).toBe('Could not save a.briefdeck: permission denied.');
    expect(toFailure(errno('ENOENT'), 'Could not save a.briefdeck').message).toContain('no longer exists');
  });

  it('maps engine DeckError codes onto the contract codes', () => {
    const deckError = (code: string, file: string | null = null) => Object.assign(new Error('x.briefdeck: this file was made by a newer Briefdeck'), { name: 'DeckError', code, file });
    expect(toFailure(deckError('future-version', '/d/x.briefdeck'), 'Could not open x.briefdeck')).toEqual({ ok: false, code: 'unsupported', message: 'Could not open x.briefdeck: this file was made by a newer Briefdeck' });
    expect(toFailure(deckError('too-large'), 'Could not open x').code).toBe('too-large');
    expect(toFailure(deckError('syntax'), 'Could not open x').code).toBe('invalid');
  });

  it('carries the same as catalog keys for the UI: the action, then the reason', () => {
    const action = { key: 'failures:action.save', params: { name: 'a.briefdeck' } };
    expect(toFailure(errno('ENOSPC'), 'Could not save a.briefdeck', action)).toEqual({
      ok: false,
      code: 'io',
      message: 'Could not save a.briefdeck: the disk is full.',
      ui: { key: 'failures:withReason', params: { action, reason: { key: 'failures:io.ENOSPC' } } },
    });
    const deckError = Object.assign(new Error('x: too big'), { name: 'DeckError', code: 'too-large', file: 'x', ui: { key: 'failures:deck.too-large-limit', params: { limit: '50 MB' } } });
    expect(toFailure(deckError, 'Could not open x', action).ui?.params?.reason).toEqual({ key: 'failures:deck.too-large-limit', params: { limit: '50 MB' } });
  });

  it('never returns more than one line, and caps the length', () => {
    const f = toFailure(new Error(`line one\nline two\n${'x'.repeat(1000)}`), 'Could not export');
    expect(f.message).not.toContain('\n');
    expect(f.message.length).toBeLessThanOrEqual(300);
  });
});
