/**
 * The speaker view's own inline script. reveal's notes plugin opens an about:blank popup and
 * `document.write`s its speaker-view page into it; that popup inherits the deck's CSP, so its
 * inline script runs only if its sha256 is allowed too (otherwise the speaker view opens
 * empty). We take the page from the plugin source (a template literal), cook its escapes the
 * way JavaScript does, and return the text between `<script>` and `</script>` exactly as the
 * browser will hash it.
 */

const WRITE = 'document.write(`';

/** The cooked value of the template literal starting at `start` (just after the backtick). */
export function cookTemplate(source: string, start: number): string {
  let out = '';
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '`') return out;
    if (c === '$' && source[i + 1] === '{') throw new Error('speaker view template has an interpolation; cannot hash it statically');
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = source[++i] ?? '';
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case '0': out += '\0'; break;
      case 'x': out += String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16)); i += 2; break;
      case 'u': {
        if (source[i + 1] === '{') {
          const close = source.indexOf('}', i);
          out += String.fromCodePoint(parseInt(source.slice(i + 2, close), 16));
          i = close;
        } else {
          out += String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16));
          i += 4;
        }
        break;
      }
      case '\r': if (source[i + 1] === '\n') i++; break; // line continuation
      case '\n': break;
      default: out += e; // \\ \` \$ \/ and identity escapes
    }
  }
  throw new Error('speaker view template is not terminated');
}

export function extractSpeakerScript(notesSource: string): string {
  const at = notesSource.indexOf(WRITE);
  if (at === -1 || notesSource.indexOf(WRITE, at + 1) !== -1) throw new Error('notes plugin: cannot find its speaker view page (reveal.js changed?)');
  const page = cookTemplate(notesSource, at + WRITE.length);
  const open = page.indexOf('<script>');
  const close = page.indexOf('</script>', open);
  if (open === -1 || close === -1 || page.indexOf('<script', open + 1) !== -1) throw new Error('notes plugin: expected exactly one inline script in the speaker view');
  return page.slice(open + '<script>'.length, close);
}
