/**
 * The presenter view: current slide, next slide, speaker notes, elapsed and remaining time
 * against the deck's target, the clock, and n / N. Its keys and buttons send commands to
 * main, which moves the audience window too (IPC, not reveal's postMessage speaker popup).
 */
import 'reveal.js/reveal.css';
import './presenter.css';
import type { PresentCommand, PresentSession, PresentState } from '../../electron/shared/contract.ts';
import { timing } from './keys.ts';
import { applyTheme, bridge, forwardKeys, mountDeck } from './session.ts';

const $ = (id: string) => document.getElementById(id)!;

/** The notes of slide `index`, from the engine's `<aside class="notes">` (already escaped HTML). */
function notesOf(session: PresentSession, index: number): string {
  const html = session.slides[index]?.html ?? '';
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.querySelectorAll('aside.notes')].map((n) => n.innerHTML).join('');
}

async function main() {
  const api = bridge();
  const session = await api.presentSession();
  if (!session) {
    document.body.textContent = 'No presentation is running.';
    return;
  }
  document.title = `Presenter — ${session.title}`;
  applyTheme(session.themeCss);
  // Frames take the deck's shape (16:9 or 4:3) so reveal scales the slides without bars.
  const { width, height } = session.revealConfig as { width?: number; height?: number };
  if (width && height) for (const id of ['current', 'next']) $(id).style.aspectRatio = `${width} / ${height}`;
  // reveal sizes its element to 100% of the parent: give it an inner host so the frame keeps its shape.
  const host = (id: string) => $(id).appendChild(document.createElement('div'));
  const current = await mountDeck(host('current'), session, { embedded: true });
  const next = await mountDeck(host('next'), session, { embedded: true });
  let state: PresentState = session.state;

  const render = () => {
    current.slide(state.index);
    const hasNext = state.index + 1 < state.count;
    next.slide(Math.min(state.index + 1, state.count - 1));
    $('next').hidden = !hasNext;
    $('end-note').hidden = hasNext;
    $('position').textContent = `${state.index + 1} / ${state.count}`;
    $('blank-state').hidden = !state.blank;
    const notes = notesOf(session, state.index);
    $('notes').innerHTML = notes || '<p class="empty">No notes for this slide.</p>';
    document.body.dataset.index = String(state.index);
  };
  const tick = () => {
    const t = timing(Date.now(), state.startedAt, session.targetMinutes);
    $('elapsed').textContent = t.elapsed;
    $('remaining').textContent = t.remaining;
    $('remaining').classList.toggle('over', t.over);
    $('clock').textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  };

  api.on('present:state', (s) => {
    state = s;
    render();
  });
  const send = (cmd: PresentCommand) => () => void api.presentControl(cmd);
  $('prev').addEventListener('click', send({ type: 'prev' }));
  $('next-button').addEventListener('click', send({ type: 'next' }));
  $('black').addEventListener('click', send({ type: 'blank' }));
  $('end').addEventListener('click', send({ type: 'end' }));
  forwardKeys(api);
  render();
  tick();
  setInterval(tick, 1000);
  document.body.dataset.ready = 'true';
}

void main();
