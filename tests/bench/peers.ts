/**
 * Side-by-side peers for `npm run bench`: pandoc (Debian bookworm's 2.17) turning the SAME
 * generated outline text into a self-contained reveal.js deck, and marp-cli turning it into its
 * single-file HTML deck, measured on the same machine in the same run as Briefdeck — issue 2's
 * targets are stated against pandoc's and marp-cli's figures, and on a shared, loaded machine
 * only ratios taken side by side mean anything.
 *
 * Optional by design: neither peer is part of scripts/setup.sh or package.json. When pandoc (or a
 * reveal.js 4 to embed) or marp-cli is missing, one line says so and the bench carries on with
 * the other; the exit code stays 0.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

/** The reveal.js 4.x layout pandoc 2.17's template expects (dist/reveal.js, dist/theme/, plugin/notes/). */
const REVEAL_VERSION = '4.6.1';
const TIME_BIN = '/usr/bin/time';
/** The newest 4.x on the npm registry when this was written (`npm view @marp-team/marp-cli version`). */
const MARP_VERSION = '4.5.1';

export interface BriefdeckFigures {
  n: number;
  cliMs: number;
  cliRssMiB: number;
  bytes: number;
  readyMs: number | null;
}

export interface PeerOptions {
  repo: string;
  work: string;
  /** Outline files Briefdeck's CLI exported, by section count. */
  inputs: Map<number, string>;
  briefdeck: BriefdeckFigures[];
  runs: number;
  chromiumPath: string;
  chromiumArgs: string[];
  median: (xs: number[]) => number;
}

interface PeerRow {
  label: string;
  n: number;
  runs: number;
  ms: number;
  minMs: number;
  rssMiB: number | null;
  bytes: number;
  readyMs: number | null;
  slides: number | null;
}

const onPath = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/**
 * A local reveal.js 4 folder from the npm registry, cached under node_modules/.cache so that
 * only the first run needs the registry. Returns the reason when it cannot be had.
 */
function localReveal(repo: string): { dir: string } | { error: string } {
  const cache = join(repo, 'node_modules/.cache/briefdeck-bench');
  const dir = join(cache, `reveal.js-${REVEAL_VERSION}`);
  if (existsSync(join(dir, 'dist/reveal.js'))) return { dir };
  const tmp = mkdtempSync(join(cache, '.fetch-'));
  try {
    // npm pack prints the tarball's file name as its last stdout line.
    const out = execFileSync('npm', ['pack', `reveal.js@${REVEAL_VERSION}`, '--silent'], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    const tgz = out.trim().split('\n').pop() ?? '';
    execFileSync('tar', ['-xzf', join(tmp, tgz), '-C', tmp]);
    if (!existsSync(join(tmp, 'package/dist/reveal.js'))) return { error: `reveal.js@${REVEAL_VERSION} tarball has no dist/reveal.js` };
    renameSync(join(tmp, 'package'), dir);
    return { dir };
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { error: `could not fetch reveal.js@${REVEAL_VERSION} from the npm registry (${msg})` };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Two pandoc runs per size: its default theme (black, which makes --self-contained embed the
 * Source Sans Pro fonts in four formats, ~2.8 MB), and reveal's serif theme, which has no web
 * fonts, like Briefdeck's exports (system font stacks) — the like-for-like comparison.
 */
const VARIANTS: { label: string; theme: string | null }[] = [
  { label: 'pandoc', theme: null },
  { label: 'pandoc serif', theme: 'serif' },
];

function pandocArgs(input: string, output: string, revealDir: string, theme: string | null): string[] {
  return [
    '-f', 'markdown', '-t', 'revealjs', '--standalone',
    // pandoc 2.17's name for a single offline file (2.19 renamed it --embed-resources).
    '--self-contained',
    // The outline's `##` headings are its slides; without this pandoc picks slide level 1 (the
    // deck title has a paragraph under it) and puts every section on ONE slide.
    '--slide-level=2',
    // Only silences "nonempty <title>" warnings; the body is the outline as is.
    '-M', 'pagetitle=Benchmark briefing',
    '-V', `revealjs-url=${revealDir}`,
    ...(theme ? ['-V', `theme=${theme}`] : []),
    input, '-o', output,
  ];
}

function pandocRun(args: string[]): number {
  const started = performance.now();
  const r = spawnSync('pandoc', args, { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`pandoc failed (${r.status}): ${r.stderr.trim().split('\n')[0]}`);
  return ms;
}

/** Peak RSS of the pandoc process itself (GNU time's %M, KiB), in separate runs from the timing ones. */
function pandocRssKiB(args: string[], work: string): number {
  const report = join(work, 'pandoc-time.txt');
  const r = spawnSync(TIME_BIN, ['-f', '%M', '-o', report, 'pandoc', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pandoc (under ${TIME_BIN}) failed (${r.status}): ${r.stderr.trim().split('\n')[0]}`);
  return Number(readFileSync(report, 'utf8').trim().split('\n').pop());
}

type ReadyTimes = Map<string, { times: number[]; slides: number }>;
/** The page side of one peer's "ready": functions run inside the page, so each is self-contained. */
interface ReadyProbe {
  /** Init script: records the ready moment (ms since navigation start) in window.__benchReadyAt. */
  init: () => void;
  /** True once the deck is ready and its moment is recorded. */
  ready: () => boolean;
  /** The deck's slide count. */
  slides: () => number;
}
type BenchWindow = { __benchReadyAt?: number; Reveal?: { isReady(): boolean; getTotalSlides(): number } };

/** Chromium time-to-ready, a fresh context per run, as run.ts measures Briefdeck. */
async function chromiumReadyTimes(files: string[], opts: PeerOptions, probe: ReadyProbe): Promise<ReadyTimes | null> {
  if (!existsSync(opts.chromiumPath)) return null;
  const browser = await chromium.launch({ executablePath: opts.chromiumPath, args: opts.chromiumArgs });
  const result: ReadyTimes = new Map();
  try {
    for (const file of files) {
      const times: number[] = [];
      let slides = 0;
      for (let i = 0; i < opts.runs; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.addInitScript(probe.init);
        await page.goto(pathToFileURL(file).href);
        await page.waitForFunction(probe.ready, null, { timeout: 60_000 });
        times.push(await page.evaluate(() => (window as unknown as BenchWindow).__benchReadyAt ?? NaN));
        slides = await page.evaluate(probe.slides);
        await context.close();
      }
      result.set(file, { times, slides });
    }
  } finally {
    await browser.close();
  }
  return result;
}

/**
 * Chromium time-to-ready with the method run.ts uses for Briefdeck: a fresh context per run, the
 * moment reveal.js says ready recorded in ms since navigation start. pandoc's deck calls reveal 4's
 * Reveal.initialize, whose 'ready' DOM event does not bubble, so a capture listener on document
 * catches it; Reveal.isReady() is then checked so a missed event cannot pass as ready.
 */
const PANDOC_READY: ReadyProbe = {
  init: () => {
    document.addEventListener('ready', () => {
      (window as unknown as BenchWindow).__benchReadyAt ??= performance.now();
    }, true);
  },
  ready: () => {
    const w = window as unknown as BenchWindow;
    return typeof w.__benchReadyAt === 'number' && w.Reveal?.isReady() === true;
  },
  slides: () => (window as unknown as BenchWindow).Reveal?.getTotalSlides() ?? 0,
};

/**
 * marp-cli from the npm registry, installed once under node_modules/.cache (never in package.json:
 * it is a yardstick, not a dependency), so later runs are offline. Its HTML output needs no
 * browser, so every browser download that a dependency might attempt is switched off. The install
 * counts only when the installed CLI answers `--version` with the pinned version.
 */
function localMarp(repo: string): string | null {
  const prefix = join(repo, 'node_modules/.cache/briefdeck-bench/marp');
  const cli = join(prefix, 'node_modules/@marp-team/marp-cli/marp-cli.js');
  const works = (): boolean => {
    if (!existsSync(cli)) return false;
    const r = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    return r.status === 0 && r.stdout.includes(`v${MARP_VERSION}`);
  };
  if (works()) return cli;
  mkdirSync(prefix, { recursive: true });
  const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
  const r = spawnSync('npm', ['install', '--prefix', prefix, `@marp-team/marp-cli@${MARP_VERSION}`, '--no-save', '--no-audit', '--no-fund', '--silent'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
  return r.status === 0 && works() ? cli : null;
}

/**
 * The outline as a Marp Markdown file, one slide per section. A minimal faithful transform:
 * Marp splits slides only at `---` rulers, so one goes before every `## ` section heading (after
 * a blank line, so it cannot turn the line above into a setext heading), plus the `marp: true`
 * front matter. Every other line — title block, points, notes, sources — is passed through as
 * is, exactly the text pandoc gets, so both peers render the same content (notes and sources as
 * slide text in both). Slides: the title slide + one per section, as for pandoc.
 */
export function outlineToMarp(outline: string): string {
  const out: string[] = ['---', 'marp: true', '---', ''];
  for (const line of outline.split('\n')) {
    if (line.startsWith('## ')) out.push('', '---', '');
    out.push(line);
  }
  return out.join('\n');
}

function marpArgs(cli: string, input: string, output: string): string[] {
  // --html false: raw HTML in the Markdown stays text, as Briefdeck's outline import treats it.
  return [cli, input, '-o', output, '--html', 'false'];
}

function marpRun(args: string[], cwd: string): number {
  const started = performance.now();
  // stdin ignored: marp-cli reads stdin when it is not a TTY; /dev/null gives it nothing to wait on.
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`marp-cli failed (${r.status}): ${r.stderr.trim().split('\n').pop() ?? ''}`);
  return ms;
}

function marpRssKiB(args: string[], work: string): number {
  const report = join(work, 'marp-time.txt');
  const r = spawnSync(TIME_BIN, ['-f', '%M', '-o', report, process.execPath, ...args], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`marp-cli (under ${TIME_BIN}) failed (${r.status}): ${r.stderr.trim().split('\n').pop() ?? ''}`);
  return Number(readFileSync(report, 'utf8').trim().split('\n').pop());
}

/**
 * Chromium time-to-ready for marp-cli's deck, same fresh-context method as above. Its bespoke
 * template has no reveal.js and no ready event, so "ready" here is: the window `load` event has
 * fired AND the first slide is shown (its `svg[data-marpit-svg]` carries bespoke's
 * `bespoke-marp-active` class and its `section` has a non-empty box) — recorded in ms since
 * navigation start by a requestAnimationFrame poll started at `load`. Slides: the number of
 * top-level Marp slides (`svg[data-marpit-svg] > foreignObject > section`).
 */
const MARP_READY: ReadyProbe = {
  init: () => {
    window.addEventListener('load', () => {
      const poll = (): void => {
        const svg = document.querySelector('svg[data-marpit-svg]');
        const section = svg?.querySelector('section');
        const box = section?.getBoundingClientRect();
        if (svg?.classList.contains('bespoke-marp-active') && box && box.width > 0 && box.height > 0) {
          (window as unknown as BenchWindow).__benchReadyAt ??= performance.now();
        } else requestAnimationFrame(poll);
      };
      poll();
    });
  },
  ready: () => typeof (window as unknown as BenchWindow).__benchReadyAt === 'number',
  slides: () => document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section').length,
};

interface Measured {
  rows: PeerRow[];
  outputs: string[];
}

/** pandoc's rows, or null after one line saying why it was skipped. */
function measurePandoc(opts: PeerOptions, hasTime: boolean): (Measured & { version: string; revealDir: string }) | null {
  if (!onPath('pandoc')) {
    console.log('peers: pandoc not installed (apt-get install pandoc) — skipped');
    return null;
  }
  const version = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? 'pandoc';
  const reveal = localReveal(opts.repo);
  if ('error' in reveal) {
    console.log(`peers: pandoc skipped — ${reveal.error}`);
    return null;
  }
  const rows: PeerRow[] = [];
  const outputs: string[] = [];
  try {
    for (const [n, input] of opts.inputs) {
      for (const v of VARIANTS) {
        const output = join(opts.work, `${v.label.replace(' ', '-')}-${n}.html`);
        const args = pandocArgs(input, output, reveal.dir, v.theme);
        pandocRun(args); // warm the file cache, as for Briefdeck; not counted
        // pandoc needs seconds per run at 1000 sections: 5 runs there (still a median of ≥ 5).
        const runs = n >= 1000 ? 5 : opts.runs;
        const times = Array.from({ length: runs }, () => pandocRun(args));
        // RSS barely moves between runs, so 3 runs give its median.
        const rss = hasTime ? Array.from({ length: 3 }, () => pandocRssKiB(args, opts.work)) : null;
        rows.push({ label: v.label, n, runs, ms: opts.median(times), minMs: Math.min(...times), rssMiB: rss ? opts.median(rss) / 1024 : null, bytes: statSync(output).size, readyMs: null, slides: null });
        outputs.push(output);
      }
    }
  } catch (e) {
    console.log(`peers: pandoc skipped — ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  return { rows, outputs, version, revealDir: reveal.dir };
}

/** marp-cli's rows, or null after one line saying why it was skipped. */
function measureMarp(opts: PeerOptions, hasTime: boolean): Measured | null {
  const cli = localMarp(opts.repo);
  if (!cli) {
    console.log('peers: marp-cli could not be installed — skipped');
    return null;
  }
  const rows: PeerRow[] = [];
  const outputs: string[] = [];
  try {
    for (const [n, input] of opts.inputs) {
      const md = join(opts.work, `marp-${n}.md`);
      writeFileSync(md, outlineToMarp(readFileSync(input, 'utf8')));
      const output = join(opts.work, `marp-${n}.html`);
      const args = marpArgs(cli, md, output);
      marpRun(args, opts.work); // warm the file cache; not counted
      // Seconds per run at 1000 sections, as for pandoc: 5 runs there (still a median of ≥ 5).
      const runs = n >= 1000 ? 5 : opts.runs;
      const times = Array.from({ length: runs }, () => marpRun(args, opts.work));
      const rss = hasTime ? Array.from({ length: 3 }, () => marpRssKiB(args, opts.work)) : null;
      rows.push({ label: 'marp-cli', n, runs, ms: opts.median(times), minMs: Math.min(...times), rssMiB: rss ? opts.median(rss) / 1024 : null, bytes: statSync(output).size, readyMs: null, slides: null });
      outputs.push(output);
    }
  } catch (e) {
    console.log(`peers: marp-cli skipped — ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  return { rows, outputs };
}

function fillReady(m: Measured, ready: Map<string, { times: number[]; slides: number }> | null, median: (xs: number[]) => number): void {
  m.rows.forEach((row, i) => {
    const r = ready?.get(m.outputs[i] ?? '');
    row.readyMs = r ? median(r.times) : null;
    row.slides = r ? r.slides : null;
  });
}

export async function runPeers(opts: PeerOptions): Promise<void> {
  console.log('');
  mkdirSync(join(opts.repo, 'node_modules/.cache/briefdeck-bench'), { recursive: true });
  const hasTime = existsSync(TIME_BIN);
  if (!hasTime) console.log(`peers: no ${TIME_BIN} (apt-get install time) — peers' peak RSS not measured`);

  const pandoc = measurePandoc(opts, hasTime);
  const marp = measureMarp(opts, hasTime);
  if (!pandoc && !marp) return;
  const noBrowser = `(no browser at ${opts.chromiumPath})`;
  if (pandoc) {
    const ready = await chromiumReadyTimes(pandoc.outputs, opts, PANDOC_READY);
    if (!ready) console.log(`peers: skipped Chromium time-to-ready for pandoc ${noBrowser}`);
    fillReady(pandoc, ready, opts.median);
  }
  if (marp) {
    const ready = await chromiumReadyTimes(marp.outputs, opts, MARP_READY);
    if (!ready) console.log(`peers: skipped Chromium time-to-ready for marp-cli ${noBrowser}`);
    fillReady(marp, ready, opts.median);
  }
  // One block per size: Briefdeck, then every peer at that size.
  const all = [...(pandoc?.rows ?? []), ...(marp?.rows ?? [])];
  const sizes = [...opts.inputs.keys()];

  const fmt = (v: number | null | undefined, digits = 0): string => (v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : v.toFixed(digits));
  const ratio = (p: number | null | undefined, b: number | null | undefined): string => (p && b ? `${(p / b).toFixed(1)}×` : 'n/a');
  console.log('Peers, side by side (same machine, same run, same outline text):');
  if (pandoc) {
    console.log(`  ${pandoc.version} with a local reveal.js ${REVEAL_VERSION} (${pandoc.revealDir})`);
    console.log(`    pandoc -f markdown -t revealjs --standalone --self-contained --slide-level=2 [-V theme=serif]`);
  }
  if (marp) {
    console.log(`  marp-cli ${MARP_VERSION} (npm, cached in node_modules/.cache/briefdeck-bench/marp) on Node ${process.versions.node}`);
    console.log('    marp input.md -o out.html --html false; input = the outline with a `---` slide ruler before each `## ` section and `marp: true` front matter');
  }
  console.log(`  median of ${opts.runs} runs (5 at 1000 sections), peak RSS by ${TIME_BIN} -f %M (median of 3)`);
  console.log('sections | tool         | export (ms) | fastest (ms) | peak RSS (MiB) | output (KiB) | Chromium ready (ms) | slides');
  console.log('-------- | ------------ | ----------- | ------------ | -------------- | ------------ | ------------------- | ------');
  for (const n of sizes) {
    const b = opts.briefdeck.find((r) => r.n === n);
    if (b) console.log(`${String(n).padStart(8)} | ${'Briefdeck'.padEnd(12)} | ${fmt(b.cliMs).padStart(11)} | ${''.padStart(12)} | ${fmt(b.cliRssMiB, 1).padStart(14)} | ${fmt(b.bytes / 1024, 1).padStart(12)} | ${fmt(b.readyMs).padStart(19)} |`);
    for (const p of all.filter((r) => r.n === n)) {
      console.log(`${String(p.n).padStart(8)} | ${p.label.padEnd(12)} | ${fmt(p.ms).padStart(11)} | ${fmt(p.minMs).padStart(12)} | ${fmt(p.rssMiB, 1).padStart(14)} | ${fmt(p.bytes / 1024, 1).padStart(12)} | ${fmt(p.readyMs).padStart(19)} | ${fmt(p.slides)}`);
    }
  }
  console.log('\nRatios, peer / Briefdeck (above 1× = Briefdeck is faster / smaller):');
  console.log('sections | peer         | export time | peak RSS | output bytes | Chromium ready');
  console.log('-------- | ------------ | ----------- | -------- | ------------ | --------------');
  for (const n of sizes) {
    const b = opts.briefdeck.find((r) => r.n === n);
    for (const p of all.filter((r) => r.n === n)) {
      console.log(`${String(p.n).padStart(8)} | ${p.label.padEnd(12)} | ${ratio(p.ms, b?.cliMs).padStart(11)} | ${ratio(p.rssMiB, b?.cliRssMiB).padStart(8)} | ${ratio(p.bytes, b?.bytes).padStart(12)} | ${ratio(p.readyMs, b?.readyMs).padStart(14)}`);
    }
  }
  if (pandoc) {
    console.log("  'pandoc' (default theme) embeds Source Sans Pro in four font formats as base64: most of its bytes, time and memory at 10 and 100 sections.");
    console.log("  'pandoc serif' embeds no web fonts, like Briefdeck's exports: the like-for-like row. Slides: Reveal.getTotalSlides() of pandoc's deck (its title slide + one per section).");
  }
  if (marp) {
    console.log("  'marp-cli': its bespoke template has no reveal.js, so its Chromium ready = the `load` event AND the first slide shown (bespoke-marp-active, non-empty box).");
    console.log("    Single file with its own JS/CSS inlined (images would stay links; the outline has none). Notes and sources are slide text, as for pandoc. Slides: Marp's top-level <section>s.");
  }
}
