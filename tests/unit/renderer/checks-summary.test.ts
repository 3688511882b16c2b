import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../engine/checks/index.ts';
import { createDeck } from '../../../engine/format/index.ts';
import { createI18n } from '../../../engine/i18n/index.ts';
import { checksSummary } from '../../../renderer/src/components/checksSummary.ts';

const enT = createI18n('en').getFixedT(null, 'outlineMode');
const en = (k: string, o?: Record<string, unknown>) => enT(k, o ?? {});
const koT = createI18n('ko').getFixedT(null, 'outlineMode');
const ko = (k: string, o?: Record<string, unknown>) => koT(k, o ?? {});

/** Every number in the headline, summed. */
function counted(text: string): number {
  return (text.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
}

describe('checks panel headline', () => {
  it('counts exactly the listed items: flagged and notes apart (the "3 above a list of 4" bug)', () => {
    const items = [{ severity: 'error' as const }, { severity: 'warning' as const }, { severity: 'warning' as const }, { severity: 'info' as const }];
    const s = checksSummary(items, en);
    expect(s.flagged + s.info).toBe(items.length);
    expect(s.text).toBe('3 things a reviewer would flag. 1 note.');
    expect(counted(s.text)).toBe(items.length);
    expect(checksSummary(items, ko).text).toBe('검토자가 지적할 사항 3건. 참고 1건.');
  });

  it('says ready when nothing is flagged, and still counts the notes', () => {
    expect(checksSummary([], en).text).toBe('Ready to brief: nothing a reviewer would flag.');
    expect(checksSummary([{ severity: 'info' }, { severity: 'info' }], en).text).toBe('Ready to brief: nothing a reviewer would flag. 2 notes.');
    expect(checksSummary([{ severity: 'warning' }], en).text).toBe('1 thing a reviewer would flag.');
  });

  it('matches the list for a real deck with checks of every severity', () => {
    const deck = createDeck({ sections: [{ id: 's1', title: 'One', points: [] }, { id: 's2', title: 'Two', points: [{ id: 'p1', text: 'A point' }] }] } as never);
    const items = runChecks(deck, { overflow: [] });
    expect(items.length).toBeGreaterThan(1);
    const s = checksSummary(items, en);
    expect(s.flagged + s.info).toBe(items.length);
    expect(counted(s.text)).toBe(items.length);
  });
});
