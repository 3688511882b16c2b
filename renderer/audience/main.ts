/**
 * The audience window: the deck, fullscreen, driven by main's present state (which the
 * presenter window or the keys here change). No notes, no controls.
 */
import 'reveal.js/reveal.css';
import './audience.css';
import type { PresentState } from '../../electron/shared/contract.ts';
import { bridge, forwardKeys, mountDeck, openSession } from '../presenter/session.ts';

async function main() {
  const api = bridge();
  const session = await openSession(api);
  if (!session) return;
  document.title = session.title;
  document.documentElement.lang = session.lang;
  const deck = await mountDeck(document.getElementById('deck')!, session, { embedded: false });
  const blank = document.getElementById('blank')!;
  const apply = (state: PresentState) => {
    if (deck.getIndices().h !== state.index) deck.slide(state.index);
    blank.hidden = !state.blank;
    document.body.dataset.index = String(state.index);
  };
  apply(session.state);
  api.on('present:state', apply);
  forwardKeys(api);
  document.body.dataset.ready = 'true';
}

void main();
