// Vite (and so Vitest) imports a file's text with `?raw`: the tests read fixtures exactly as committed.
declare module '*?raw' {
  const text: string;
  export default text;
}
