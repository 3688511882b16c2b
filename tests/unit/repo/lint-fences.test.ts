/**
 * The import fences of docs/ARCHITECTURE.md are lint rules; these tests prove each one
 * fires (and that the allowed directions stay allowed), so a loosened config fails here.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('import fences', () => {
  it.each([
    ['engine/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['engine/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['engine/x.ts', "import React from 'react';\nexport const a = React;\n"],
    ['engine/x.ts', "import { a } from '../electron/main/x.ts';\nexport const b = a;\n"],
    ['engine/x.ts', "import { a } from '../renderer/src/x.ts';\nexport const b = a;\n"],
    ['renderer/src/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['renderer/src/x.ts', "import path from 'node:path';\nexport const a = path;\n"],
    ['renderer/src/x.ts', "import { a } from '../../electron/main/x.ts';\nexport const b = a;\n"],
    ['renderer/src/x.ts', "import { INVOKE_CHANNELS } from '../../electron/shared/contract.ts';\nexport const a = INVOKE_CHANNELS;\n"],
    ['electron/preload/x.ts', "import { restoreDeck } from '../../engine/index.ts';\nexport const a = restoreDeck;\n"],
    ['electron/main/x.ts', "import { a } from '../../renderer/src/x.ts';\nexport const b = a;\n"],
    ['electron/shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['engine/x.ts', "import PptxGenJS from 'pptxgenjs';\nexport const a = PptxGenJS;\n"],
    ['engine/x.ts', "import { Document } from 'docx';\nexport const a = Document;\n"],
    ['engine/x.ts', "import JSZip from 'jszip';\nexport const a = JSZip;\n"],
    ['electron/main/office/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/main/office/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['electron/main/office/x.ts', "import { a } from '../setup/export.ts';\nexport const b = a;\n"],
    ['electron/main/office/x.ts', "import { a } from '../../../renderer/src/x.ts';\nexport const b = a;\n"],
  ])('%s refuses: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/x.ts', "import type { Failure } from '../../electron/shared/contract.ts';\nexport type A = Failure;\n"],
    ['renderer/src/x.ts', "import { COMMANDS } from '../../electron/shared/commands.ts';\nexport const a = COMMANDS;\n"],
    ['renderer/src/x.ts', "import { renderSlides } from '../../engine/index.ts';\nexport const a = renderSlides;\n"],
    ['electron/main/x.ts', "import fs from 'node:fs';\nimport { restoreDeck } from '../../engine/index.ts';\nexport const a = [fs, restoreDeck];\n"],
    ['electron/preload/x.ts', "import { createBridge } from '../shared/bridge.ts';\nexport const a = createBridge;\n"],
    ['electron/main/office/x.ts', "import PptxGenJS from 'pptxgenjs';\nimport { renderInline } from '../../../engine/markup/index.ts';\nexport const a = [PptxGenJS, renderInline];\n"],
    ['electron/main/cli/x.ts', "import { writePptx } from '../office/pptx.ts';\nexport const a = writePptx;\n"],
  ])('%s allows: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toEqual([]);
  });
});
