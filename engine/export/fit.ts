/**
 * The fit step, written once for the three places that show slides: the exported file's boot
 * script (boot.ts), the present windows (renderer/presenter/session.ts) and the editor's
 * preview (renderer/src/preview). A slide whose text runs past its box (a dense slide, or
 * 16:9 text switched to 4:3) would lose its last lines and key figures under the banner and
 * the slide number, so its body shrinks in 5% steps until it fits, down to 60%; past that it
 * is clipped as before (the pre-brief checks, which measure WITHOUT this, are the place to say
 * "too much on one slide"). The `--bd-fit` rule lives in templates/themes/briefing-base.css.
 *
 * Why a real function plus `toString()`, not a string: the renderer's CSP (`script-src 'self'`)
 * forbids `new Function`/`eval`, so the renderer needs real code, and two copies drift. The
 * export's boot script embeds `fitSlide.toString()`. That text is whatever the bundler emitted
 * (esbuild in vitest and the CLI bundle, which minifies; rolldown in electron-vite), so the
 * function is written to survive any of them on its own:
 *   - no references outside its body (constants are literals, no imports, no helpers);
 *   - no nested functions (keepNames would wrap them in a `__name(...)` helper call) and no
 *     syntax a bundler might lower through a helper (no optional chaining, spread, for-of);
 *   - plain statements only, nothing a bundler targeting es2022+ would rewrite.
 * The CSP hash is computed from the final BOOT_JS text (html.ts), so a minified body is still
 * hashed correctly; tests/unit/engine/export/fit.test.ts runs the emitted text on its own.
 */

/** A child of the slide body: only its sizes are read. */
export interface FitBox {
  readonly scrollHeight: number;
  readonly clientHeight: number;
  readonly nextElementSibling: FitBox | null;
}

/** The slide body (`.bd-body`): measured, scaled through `--bd-fit`, and marked as fitted. */
export interface FitBody extends FitBox {
  readonly firstElementChild: FitBox | null;
  readonly style: { setProperty(name: string, value: string): void };
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
}

/**
 * The slide (`section.bd-slide`). The engine has no DOM lib, so this is the structural part
 * of an Element that the fit touches; `unknown` lets a DOM Element pass as it is.
 */
export interface FitSlide {
  querySelector(selectors: string): unknown;
}

/**
 * Shrink the slide's blocks by one 5% step when one overflows its box and return the scale, or
 * null when the slide has no body or no size yet (slides reveal keeps hidden cannot be
 * measured: call again when it is shown). Measured once per body: `data-bd-fit` holds the
 * result, and a re-rendered body (a new element) is measured again.
 */
export function fitSlide(slide: FitSlide | null | undefined): number | null {
  if (!slide) return null;
  const body = slide.querySelector(':scope > .bd-body') as FitBody | null;
  if (!body || body.clientHeight === 0) return null;
  if (body.hasAttribute('data-bd-fit')) return Number(body.getAttribute('data-bd-fit'));
  let scale = 1;
  while (scale > 0.951) {
    // Blocks are placed at fixed boxes inside the body: a block whose content runs past its
    // box shows in its own scrollHeight, not the body's, so ask both.
    let over = body.scrollHeight > body.clientHeight + 1;
    for (let child = body.firstElementChild; child && !over; child = child.nextElementSibling) {
      if (child.scrollHeight > child.clientHeight + 1) over = true;
    }
    if (!over) break;
    scale = Math.round((scale - 0.05) * 100) / 100;
    body.style.setProperty('--bd-fit', String(scale));
  }
  body.setAttribute('data-bd-fit', String(scale));
  return scale;
}

/**
 * The same function as script text, for the export's boot script: a parenthesised function
 * expression, so `var fitSlide = <this>;` binds it whatever name the bundler gave it.
 */
export const FIT_SLIDE_JS = `(${fitSlide.toString()})`;
