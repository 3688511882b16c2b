// `?raw` imports: Vite, vitest and electron-vite inline the file's text; the CLI bundle's
// esbuild does the same with a small plugin. The engine reads reveal.js and theme CSS this way
// so it never touches the file system itself.
declare module '*?raw' {
  const text: string;
  export default text;
}
