/**
 * The sources a table or chart may cite: the deck's (format v3 keeps them deck-wide); numbers
 * are positions in that list, as the editor shows them. A store selector, so the editors
 * re-render when the sources change, not on every edit of the deck.
 */
import type { Source } from '../../../engine/model/schema.ts';
import type { EditorState } from '../store/types.ts';

export const selectCitableSources = (s: EditorState): Source[] => s.deck.sources;
