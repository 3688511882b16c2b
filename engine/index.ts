/**
 * The engine's public face. Each folder keeps its own index; callers outside engine/
 * import from here.
 *   model/     the Deck schema, its types, defaults and limits
 *   format/    the .briefdeck envelope, restoreDeck, migrations, typed errors, ids
 *   markup/    escaping and the inline-markup parser (the only way user text reaches HTML)
 *   compile/   renderSlides(deck) and toRevealConfig(deck): shared by preview and export
 *   export/    compileDeck(deck): one offline HTML file with its own CSP
 *   outline/   the plain-text outline format (import and paste)
 *   templates/ the starter briefings in templates/, validated
 *   checks/    pre-brief checks
 */
export * from './model/schema.ts';
export * from './model/defaults.ts';
