/**
 * Issue 10 item 9: electron-builder's schema says NSIS file associations work "only if
 * nsis.perMachine is set to true", yet we install per user. Its own template says otherwise:
 * APP_ASSOCIATE writes to SHELL_CONTEXT (SHCTX), and the per-user install mode sets
 * `SetShellVarContext current`, so the keys land in HKCU\Software\Classes, which Windows
 * merges into HKEY_CLASSES_ROOT for that user. This test pins that evidence: an
 * electron-builder upgrade that changes it fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const NSIS = join(import.meta.dirname, '../../../node_modules/app-builder-lib/templates/nsis');
const read = (p: string) => readFileSync(join(NSIS, p), 'utf8');

describe('per-user NSIS install still registers .briefdeck', () => {
  it('the association macro writes through SHELL_CONTEXT, never HKLM directly', () => {
    const macro = /!macro APP_ASSOCIATE EXT[\s\S]*?!macroend/.exec(read('include/FileAssociation.nsh'))![0];
    expect(macro).toMatch(/WriteRegStr SHELL_CONTEXT "Software\\Classes\\\.\$\{EXT\}"/);
    expect(macro).not.toMatch(/HKLM|HKEY_LOCAL_MACHINE/);
  });
  it('per-user mode points SHELL_CONTEXT at the current user (HKCU)', () => {
    const perUser = /!macro setInstallModePerUser[\s\S]*?!macroend/.exec(read('multiUser.nsh'))![0];
    expect(perUser).toContain('SetShellVarContext current');
  });
  it('the installer registers the associations in both modes, and our config installs per user', () => {
    expect(read('installSection.nsh')).toContain('!insertmacro registerFileAssociations');
    const yml = readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/nsis:\n(?:.*\n)*?\s+perMachine: false/);
    expect(yml).toMatch(/fileAssociations:\n\s+- ext: briefdeck/);
  });
});
