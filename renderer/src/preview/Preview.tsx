/**
 * The live preview: ONE embedded reveal.js instance fed by the engine's `renderSlides`, the
 * same function the export uses. It listens to the store directly (not through React
 * renders) so a keystroke reaches the slide in the same task; only slides whose HTML
 * changed are swapped, and reveal's `sync()` runs only when the slide list changes.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { t as tr } from '../../i18n.ts';
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import 'reveal.js/reveal.css';
import { createSlideCache, slideCount, toRevealConfig } from '../../../engine/compile/index.ts';
import type { Deck } from '../../../engine/model/schema.ts';
import { useEditor } from '../store/index.ts';
import { applySlides, slideIndexOf, type SlideDom } from './sync.ts';
import { measureOverflow } from './overflow.ts';
import { applyThemeCss, themeClass, useThemeCss } from './theme.ts';
import { clearFits, fitSlide } from './fit.ts';
import { PreviewCaption } from './PreviewCaption.tsx';
import { createStagedRender } from './staged-render.ts';
import { extendSlides } from './extend-slides.ts';

const MEASURE_DELAY_MS = 400;
/** Above this an update leaves the keystroke for the next frame; below FAST it comes back. */
const SLOW_UPDATE_MS = 12;
const FAST_UPDATE_MS = 6;
const NEEDS_SYNC = /\bfragment\b|data-background|data-autoslide/;

export function Preview() {
  const hostRef = useRef<HTMLDivElement>(null);
  const stepRef = useRef<(d: -1 | 1) => void>(() => undefined);
  useThemeCss();
  const aspect = useEditor((s) => s.deck.settings.aspect);
  // The slides speak the deck's language, whatever the UI's (html lang follows the UI).
  const deckLang = useEditor((s) => s.deck.meta.lang);
  const { t } = useTranslation();

  useEffect(() => {
    const host = hostRef.current!;
    const store = useEditor;
    const revealEl = document.createElement('div');
    const slidesEl = document.createElement('div');
    revealEl.className = 'reveal bd-preview';
    slidesEl.className = 'slides';
    revealEl.appendChild(slidesEl);
    host.appendChild(revealEl);

    let slides: SlideDom[] = [];
    let configKey = '';
    let ready = false;
    let disposed = false;
    let fromPreview = false;
    let measureTimer: ReturnType<typeof setTimeout> | undefined;
    let lastDeck: Deck | null = null;
    let currentTheme = '';
    // Unchanged sections render from the cache, so a keystroke costs one slide, not the deck.
    const slideCache = createSlideCache();
    // A long deck opens with its first sections drawn and the rest drawn in idle time (staged-render.ts).
    const staged = createStagedRender(slideCache);
    let idle = 0;
    /** True while the preview moves because the selection moved (not the user in the preview). */
    let following = false;
    const initialConfig = toRevealConfig(store.getState().deck, 'preview');
    const reveal: RevealApi = new Reveal(revealEl, {
      ...initialConfig,
      // These four are what make it a pane, not a page (see docs/TOOLCHAIN.md).
      embedded: true,
      keyboardCondition: 'focused',
      hash: false,
      scrollActivationWidth: null,
      // No notes plugin: its S key opens the speaker popup with window.open, which the app
      // denies, and reveal then shows an alert(). The app's own presenter view has the notes.
      plugins: [],
    } as never);

    const follow = (sectionId: string | null) => {
      if (!ready || sectionId === null) return;
      // A section not drawn yet (staged open): draw up to it now, the user asked for it.
      if (staged.staging && slideIndexOf(slides, sectionId) < 0 && lastDeck) {
        staged.reach(lastDeck, sectionId);
        drawMore();
      }
      const i = slideIndexOf(slides, sectionId);
      const cur = reveal.getIndices().h;
      // Stay put when the current slide already belongs to the section (a continuation slide).
      if (i >= 0 && slides[cur]?.sectionId !== sectionId) {
        following = true;
        reveal.slide(i);
        following = false;
      }
    };

    const scheduleMeasure = (delay = MEASURE_DELAY_MS) => {
      clearTimeout(measureTimer);
      measureTimer = setTimeout(() => {
        // A staged open measures once the whole deck is drawn.
        if (disposed || staged.staging) return;
        const cfg = toRevealConfig(store.getState().deck, 'preview');
        const { overflow: over, pending } = measureOverflow(slides, { width: cfg.width, height: cfg.height }, themeClass(store.getState().deck));
        const prev = store.getState().overflow;
        if (over.length !== prev.length || over.some((o, i) => o.key !== prev[i]?.key)) store.getState().setOverflow(over);
        if (pending) scheduleMeasure(16);
        else host.dataset.measured = String(Number(host.dataset.measured ?? 0) + 1);
      }, delay);
    };

    /**
     * Fit the slide in view when its body is new. Measuring forces a layout, so it waits for the
     * next frame (before it is painted) instead of running inside the keystroke, where the
     * editor's own DOM changes would make the browser lay out twice; an update that already
     * runs in a frame fits at once. A body already fitted is skipped without measuring.
     */
    let fitFrame = 0;
    let inFrame = false;
    const fitNow = () => {
      fitFrame = 0;
      const el = slides[reveal.getIndices().h]?.el;
      const body = el?.querySelector(':scope > .bd-body');
      if (el && body && !body.hasAttribute('data-bd-fit')) fitSlide(el);
    };
    const fitInView = () => {
      if (inFrame) fitNow();
      else if (fitFrame === 0) fitFrame = requestAnimationFrame(fitNow);
    };

    const update = (deck: Deck) => {
      if (deck === lastDeck) return;
      lastDeck = deck;
      // Only swap the theme class: reveal keeps its own state classes on this element, and
      // rewriting className would drop them and restyle every slide.
      const theme = themeClass(deck);
      if (theme !== currentTheme) {
        if (currentTheme) revealEl.classList.remove(currentTheme);
        revealEl.classList.add(theme);
        // The new theme's CSS now, not in React's effect after this render: the fit below
        // measures with it.
        applyThemeCss(deck.settings.theme);
        currentTheme = theme;
        clearFits(slides);
      }
      const result = applySlides(slidesEl, slides, staged.slides(deck, store.getState().selectedSectionId));
      slides = result.slides;
      if (result.structural) host.dataset.slides = String(slides.length);
      if (!ready) return;
      const cfg = toRevealConfig(deck, 'preview');
      const key = JSON.stringify(cfg);
      if (key !== configKey) {
        configKey = key;
        clearFits(slides);
        reveal.configure({ ...cfg, embedded: true, keyboardCondition: 'focused', hash: false, scrollActivationWidth: null } as never);
      }
      if (result.structural) {
        reveal.sync();
        follow(store.getState().selectedSectionId);
        report();
      } else {
        // The notes under the preview follow an edit of the slide in view.
        if (result.changed.length > 0) report();
        // syncSlide refreshes backgrounds for EVERY slide (O(n)); only fragments and
        // backgrounds need it, and renderSlides emits neither today.
        result.changed.forEach((el, i) => {
          if (NEEDS_SYNC.test(result.changedHtml[i]!)) reveal.syncSlide(el);
        });
      }
      // The export's fit step on the slide in view: a patched slide has a new body, measured again.
      // By index into our own list, not reveal.getCurrentSlide(): after a structural change that
      // rebuilt the slide in view, reveal still holds the old, detached element (no size, so never
      // fitted) until the next navigation.
      fitInView();
      // Lets tests and the benchmark see when the preview caught up with an edit.
      host.dataset.revision = String(Number(host.dataset.revision ?? 0) + 1);
      scheduleMeasure();
      if (staged.staging) scheduleGrow();
    };

    /** One step of a staged open: the next sections' slides appended, no drawn slide touched. */
    const drawMore = () => {
      if (!lastDeck || !staged.staging) return;
      staged.grow();
      const result = extendSlides(slidesEl, slides, staged.slides(lastDeck, store.getState().selectedSectionId));
      slides = result.slides;
      host.dataset.slides = String(slides.length);
      if (!ready) return;
      // reveal finds appended slides by querying its DOM; sync() (backgrounds, the slide
      // number's total) walks every slide, so it runs once, when the deck is whole.
      if (!staged.staging) {
        reveal.sync();
        delete host.dataset.staging;
        report();
        scheduleMeasure();
      } else if (result.appended === 0 && result.structural) reveal.sync();
    };
    const scheduleGrow = () => {
      host.dataset.staging = 'true';
      if (idle !== 0 || disposed) return;
      idle = requestIdleCallback(
        (deadline) => {
          idle = 0;
          if (disposed) return;
          do drawMore();
          while (staged.staging && deadline.timeRemaining() > 4);
          if (staged.staging) scheduleGrow();
        },
        // Progress even while the user keeps the page busy (typing right after the open).
        { timeout: 250 },
      );
    };

    update(store.getState().deck);
    void reveal.initialize().then(() => {
      if (disposed) return;
      ready = true;
      configKey = JSON.stringify(initialConfig);
      reveal.sync();
      lastDeck = null;
      update(store.getState().deck);
      follow(store.getState().selectedSectionId);
      host.dataset.ready = 'true';
      report();
      scheduleMeasure();
    });

    const report = () => {
      // Runs on navigation and structural changes only (never per keystroke), so slideCount's deck walk is fine here.
      const index = reveal.getIndices().h;
      const shown = slides[index];
      // The count comes from the same layout cache the slides did: no second layout of the deck.
      const perSection = new Map<string, number>();
      for (const s of slides) if (s.sectionId !== null) perSection.set(s.sectionId, (perSection.get(s.sectionId) ?? 0) + 1);
      const continued = [...perSection.values()].filter((n) => n > 1).length;
      // While staging, the slides drawn so far (all counted: no backups yet); the total is not known.
      const counted = staged.staging ? slides.length : slideCount(store.getState().deck, { cache: slideCache.layout }).counted;
      const at = { index, total: slides.length, counted, sectionId: shown?.sectionId ?? null, notes: shown?.notes ?? '', continued, partial: staged.staging };
      const prev = store.getState().previewAt;
      if (prev.index !== at.index || prev.total !== at.total || prev.counted !== at.counted || prev.sectionId !== at.sectionId || prev.notes !== at.notes || prev.continued !== at.continued || prev.partial !== at.partial) store.getState().setPreviewAt(at);
    };
    reveal.on('slidechanged', report);
    // Slides reveal keeps hidden have no size: each is fitted when it first comes into view.
    reveal.on('slidechanged', () => fitSlide(reveal.getCurrentSlide()));

    const onSlideChanged = () => {
      const id = slides[reveal.getIndices().h]?.sectionId ?? null;
      if (!following && id !== null && id !== store.getState().selectedSectionId) {
        fromPreview = true;
        store.getState().select(id);
      }
    };
    reveal.on('slidechanged', onSlideChanged);
    stepRef.current = (d) => {
      if (!ready) return;
      // Past the last slide drawn so far (staged open): draw more first.
      if (staged.staging && reveal.getIndices().h + d >= slides.length) drawMore();
      // A step from the caption is a navigation by the user: follow it with the selection.
      const target = Math.max(0, Math.min(slides.length - 1, reveal.getIndices().h + d));
      reveal.slide(target);
      const id = slides[target]?.sectionId ?? null;
      if (id !== null && id !== store.getState().selectedSectionId) {
        fromPreview = true;
        store.getState().select(id);
      }
    };

    const onClick = () => {
      const id = (reveal.getCurrentSlide() as HTMLElement | undefined)?.dataset.bdSection;
      if (id && id !== store.getState().selectedSectionId) {
        fromPreview = true;
        store.getState().select(id);
      }
    };
    revealEl.addEventListener('click', onClick);

    let failed = false;
    /**
     * Normally the preview updates inside the keystroke. When one update costs more than
     * a frame (a 2000-point slide), updates move to the next animation frame and merge, so
     * typing never waits on the preview; they come back inline once they are cheap again.
     */
    let slow = false;
    let slowRun = 0;
    let frame = 0;
    const safeUpdate = (fromFrame?: number) => {
      frame = 0;
      inFrame = typeof fromFrame === 'number';
      const started = performance.now();
      // A preview failure must never cost the keystroke: the store already holds it.
      try {
        update(store.getState().deck);
        failed = false;
      } catch (e) {
        if (!failed) store.getState().notify(tr('editor:preview.failed', { message: e instanceof Error ? e.message : String(e) }), 'error');
        failed = true;
        lastDeck = null;
      }
      inFrame = false;
      // Three slow updates in a row (not one GC pause) switch modes; one fast one switches back.
      const took = performance.now() - started;
      slowRun = took > SLOW_UPDATE_MS ? slowRun + 1 : 0;
      if (slowRun >= 3) slow = true;
      else if (took < FAST_UPDATE_MS) slow = false;
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.deck !== prev.deck) {
        if (!slow) safeUpdate();
        else if (frame === 0) frame = requestAnimationFrame(safeUpdate);
      }
      // Editing the deck's facts (title, presenter, office, dates) shows the title slide.
      if (ready && s.deck.meta !== prev.deck.meta && s.deck.sections === prev.deck.sections && reveal.getIndices().h !== 0) {
        following = true;
        reveal.slide(0);
        following = false;
      }
      if (s.selectedSectionId !== prev.selectedSectionId) {
        if (fromPreview) fromPreview = false;
        else follow(s.selectedSectionId);
      }
    });

    // reveal re-lays out on window resize only; the pane also changes size with the aspect
    // setting and the panels beside it.
    const resize = new ResizeObserver(() => {
      if (ready) reveal.layout();
    });
    resize.observe(host);

    return () => {
      disposed = true;
      resize.disconnect();
      clearTimeout(measureTimer);
      cancelAnimationFrame(frame);
      if (idle !== 0) cancelIdleCallback(idle);
      cancelAnimationFrame(fitFrame);
      unsubscribe();
      revealEl.removeEventListener('click', onClick);
      try {
        reveal.destroy();
      } catch {
        // destroy() before initialize() settled throws in reveal 6; the element goes anyway.
      }
      revealEl.remove();
    };
  }, []);

  return (
    <>
    <div className="preview-frame" style={{ aspectRatio: aspect === '4:3' ? '4 / 3' : '16 / 9' }}>
      <div ref={hostRef} lang={deckLang} className="preview-host" role="region" aria-label={t('editor:preview.region')} tabIndex={-1} data-testid="preview" />
    </div>
    <PreviewCaption step={(d) => stepRef.current(d)} />
    </>
  );
}
