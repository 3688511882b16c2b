/**
 * A message as data: a catalog key and its values. Main and the engine say WHAT went wrong
 * (a Failure's `ui`, a DeckError's `reason`, an outline warning) and the window that shows it
 * words it in its UI language; the English `message` beside it stays for the CLI and logs.
 * A value may itself be a message (an action and its reason), rendered first.
 */
export type UiParam = string | number | UiMessage;
export interface UiMessage {
  key: string;
  params?: Record<string, UiParam>;
}

/** i18next's `t`, or any function with its shape. */
export type UiTranslate = (key: string, options: Record<string, unknown>) => string;

/** Deep enough for action → reason → at-path; a crafted message cannot recurse for long. */
const MAX_DEPTH = 4;
const KEY = /^[A-Za-z]+:[A-Za-z0-9_.-]+$/;

export function renderUiMessage(message: UiMessage, t: UiTranslate, depth = 0): string {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    values[name] = typeof value === 'object' ? (depth < MAX_DEPTH ? renderUiMessage(value, t, depth + 1) : '') : value;
  }
  return t(message.key, values);
}

/** A well-formed message (it crosses IPC: the renderer checks before it trusts one). */
export function isUiMessage(value: unknown, depth = 0): value is UiMessage {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || !KEY.test(key)) return false;
  if (params === undefined) return true;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return false;
  return Object.values(params).every((v) => typeof v === 'string' || typeof v === 'number' || isUiMessage(v, depth + 1));
}

/** Shorthand for a message literal. */
export function ui(key: string, params?: Record<string, UiParam>): UiMessage {
  return params ? { key, params } : { key };
}
