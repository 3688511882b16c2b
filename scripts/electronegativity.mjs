#!/usr/bin/env node
/* global process, console */
/**
 * Doyensec Electronegativity over what ships (out/main, out/preload, out/renderer; run
 * `npx electron-vite build` first). Fails on:
 *   - any HIGH finding;
 *   - any context-isolation, sandbox, node-integration, web-security, navigation or
 *     permission finding, whatever its severity (these cannot be allow-listed);
 *   - any MEDIUM finding without an entry and a written reason in electronegativity-allow.json.
 *
 * The AvailableSecurityFixesGlobalCheck needs the network (it downloads Electron's release
 * list) and is skipped; the Electron version is given, not detected.
 *
 *   node scripts/electronegativity.mjs
 *   node scripts/electronegativity.mjs --input <folder>   (scan that folder instead; used by
 *                                                          the test that plants violations)
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const allowList = JSON.parse(readFileSync(join(import.meta.dirname, 'electronegativity-allow.json'), 'utf8')).allow;

/** Categories the issue says must have NO finding at all. */
const FORBIDDEN = /CONTEXT_ISOLATION|SANDBOX|NODE_INTEGRATION|WEB_SECURITY|NAVIGATION|AUXCLICK|PERMISSION|INSECURE_CONTENT|EXPERIMENTAL_FEATURES|BLINK_FEATURES|WEBVIEW|PRELOAD/;

// Electronegativity fetches translations with `got`, whose retry timer can throw after the
// request already failed offline ("onCancel handler was attached after the promise settled").
process.on('uncaughtException', (error) => {
  if (String(error?.message).includes('onCancel')) return;
  throw error;
});

const inputAt = process.argv.indexOf('--input');
const customInput = inputAt > 0 ? resolve(process.argv[inputAt + 1] ?? '') : null;
if (!customInput) {
  for (const part of ['out/main', 'out/preload', 'out/renderer']) {
    if (!existsSync(join(root, part))) {
      console.error(`missing ${part}: run "npx electron-vite build" first`);
      process.exit(1);
    }
  }
}

const stage = mkdtempSync(join(tmpdir(), 'briefdeck-eneg-'));
let failed = 0;
try {
  if (customInput) cpSync(customInput, stage, { recursive: true });
  else for (const part of ['main', 'preload', 'renderer']) cpSync(join(root, 'out', part), join(stage, part), { recursive: true });
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: pkg.name, version: pkg.version, main: 'main/index.js', devDependencies: { electron: pkg.devDependencies.electron } }));
  const run = require('@doyensec/electronegativity');
  const result = await run({
    input: stage,
    isRelative: true,
    electronVersionOverride: pkg.devDependencies.electron,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  if (result.errors.length) console.log(`electronegativity: ${result.errors.length} file(s) could not be parsed`);
  const used = new Map();
  const counts = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
  for (const issue of result.issues) {
    const severity = issue.severity?.name ?? String(issue.severity);
    counts[severity] = (counts[severity] ?? 0) + 1;
    const where = `${issue.file}:${issue.location?.line ?? 0}`;
    const entry = allowList.find((a) => a.check === issue.id && a.file === issue.file && (!a.severity || a.severity === severity));
    let verdict;
    if (severity === 'HIGH') verdict = 'FAIL (high)';
    else if (FORBIDDEN.test(issue.id)) verdict = 'FAIL (forbidden category)';
    else if (entry && entry.reason?.trim()) {
      const n = (used.get(entry) ?? 0) + 1;
      used.set(entry, n);
      verdict = entry.max && n > entry.max ? `FAIL (more than the ${entry.max} allowed)` : `allowed: ${entry.reason}`;
    } else if (severity === 'MEDIUM') verdict = 'FAIL (medium without a written reason)';
    else verdict = 'noted';
    if (verdict.startsWith('FAIL')) failed++;
    console.log(`${severity.padEnd(6)} ${issue.id} ${where} — ${verdict}`);
  }
  for (const entry of allowList) if (!used.has(entry)) console.log(`note: allow-list entry ${entry.check} ${entry.file} matched nothing (remove it if the finding is gone)`);
  console.log(`electronegativity: ${result.globalChecks} global + ${result.atomicChecks} atomic checks; findings high ${counts.HIGH}, medium ${counts.MEDIUM}, low ${counts.LOW}, info ${counts.INFORMATIONAL}; ${failed} not acceptable`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
