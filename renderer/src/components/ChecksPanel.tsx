import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkText } from '../../../engine/checks/message.ts';
import { runChecks, type CheckItem } from '../../../engine/checks/index.ts';
import { layoutDeck } from '../../../engine/layout/index.ts';
import { useEditor } from '../store/index.ts';
import { selectDeck, selectOverflow } from '../store/selectors.ts';
import { checksSummary } from './checksSummary.ts';

/** Jump to where an item points: select the section, open its panel, focus the field. */
export function jumpTo(item: CheckItem): void {
  const st = useEditor.getState();
  const t = item.target;
  if (t.sectionId === null) {
    st.setPanel('deck');
    st.requestFocus(t.field === 'marking' ? 'marking' : t.field === 'settings' ? 'settings' : 'deck-title');
    return;
  }
  st.select(t.sectionId);
  st.setPanel('section');
  // Straight to the missing field: the figure's Source or As-of, not its label.
  if (t.field === 'figures' && t.itemId) return st.requestFocus(`figure:${t.itemId}${item.kind === 'figure-no-source' ? ':source' : item.kind === 'figure-no-as-of' ? ':asOf' : ''}`);
  if ((t.field === 'table' || t.field === 'chart') && t.itemId) return st.requestFocus(`${t.field}:${t.itemId}`);
  // A point-level item (uncited point, portion above the banner) focuses that point.
  if (t.field === 'points' && t.itemId) return st.requestFocus(t.itemId);
  st.requestFocus(t.field === 'slide' ? 'points' : t.field === 'marking' ? 'section-marking' : t.field);
}

export function ChecksPanel() {
  const { t } = useTranslation();
  // Checks trail typing slightly (deferred) so they never slow a keystroke down.
  const deck = useDeferredValue(useEditor(selectDeck));
  const overflow = useEditor(selectOverflow);
  // The panel is open only while it is looked at, so one layout of the deck per change is fine here.
  const items = useMemo(() => runChecks(deck, { overflow, layout: layoutDeck(deck).notices }), [deck, overflow]);
  const summary = checksSummary(items, (k, o) => t(k, o ?? {}));
  return (
    <section className="checks" aria-label={t('checks:panel')}>
      <p className="checks-summary" role="status">
        {summary.text}
      </p>
      <ul className="checks-list" data-testid="checks">
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className={`check check-${item.severity}`} data-kind={item.kind} onClick={() => jumpTo(item)}>
              <span className="check-dot" aria-hidden="true" />
              <span className="sr-only">{t(`checks:severity.${item.severity}`)}: </span>
              {checkText(item, t)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
