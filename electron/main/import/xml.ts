/**
 * A small element tree from strict XML (saxes), for reading Office parts we did not write.
 * Strict on purpose: a DOCTYPE is refused outright (no entity expansion, no external
 * entities — the "billion laughs" and XXE doors stay shut), and a part over its byte budget
 * never reaches the parser.
 */
import { SaxesParser } from 'saxes';
import type { UiMessage } from '../../../engine/i18n/ui-message.ts';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** XML we will not read: `message` in English for the CLI, `reason` for the UI. */
export class XmlRefused extends Error {
  readonly reason: UiMessage;
  constructor(message: string, part: string) {
    super(message);
    this.reason = { key: 'importing:refused.badXml', params: { part: part.replace(/^.*: /, '') } };
  }
}

/** Parses one XML part into a tree; throws XmlRefused with a one-line reason. */
export function parseXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: string | null = null;
  parser.on('doctype', () => {
    failure = `${part} declares a DOCTYPE (entities are refused)`;
    throw new XmlRefused(failure, part);
  });
  parser.on('error', (e) => {
    failure ??= `${part} is not well-formed XML (${e.message.split('\n')[0]?.slice(0, 120)})`;
    throw new XmlRefused(failure, part);
  });
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1]?.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]?.children.push(t);
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof XmlRefused) throw e;
    throw new XmlRefused(failure ?? `${part} is not well-formed XML`, part);
  }
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new XmlRefused(`${part} holds no XML element`, part);
  return top;
}

export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function first(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el ? elements(el, name)[0] : undefined;
}

/** Depth-first: every descendant element with this name. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/** `a/b/c` from el, or undefined. */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let at = el;
  for (const n of names) at = first(at, n);
  return at;
}

export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
