/**
 * Payload validation for every invoke channel: the renderer is treated as untrusted. Shapes
 * are checked here; decks are checked again by the services with the engine's
 * `restoreDeck` (which fills defaults and migrates), so nothing unvalidated is written,
 * compiled or presented.
 */
import { UI_LANGS, type UiLang } from '../../../engine/i18n/index.ts';
import type { InvokeArgs, InvokeChannel, PresentCommand } from '../../shared/contract.ts';
import { EXPORT_FORMATS } from '../office/format-names.ts';
import { PDF_LAYOUTS } from '../services/print-html.ts';

export class PayloadError extends Error {
  override name = 'PayloadError';
}

type Validators = { [C in InvokeChannel]: (args: unknown[]) => InvokeArgs<C> };

const MAX_PATH = 4096;

function obj(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PayloadError(`${what}: expected an object`);
  return value as Record<string, unknown>;
}
function str(value: unknown, what: string, max = MAX_PATH): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max || value.includes('\0')) throw new PayloadError(`${what}: expected text`);
  return value;
}
function strOrNull(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : str(value, what);
}
function numOrNull(value: unknown, what: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new PayloadError(`${what}: expected a number`);
  return value;
}
function none(args: unknown[]): [] {
  if (args.length > 0) throw new PayloadError('expected no arguments');
  return [];
}
function one(args: unknown[]): unknown {
  if (args.length !== 1) throw new PayloadError('expected one argument');
  return args[0];
}
/** Decks are checked by restoreDeck in the services; here only that one is present. */
function deckField(req: Record<string, unknown>): never {
  if (typeof req.deck !== 'object' || req.deck === null) throw new PayloadError('deck: expected a deck');
  return req.deck as never;
}

const PRESENT_TYPES = new Set(['next', 'prev', 'first', 'last', 'blank', 'end', 'toggle-presenter']);

export const VALIDATORS: Validators = {
  'app:info': none,
  'deck:open': (args) => {
    const req = obj(one(args), 'request');
    return [{ path: strOrNull(req.path, 'path') }];
  },
  'deck:save': (args) => {
    const req = obj(one(args), 'request');
    return [{ deck: deckField(req), path: strOrNull(req.path, 'path'), expectedMtimeMs: numOrNull(req.expectedMtimeMs, 'expectedMtimeMs'), overwrite: req.overwrite === true }];
  },
  'deck:import': (args) => {
    const req = obj(one(args), 'request');
    return [{ path: strOrNull(req.path, 'path') }];
  },
  'deck:revert': (args) => [{ path: str(obj(one(args), 'request').path, 'path') }],
  'recent:list': none,
  'recovery:write': (args) => {
    const req = obj(one(args), 'request');
    return [{ docId: str(req.docId, 'docId', 64), deck: deckField(req), path: strOrNull(req.path, 'path') }];
  },
  'recovery:clear': (args) => [{ docId: str(obj(one(args), 'request').docId, 'docId', 64) }],
  'recovery:list': none,
  'recovery:restore': (args) => [{ id: str(obj(one(args), 'request').id, 'id', 64) }],
  'recovery:discard': (args) => [{ id: str(obj(one(args), 'request').id, 'id', 64) }],
  'export:run': (args) => {
    const req = obj(one(args), 'request');
    const format = EXPORT_FORMATS.find((f) => f === req.format);
    if (!format) throw new PayloadError(`format: expected one of ${EXPORT_FORMATS.join(', ')}`);
    const pdfLayout = req.pdfLayout === undefined ? undefined : PDF_LAYOUTS.find((l) => l === req.pdfLayout);
    if (req.pdfLayout !== undefined && !pdfLayout) throw new PayloadError(`pdfLayout: expected one of ${PDF_LAYOUTS.join(', ')}`);
    const suggestedName = req.suggestedName === undefined ? undefined : str(req.suggestedName, 'suggestedName', 200);
    return [{ deck: deckField(req), format, notesPages: req.notesPages === true, ...(pdfLayout ? { pdfLayout } : {}), speakerNotes: req.speakerNotes === true, ...(suggestedName ? { suggestedName } : {}) }];
  },
  'present:start': (args) => {
    const req = obj(one(args), 'request');
    return [{ deck: deckField(req), startSectionId: strOrNull(req.startSectionId, 'startSectionId'), displayId: numOrNull(req.displayId, 'displayId') }];
  },
  'present:stop': none,
  'image:pick': none,
  'doc:state': (args) => {
    const req = obj(one(args), 'state');
    if (typeof req.dirty !== 'boolean') throw new PayloadError('dirty: expected true or false');
    const docId = req.docId === undefined ? undefined : str(req.docId, 'docId', 64);
    return [{ name: str(req.name, 'name', 300), dirty: req.dirty, ...(docId ? { docId } : {}) }];
  },
  'shell:open-external': (args) => [str(one(args), 'url', 2048)],
  'present:session': none,
  'spell:check': (args) => [str(one(args), 'word', 200)],
  'spell:add': (args) => [str(one(args), 'word', 200)],
  'edit:paste': none,
  'present:control': (args) => {
    const cmd = obj(one(args), 'command');
    if (cmd.type === 'goto') {
      if (typeof cmd.index !== 'number' || !Number.isInteger(cmd.index)) throw new PayloadError('index: expected a whole number');
      return [{ type: 'goto', index: cmd.index }];
    }
    if (typeof cmd.type !== 'string' || !PRESENT_TYPES.has(cmd.type)) throw new PayloadError('type: expected a present command');
    return [{ type: cmd.type } as PresentCommand];
  },
  'ui:set-lang': (args) => {
    const lang = one(args);
    if (lang !== null && !(UI_LANGS as readonly unknown[]).includes(lang)) throw new PayloadError(`lang: expected one of ${UI_LANGS.join(', ')} or null`);
    return [lang as UiLang | null];
  },
};
