/**
 * Navigation for questions, in the presenter window only: a "go to slide" box (type 12 or
 * B2, Enter), an overview of every slide (O; arrow keys, Enter, Esc) and a list of the
 * backups. Each sends main one `goto` command, so the audience window only ever shows the
 * resulting slide; none of this is in the audience page.
 *
 * Keys typed into the box or inside the overview stop at their element, so they never reach
 * the window's present keys (B for black, Esc to end the show).
 */
import type { RevealApi } from 'reveal.js';
import { fitSlide } from '../../engine/export/fit.ts';
import { t } from '../i18n.ts';
import { backups, gridMove, resolveJump, slideLabel, type JumpResult, type NavSlide } from './jump.ts';

interface NavSlideInfo extends NavSlide {
  title: string;
  kind: string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * Per slide, from the presenter's reveal instance: counted or backup, title, kind. Its
 * horizontal slides are the indices main's goto uses; reveal's getSlides() would leave the
 * uncounted (backup) slides out.
 */
function readSlides(deck: RevealApi): NavSlideInfo[] {
  return deck.getHorizontalSlides().map((s) => ({
    counted: s.getAttribute('data-visibility') !== 'uncounted',
    title: (s.querySelector('h1, h2')?.textContent ?? '').trim() || t('presenter-nav:untitled'),
    kind: /\bbd-(\w+)\b/.exec(s.className.replace('bd-slide', ''))?.[1] ?? '',
  }));
}

function explain(result: Exclude<JumpResult, { ok: true }>): string {
  if (result.reason === 'empty') return '';
  if (result.reason === 'syntax') return t('presenter-nav:syntax');
  if (result.query.kind === 'backup') return result.max === 0 ? t('presenter-nav:noBackups') : t('presenter-nav:noBackup', { n: result.query.n, max: result.max });
  return t('presenter-nav:noSlide', { n: result.query.n, max: result.max });
}

/**
 * A still copy of one slide for the overview: the engine's escaped slide HTML, at the deck's
 * size, inside a .reveal box so the theme applies, scaled to the card and inert.
 */
function thumbnail(html: string, size: { width: number; height: number }): HTMLElement {
  const slidesBox = el('div', { className: 'slides' });
  // Slide HTML comes from the engine's renderSlides, where every user string is escaped.
  slidesBox.innerHTML = html;
  slidesBox.querySelector('section')?.classList.add('present');
  const stage = el('div', { className: 'reveal pv-thumb-stage' }, slidesBox);
  stage.style.width = `${size.width}px`;
  stage.style.height = `${size.height}px`;
  const frame = el('span', { className: 'pv-thumb' }, stage);
  frame.setAttribute('aria-hidden', 'true');
  frame.inert = true;
  return frame;
}

export interface PresenterNav {
  /** Mark the slide the audience sees in the overview and the backups list. */
  update(index: number): void;
}

/**
 * Builds the three controls into the presenter page. `controls` gets the go-to box and the
 * overview button, `side` the backups list; `go` sends main the goto command.
 */
export function mountNav(
  deck: RevealApi,
  places: { controls: HTMLElement; side: HTMLElement; before: HTMLElement },
  go: (index: number) => void,
  thumbs: { html: readonly string[]; width: number; height: number },
): PresenterNav {
  const slides = readSlides(deck);

  // Go to slide: the box, its button, and a status line that says why a jump was refused.
  const input = el('input', { id: 'jump', type: 'text', autocomplete: 'off', spellcheck: false, placeholder: t('presenter-nav:goToPlaceholder'), size: 7 });
  input.setAttribute('aria-label', t('presenter-nav:goTo'));
  input.setAttribute('enterkeyhint', 'go');
  const status = el('output', { id: 'jump-status', className: 'pv-jump-status' });
  status.setAttribute('role', 'status');
  const jump = () => {
    const result = resolveJump(slides, input.value);
    if (result.ok) {
      go(result.index);
      input.value = '';
      status.textContent = '';
      input.blur();
    } else {
      status.textContent = explain(result);
      input.select();
    }
  };
  const form = el('form', { className: 'pv-jump' }, el('label', { htmlFor: 'jump', className: 'pv-sr-only' }, t('presenter-nav:goTo')), input, el('button', { type: 'submit' }, t('presenter-nav:goToButton')), status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    jump();
  });
  input.addEventListener('keydown', (event) => {
    // Everything typed here is for the box: B is a letter, not "black screen".
    event.stopPropagation();
    if (event.key === 'Escape') {
      input.value = '';
      status.textContent = '';
      input.blur();
    }
  });

  // The overview: every slide as a card (its number or B-k, its title), in a modal dialog.
  const grid = el('div', { className: 'pv-grid', role: 'listbox' });
  grid.setAttribute('aria-label', t('presenter-nav:overview'));
  const cards = slides.map((s, index) => {
    const label = slideLabel(slides, index);
    const card = el(
      'button',
      { type: 'button', className: `pv-card${s.counted ? '' : ' pv-card-backup'}`, tabIndex: -1 },
      thumbnail(thumbs.html[index] ?? '', thumbs),
      el('span', { className: 'pv-card-caption' }, el('span', { className: 'pv-card-no' }, label), el('span', { className: 'pv-card-title' }, s.title)),
    );
    card.setAttribute('role', 'option');
    card.dataset.index = String(index);
    card.dataset.label = label;
    if (s.kind) card.dataset.kind = s.kind;
    card.addEventListener('click', () => {
      go(index);
      dialog.close();
    });
    return card;
  });
  grid.append(...cards);
  const dialog = el(
    'dialog',
    { className: 'pv-overview', id: 'overview' },
    el('div', { className: 'pv-overview-head' }, el('h2', {}, t('presenter-nav:overview')), el('p', { className: 'pv-overview-hint' }, t('presenter-nav:overviewHint')), el('button', { type: 'button', className: 'pv-overview-close' }, t('presenter-nav:close'))),
    grid,
  );
  dialog.setAttribute('aria-label', t('presenter-nav:overview'));
  dialog.querySelector('.pv-overview-close')!.addEventListener('click', () => dialog.close());
  let focused = 0;
  const focusCard = (i: number) => {
    cards[focused]!.tabIndex = -1;
    focused = i;
    cards[i]!.tabIndex = 0;
    cards[i]!.focus();
    cards[i]!.scrollIntoView({ block: 'nearest' });
  };
  dialog.addEventListener('keydown', (event) => {
    // The overview owns every key while open (Esc closes it, it does not end the show).
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
      return;
    }
    const onCard = (event.target as HTMLElement).classList.contains('pv-card');
    if (!onCard) return;
    const columns = getComputedStyle(grid).gridTemplateColumns.split(' ').length || 1;
    const next = gridMove(focused, event.key, cards.length, columns);
    if (next !== null) {
      event.preventDefault();
      focusCard(next);
    }
  });
  let fitted = false;
  const scaleThumbs = () => {
    const frame = grid.querySelector<HTMLElement>('.pv-thumb');
    if (frame) grid.style.setProperty('--pv-thumb-scale', String(frame.clientWidth / thumbs.width));
  };
  // The presenter may move or resize the window with the overview open: cards change width.
  window.addEventListener('resize', () => {
    if (dialog.open) scaleThumbs();
  });
  const openOverview = () => {
    if (dialog.open) return;
    dialog.showModal();
    // Thumbnails are full-size slides scaled down to the card, and fitted like the slide
    // itself once they are laid out (the first time the overview opens).
    scaleThumbs();
    if (!fitted) {
      fitted = true;
      grid.querySelectorAll('.pv-thumb section').forEach((section) => fitSlide(section));
    }
    focusCard(Number(document.body.dataset.index ?? 0) || 0);
  };
  const overviewButton = el('button', { type: 'button', id: 'overview-button' }, t('presenter-nav:overview'));
  overviewButton.addEventListener('click', openOverview);

  // Backups: one button per backup slide, for the questions at the end.
  const list = backups(slides);
  const backupList = el(
    'section',
    { className: 'pv-backups' },
    el('h2', { className: 'pv-label' }, t('presenter-nav:backups')),
    list.length === 0
      ? el('p', { className: 'pv-backups-empty' }, t('presenter-nav:noBackups'))
      : el(
          'ol',
          {},
          ...list.map(({ index, label }) =>
            el(
              'li',
              {},
              Object.assign(el('button', { type: 'button', className: 'pv-backup' }, el('span', { className: 'pv-card-no' }, label), el('span', { className: 'pv-card-title' }, slides[index]!.title)), {
                onclick: () => go(index),
              }),
            ),
          ),
        ),
  );
  backupList.setAttribute('aria-label', t('presenter-nav:backups'));

  places.controls.append(form, overviewButton);
  document.querySelector('.pv-keys')?.append(el('span', { className: 'pv-nav-keys' }, ` · ${t('presenter-nav:keys')}`));
  places.side.insertBefore(backupList, places.before);
  document.body.append(dialog);

  // From anywhere else in the page: a digit starts the box (as in PowerPoint), G focuses it, O opens the overview.
  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (/^\d$/.test(event.key)) {
      event.preventDefault();
      input.focus();
      input.value = event.key;
      status.textContent = '';
    } else if (event.key === 'g' || event.key === 'G') {
      event.preventDefault();
      input.focus();
      input.select();
    } else if (event.key === 'o' || event.key === 'O') {
      event.preventDefault();
      openOverview();
    }
  });

  return {
    update(index) {
      for (const card of cards) {
        const here = Number(card.dataset.index) === index;
        card.setAttribute('aria-selected', String(here));
        card.classList.toggle('pv-card-current', here);
      }
      backupList.querySelectorAll<HTMLButtonElement>('.pv-backup').forEach((b, i) => b.classList.toggle('pv-card-current', list[i]!.index === index));
    },
  };
}
