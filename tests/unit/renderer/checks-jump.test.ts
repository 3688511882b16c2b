/**
 * A check item jumps to the field that needs the fix: a figure without a source focuses
 * that figure's Source picker, one without an as-of date its As-of field.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createDeck } from '../../../engine/format/index.ts';
import { runChecks } from '../../../engine/checks/index.ts';
import { jumpTo } from '../../../renderer/src/components/ChecksPanel.tsx';
import { useEditor } from '../../../renderer/src/store/index.ts';

const deck = createDeck({
  sections: [
    { id: 's1', kind: 'content', title: 'Numbers', points: [], notes: 'n', figures: [{ id: 'f1', label: 'Exports', value: '17', unit: 'bn', asOf: '', sourceId: '' }], image: null, marking: null },
    { id: 's2', kind: 'content', title: 'Other', points: [], notes: '', figures: [], image: null, marking: null },
  ],
} as never);

beforeEach(() => {
  useEditor.getState().loadDeck(deck);
  useEditor.getState().select('s2');
  useEditor.getState().setPanel('checks');
});

function item(kind: string) {
  const found = runChecks(useEditor.getState().deck).find((i) => i.kind === kind && i.target.sectionId === 's1');
  if (!found) throw new Error(`no ${kind} item`);
  return found;
}

describe('jumpTo', () => {
  it('opens the section and focuses the figure’s Source picker for a figure without a source', () => {
    jumpTo(item('figure-no-source'));
    const s = useEditor.getState();
    expect(s.selectedSectionId).toBe('s1');
    expect(s.panel).toBe('section');
    expect(s.focus?.target).toBe('figure:f1:source');
  });

  it('focuses the figure’s As-of field for a figure without an as-of date', () => {
    jumpTo(item('figure-no-as-of'));
    expect(useEditor.getState().focus?.target).toBe('figure:f1:asOf');
  });

  it('focuses the notes for a section without speaker notes', () => {
    const noNotes = runChecks(useEditor.getState().deck).find((i) => i.kind === 'no-notes' && i.target.sectionId === 's2')!;
    jumpTo(noNotes);
    expect(useEditor.getState().selectedSectionId).toBe('s2');
    expect(useEditor.getState().focus?.target).toBe('notes');
  });

  it('focuses the very point for a point-level item (a portion mark above the banner)', () => {
    const d = createDeck({ marking: { level: 'unclassified' }, sections: [{ id: 's3', title: 'Plans', points: [{ id: 'p1', text: 'open' }, { id: 'p2', text: 'closed', portion: 'S' }] }] });
    const above = runChecks(d).find((i) => i.kind === 'portion-above-banner')!;
    jumpTo(above);
    expect(useEditor.getState().selectedSectionId).toBe('s3');
    expect(useEditor.getState().focus?.target).toBe('p2');
  });
});
