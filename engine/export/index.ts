/** compileDeck(deck): one offline HTML file with its own CSP; and the themes it can use. */
export { compileDeck, exportCsp, jsonForScript } from './html.ts';
export { THEMES, DEFAULT_THEME, isTheme, themeCss, type ThemeInfo } from './themes.ts';
