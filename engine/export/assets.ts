/**
 * The third-party text the export inlines, read as `?raw` strings (the engine never does
 * I/O). reveal.js's package `exports` hides dist/reveal.js, hence the relative paths.
 */
import revealJsSource from '../../node_modules/reveal.js/dist/reveal.js?raw';
import notesJsSource from '../../node_modules/reveal.js/dist/plugin/notes.js?raw';
import revealCssSource from '../../node_modules/reveal.js/dist/reveal.css?raw';

/**
 * reveal.js merges `location.search` into its configuration *after* the options we pass
 * (`config = {...defaults, ...options, ...getQueryHash()}` in `initialize`), so
 * `deck.html?postMessage=true` would switch postMessage back on. We replace that one
 * query merge with an empty object; the boot script reads the few query flags the speaker
 * view needs from an allow-list instead. `?print-pdf` is read separately by reveal and
 * still works. Throws if reveal.js changes shape, so an upgrade cannot silently drop this.
 */
const QUERY_MERGE = /(\w+\(\w+\(\w+\(\w+\(\w+\(\{\},\w+\),\w+\),\w+\),\w+\)),\w+\(\)\)(,\/print-pdf\/gi\.test\(window\.location\.search\))/g;

export function lockRevealQuery(source: string): string {
  const hits = source.match(QUERY_MERGE);
  if (!hits || hits.length !== 1) throw new Error('reveal.js: cannot find the query-string config merge to disable (reveal.js changed?)');
  return source.replace(QUERY_MERGE, '$1,{})$2');
}

/**
 * Makes a script safe to place inside `<script>…</script>`: the HTML parser ends the element at
 * `</script`, and `<!--` followed by `<script` would stop it ending at all. In a minified
 * bundle these sequences only occur inside string, template or regex literals, where `\x3C`
 * means the same `<`; the unit tests compile the result to prove the rewrite kept it valid.
 */
export function toInlineScript(name: string, source: string): string {
  const out = source.replace(/<(?=!--|\/?script)/gi, '\\x3C');
  if (/<\/script|<!--|<script/i.test(out)) throw new Error(`${name}: cannot be inlined`);
  return out;
}

/** reveal.js UMD, with the query-string merge disabled. */
export const REVEAL_JS = toInlineScript('reveal.js', lockRevealQuery(revealJsSource));
/**
 * The notes plugin bundles the `marked` Markdown renderer (~40 KB) only to render notes
 * written as `data-markdown`, which Briefdeck never emits (notes are our own escaped HTML).
 * Dropping it keeps a 100-section export under 350 KB and removes a renderer that passes raw
 * HTML through. The plugin code keeps its shape: the bundle's factory returns the plugin
 * constructor after marked's setup, and marked is only handed to the popup as `marked`.
 */
export function stripNotesMarkdown(source: string): string {
  const factory = '(this,function(){';
  const start = source.indexOf(factory);
  const popup = source.indexOf('window.open(`about:blank`');
  const arrow = start === -1 || popup === -1 ? -1 : source.lastIndexOf('()=>{', popup);
  const cut = arrow === -1 ? '' : source.slice(start + factory.length, arrow);
  if (start === -1 || arrow === -1 || !cut.includes('markedjs/marked') || !/return [^;]*,$/.test(cut.slice(cut.lastIndexOf('return ')))) {
    throw new Error('notes plugin: unexpected bundle shape, cannot drop the markdown renderer (reveal.js changed?)');
  }
  return source.slice(0, start + factory.length) + 'var $=null;return ' + source.slice(arrow);
}

/** reveal.js speaker notes plugin (UMD, global `RevealNotes`), without its Markdown renderer. */
export const NOTES_JS = toInlineScript('notes.js', stripNotesMarkdown(notesJsSource));
export const NOTES_JS_SOURCE = notesJsSource;
export const REVEAL_CSS = revealCssSource.replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
