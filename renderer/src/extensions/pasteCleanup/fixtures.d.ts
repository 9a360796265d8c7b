/** Vite's `?raw` imports: the paste fixtures as text, in tests. */
declare module '*.html?raw' {
  const text: string;
  export default text;
}
