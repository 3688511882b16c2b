/**
 * The `tables` namespace's translator. It reads the app's i18n provider when there is one
 * (react-i18next's context) and falls back to an English instance of the same catalogs, so
 * the editors work before and after the provider lands.
 */
import { useContext } from 'react';
import { I18nContext, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import { createI18n } from '../../../engine/i18n/index.ts';

let fallback: i18n | null = null;

export function useTablesT() {
  const ctx = useContext(I18nContext) as { i18n?: i18n } | undefined;
  const inst = ctx?.i18n ?? (fallback ??= createI18n('en'));
  return useTranslation('tables', { i18n: inst }).t;
}

export type TablesT = ReturnType<typeof useTablesT>;
