/**
 * The starter briefings. They live as DATA in templates/*.briefdeck (format envelopes, so
 * they are read exactly like a user's file) and reach the engine as raw strings; every one
 * goes through parseDeckText → restoreDeck here, and the tests compile each of them.
 */
import { DeckError, parseDeckText } from '../format/index.ts';
import type { Deck } from '../model/schema.ts';
import seedText from '../../templates/rok-us-defense-industry.briefdeck?raw';
import infoText from '../../templates/information-brief.briefdeck?raw';
import decisionText from '../../templates/decision-brief.briefdeck?raw';
import blankText from '../../templates/blank.briefdeck?raw';

export interface Template {
  id: string;
  name: string;
  description: string;
  /** Shared instance for listing and previews: do not edit it; getTemplate gives a copy. */
  deck: Deck;
}

const SOURCES: readonly { id: string; name: string; description: string; text: string }[] = [
  {
    id: 'rok-us-defense-industry',
    name: 'ROK–U.S. defense-industry cooperation',
    description: 'Information briefing built from a June 2024 Washington Times op-ed: export growth, the alliance’s virtuous cycle, supply-chain security, the NDIS and the outlook.',
    text: seedText,
  },
  {
    id: 'information-brief',
    name: 'Information brief',
    description: 'BLUF, purpose, background, discussion and way ahead, with a backup section. No decision requested.',
    text: infoText,
  },
  {
    id: 'decision-brief',
    name: 'Decision brief',
    description: 'Problem, facts, assumptions, options, recommendation, coordination and the request for decision.',
    text: decisionText,
  },
  { id: 'blank', name: 'Blank', description: 'An empty deck with the default settings.', text: blankText },
];

export const TEMPLATES: readonly Template[] = SOURCES.map(({ id, name, description, text }) => ({ id, name, description, deck: parseDeckText(text) }));

/** A fresh deck from the template (restored again from its text, so nothing is shared). */
export function getTemplate(id: string): Deck {
  const source = SOURCES.find((t) => t.id === id);
  if (!source) throw new DeckError('not-found', `no template called ${JSON.stringify(id.slice(0, 60))}`);
  return parseDeckText(source.text);
}
