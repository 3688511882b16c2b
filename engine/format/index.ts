/**
 * The .briefdeck file format: envelope, versions and migrations, restore (validate + fill
 * defaults + unique ids), reading with limits, typed errors, ids.
 */
export { DeckError, formatZodPath, type DeckErrorCode } from './errors.ts';
export { FORMAT_VERSION, OLDEST_VERSION, MIGRATIONS, type Migration as FormatMigration } from './migrations.ts';
export { restoreDeck } from './restore.ts';
export { parseDeckBytes, parseDeckText, serializeDeck } from './parse.ts';
export { createDeck, type DeckInit } from './create.ts';
export { newId } from './ids.ts';
/** For file readers that refuse an oversize file before reading it (same wording as parseDeckBytes). */
export { tooLarge as fileTooLargeError } from './decode.ts';
