/**
 * useTranslation for one namespace that works with or without an <I18nextProvider> above:
 * without one (unit tests that render a component alone) it reads an English instance.
 */
import { useContext } from 'react';
import { I18nContext, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import { createI18n } from '../../../engine/i18n/index.ts';

let fallback: i18n | null = null;

export function useNsT(ns: string) {
  const ctx = useContext(I18nContext) as { i18n?: i18n } | undefined;
  const inst = ctx?.i18n ?? (fallback ??= createI18n('en'));
  return useTranslation(ns, { i18n: inst }).t;
}
