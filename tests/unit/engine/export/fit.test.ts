/**
 * The fit step is one function (engine/export/fit.ts) that the export embeds as text. These
 * run that TEXT on its own, as the boot script does, including the text a minifying bundle
 * (the CLI's esbuild build) emits, so a bundler that made it depend on anything outside its
 * body would fail here rather than in an exported deck.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fitSlide, FIT_SLIDE_JS, type FitSlide } from '../../../../engine/export/fit.ts';
import { BOOT_JS } from '../../../../engine/export/boot.ts';

type Fit = (slide: FitSlide | null | undefined) => number | null;

/** A slide whose body holds `content` px of text in a `box` px box; the text scales with --bd-fit. */
function fakeSlide(content: number, box = 500, childContent = 0) {
  const attrs = new Map<string, string>();
  let scale = 1;
  const child = {
    get scrollHeight() {
      return Math.max(box - 40, childContent * scale);
    },
    clientHeight: box - 40,
    nextElementSibling: null,
  };
  const body = {
    get scrollHeight() {
      return Math.max(box, content * scale);
    },
    clientHeight: box,
    firstElementChild: child,
    nextElementSibling: null,
    style: { setProperty: (name: string, value: string) => (name === '--bd-fit' ? (scale = Number(value)) : undefined) },
    hasAttribute: (n: string) => attrs.has(n),
    getAttribute: (n: string) => attrs.get(n) ?? null,
    setAttribute: (n: string, v: string) => void attrs.set(n, v),
  };
  const slide = { querySelector: (sel: string) => (sel === ':scope > .bd-body' ? body : null) };
  return { slide, attrs };
}

function checks(fit: Fit) {
  expect(fit(fakeSlide(400).slide)).toBe(1);
  // The layout breaks sections now, so the fit is one 5% step at most (intended: it used to
  // go down to 60%, which put 24 px points at 14 px): 520 px into 500 takes the one step.
  const dense = fakeSlide(520);
  expect(fit(dense.slide)).toBe(0.95);
  expect(dense.attrs.get('data-bd-fit')).toBe('0.95');
  // Once fitted, the stored scale is returned without measuring again.
  expect(fit(dense.slide)).toBe(0.95);
  // Overflow inside a child block counts too.
  expect(fit(fakeSlide(400, 500, 500).slide)).toBe(0.95);
  // Never below 95%, however much overflows.
  expect(fit(fakeSlide(5000).slide)).toBe(0.95);
  // No body, no size, no slide: nothing to do.
  expect(fit({ querySelector: () => null })).toBeNull();
  expect(fit(fakeSlide(400, 0).slide)).toBeNull();
  expect(fit(undefined)).toBeNull();
}

describe('fitSlide', () => {
  it('shrinks by one 5% step at most (a safety net under the layout)', () => {
    checks(fitSlide);
  });

  it('runs the same as the text the export embeds', () => {
    checks(new Function(`return ${FIT_SLIDE_JS};`)() as Fit);
    expect(BOOT_JS).toContain(`var fit = ${FIT_SLIDE_JS};`);
  });

  it('survives a minifying bundle: the emitted text still runs on its own', async () => {
    const out = await build({
      stdin: { contents: "export { FIT_SLIDE_JS } from './engine/export/fit.ts';", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node22',
      minify: true,
      keepNames: true,
      logLevel: 'silent',
    });
    const mod = { exports: {} as { FIT_SLIDE_JS?: string } };
    new Function('module', 'exports', out.outputFiles[0]!.text)(mod, mod.exports);
    const text = mod.exports.FIT_SLIDE_JS!;
    expect(text.length).toBeLessThan(FIT_SLIDE_JS.length);
    checks(new Function(`return ${text};`)() as Fit);
  });
});
