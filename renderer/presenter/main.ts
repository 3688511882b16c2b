/**
 * The presenter view: current slide, next slide, speaker notes, elapsed and remaining time
 * against the deck's target, the clock, and n / N. Its keys and buttons send commands to
 * main, which moves the audience window too (IPC, not reveal's postMessage speaker popup).
 */
import 'reveal.js/reveal.css';
import './presenter.css';
import type { PresentCommand, PresentState } from '../../electron/shared/contract.ts';
import { formatDuration, timing } from './keys.ts';
import { positionLabel, slideFacts } from './slide-facts.ts';
import { bridge, forwardKeys, mountDeck, openSession } from './session.ts';
import { translatePage } from './translate.ts';
import { t, uiI18n } from '../i18n.ts';
import { mountNav } from './nav.ts';

const $ = (id: string) => document.getElementById(id)!;
const NOTES_SCALE_KEY = 'briefdeck.presenter.notesScale';
const NOTES_SCALE_MIN = 0.7;
const NOTES_SCALE_MAX = 2;

async function main() {
  translatePage();
  const api = bridge();
  const session = await openSession(api);
  if (!session) return;
  document.title = t('present:title', { title: session.title });
  $('deck-title').textContent = session.title;
  $('target').textContent = t('present:target', { time: formatDuration(session.targetMinutes * 60_000) });
  // Notes and "counted in n / N" per slide, read once from the engine's slide HTML.
  const facts = session.slides.map((s) => slideFacts(s.html));
  // Frames take the deck's shape (16:9 or 4:3) so reveal scales the slides without bars.
  const { width, height } = session.revealConfig as { width?: number; height?: number };
  if (width && height) document.body.style.setProperty('--ratio', `${width} / ${height}`);
  // reveal sizes its element to 100% of the parent: give it an inner host so the frame keeps its shape.
  const host = (id: string) => $(id).appendChild(document.createElement('div'));
  const current = await mountDeck(host('current'), session, { embedded: true });
  const next = await mountDeck(host('next'), session, { embedded: true });
  let state: PresentState = session.state;
  // Go to slide, the overview and the backups list (presenter only; main moves the audience).
  const nav = mountNav(current, { controls: $('nav-places'), side: document.querySelector('.pv-side')!, before: document.querySelector('.pv-notes')! }, (index) => void api.presentControl({ type: 'goto', index }), {
    html: session.slides.map((s) => s.html),
    width: width ?? 1280,
    height: height ?? 720,
  });

  const render = () => {
    current.slide(state.index);
    const hasNext = state.index + 1 < state.count;
    next.slide(Math.min(state.index + 1, state.count - 1));
    $('next').hidden = !hasNext;
    $('end-note').hidden = hasNext;
    $('position').textContent = positionLabel(facts, state.index, (n, total) => t('present:backup', { n, total }));
    $('progress').style.width = `${((state.index + 1) / Math.max(1, state.count)) * 100}%`;
    $('blank-state').hidden = !state.blank;
    document.body.classList.toggle('blank', state.blank);
    // Notes are the engine's escaped HTML from <aside class="notes">.
    $('notes').innerHTML = facts[state.index]?.notes ?? '';
    if (!facts[state.index]?.notes) $('notes').replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: t('present:noNotes') }));
    $('notes').scrollTop = 0;
    document.body.dataset.index = String(state.index);
    nav.update(state.index);
  };
  const tick = () => {
    const t = timing(Date.now(), state.startedAt, session.targetMinutes);
    $('elapsed').textContent = t.elapsed;
    $('remaining').textContent = t.remaining;
    $('remaining').classList.toggle('over', t.over);
    $('remaining').classList.toggle('soon', t.soon);
    $('clock').textContent = new Intl.DateTimeFormat(uiI18n().language, { hour: '2-digit', minute: '2-digit' }).format(Date.now());
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
  // Notes text size: A−/A+ or the - and + keys, remembered for the next show.
  const setNotesScale = (scale: number) => {
    const clamped = Math.min(NOTES_SCALE_MAX, Math.max(NOTES_SCALE_MIN, Math.round(scale * 10) / 10));
    document.body.style.setProperty('--notes-scale', String(clamped));
    document.body.dataset.notesScale = String(clamped);
    localStorage.setItem(NOTES_SCALE_KEY, String(clamped));
    return clamped;
  };
  let notesScale = setNotesScale(Number(localStorage.getItem(NOTES_SCALE_KEY)) || 1);
  $('notes-smaller').addEventListener('click', () => (notesScale = setNotesScale(notesScale - 0.1)));
  $('notes-larger').addEventListener('click', () => (notesScale = setNotesScale(notesScale + 0.1)));
  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') notesScale = setNotesScale(notesScale + 0.1);
    else if (event.key === '-') notesScale = setNotesScale(notesScale - 0.1);
  });
  forwardKeys(api);
  render();
  tick();
  setInterval(tick, 1000);
  document.body.dataset.ready = 'true';
}

void main();
