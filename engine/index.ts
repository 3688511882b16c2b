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
 *   images/    image type sniffing, size limit and data URLs (editor drop and main picker)
 */
export * from './model/schema.ts';
export * from './model/defaults.ts';
export * from './format/index.ts';
export * from './markup/index.ts';
export * from './compile/index.ts';
export * from './export/index.ts';
export * from './outline/index.ts';
export * from './templates/index.ts';
export * from './checks/index.ts';
export * from './images/index.ts';
