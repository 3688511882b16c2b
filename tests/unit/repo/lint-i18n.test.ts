/**
 * Literal UI text in a renderer component fails lint (i18next/no-literal-string): these
 * tests prove the rule fires on JSX text and on read-aloud attributes, and stays quiet on
 * catalog reads, symbols and non-UI attributes, so a loosened config fails here.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function literalStringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'i18next/no-literal-string').map((m) => m.message);
}

const component = (jsx: string) => `import { useTranslation } from 'react-i18next';\nexport function X() {\n  const { t } = useTranslation();\n  return ${jsx};\n}\n`;

describe('no literal UI text in components', () => {
  it.each([
    ['JSX text', '<p>Save changes</p>'],
    ['Korean JSX text', '<p>저장</p>'],
    ['a button label next to a translated one', "<button>{t('editor:toolbar.save')} now</button>"],
    ['aria-label', "<button aria-label=\"Close\">{t('editor:toolbar.save')}</button>"],
    ['title', '<span title="Unsaved changes" />'],
    ['placeholder', '<input placeholder="Type a command…" />'],
    ['a field label prop', '<TextField label="Deck title" />'],
  ])('refuses %s', async (_what, jsx) => {
    expect(await literalStringErrors('renderer/src/components/X.tsx', component(jsx))).not.toEqual([]);
  });

  it.each([
    ['a catalog read', "<p>{t('editor:toolbar.save')}</p>"],
    ['symbols and numbers', '<span>● · [1] → 2</span>'],
    ['non-UI attributes', '<div className="row" data-testid="x" role="group" />'],
    ['key names', "<kbd>{keyLabel('CmdOrCtrl+K')}</kbd>"],
  ])('allows %s', async (_what, jsx) => {
    expect(await literalStringErrors('renderer/src/components/X.tsx', component(jsx))).toEqual([]);
  });
});
