/** Shared by the present pages: the bridge, the session, the theme and a reveal instance. */
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import type { BriefdeckApi } from '../../electron/shared/bridge.ts';
import type { PresentSession } from '../../electron/shared/contract.ts';
import { fitSlide } from '../../engine/export/fit.ts';
import { commandForKey } from './keys.ts';
import { t } from '../i18n.ts';

export function bridge(): BriefdeckApi {
  const api = (window as unknown as { briefdeck?: BriefdeckApi }).briefdeck;
  if (!api) throw new Error('window.briefdeck is missing: open this page from Briefdeck.');
  return api;
}

/**
 * The running show for a present page, with its theme applied; null (after saying so on the
 * page) when no presentation is running.
 */
export async function openSession(api: BriefdeckApi): Promise<PresentSession | null> {
  const session = await api.presentSession();
  if (!session) {
    document.body.textContent = t('present:noSession');
    return null;
  }
  applyTheme(session.themeCss);
  return session;
}

function applyTheme(css: string): void {
  const style = document.createElement('style');
  style.dataset.bdTheme = '';
  style.textContent = css;
  document.head.append(style);
}

/** A reveal.js instance showing the session's slides inside `host`; it never reacts to keys itself. */
export async function mountDeck(host: HTMLElement, session: PresentSession, options: { embedded: boolean }): Promise<RevealApi> {
  host.classList.add('reveal');
  // The slides speak the deck's language, not the UI's (Hangul line breaking, fonts, labels).
  host.lang = session.lang;
  const slides = document.createElement('div');
  slides.className = 'slides';
  // Slide HTML comes from the engine's renderSlides, where every user string is escaped.
  slides.innerHTML = session.slides.map((s) => s.html).join('\n');
  host.replaceChildren(slides);
  const deck = new Reveal(host, {
    ...session.revealConfig,
    embedded: options.embedded,
    keyboard: false,
    controls: false,
    progress: false,
    hash: false,
    history: false,
    fragmentInURL: false,
    postMessage: false,
    postMessageEvents: false,
    previewLinks: false,
    showNotes: false,
    scrollActivationWidth: null,
    autoSlide: 0,
  } as Record<string, unknown>);
  await deck.initialize();
  followSlides(deck, host);
  return deck;
}

/**
 * What the exported file's boot script does on each slide (engine/export/boot.ts), so the
 * audience sees the slide the export shows: a backup slide hides reveal's "n / N", and a body
 * whose text runs past its box shrinks by the export's own fit step (engine/export/fit.ts).
 */
function followSlides(deck: RevealApi, root: HTMLElement): void {
  const onSlide = (slide: Element | null | undefined) => {
    root.classList.toggle('bd-uncounted', slide?.getAttribute('data-visibility') === 'uncounted');
    fitSlide(slide);
  };
  deck.on('slidechanged', (event) => onSlide((event as Event & { currentSlide?: Element }).currentSlide));
  onSlide(deck.getCurrentSlide());
}

/** Keys anywhere in the page become present commands for main. */
export function forwardKeys(api: BriefdeckApi): void {
  window.addEventListener('keydown', (event) => {
    const cmd = commandForKey(event.key, { ctrl: event.ctrlKey, meta: event.metaKey, alt: event.altKey });
    if (!cmd) return;
    event.preventDefault();
    void api.presentControl(cmd);
  });
}
