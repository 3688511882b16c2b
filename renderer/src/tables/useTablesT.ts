/**
 * The translator the table and chart editors use: the app's i18n provider (react-i18next),
 * with full 'tables:…' keys so the catalog test sees every key read.
 */
import { useTranslation } from 'react-i18next';

export function useTablesT() {
  return useTranslation().t;
}

export type TablesT = ReturnType<typeof useTablesT>;
