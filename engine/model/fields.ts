/**
 * Field schemas shared by the table and chart models. They repeat schema.ts's private
 * helpers with the same messages, so a table's error reads like any other field's.
 */
import { z } from 'zod';
import { LIMITS } from './defaults.ts';

export const text = (max: number = LIMITS.textChars) => z.string({ error: 'expected text' }).max(max, { error: `text longer than ${max} characters` });
export const isoDateOrEmpty = z.string({ error: 'expected text' }).regex(/^$|^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as yyyy-mm-dd' });
export const id = z.string({ error: 'expected an id' }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'expected an id of letters, digits, - or _' });
/** A source id, or '' for none. */
export const sourceRef = z.union([id, z.literal('')], { error: 'expected a source id or ""' }).default('');
