// The editor with its contributions and languages but without the LSP client of the package's
// main entry; its types are the package's own.
declare module 'monaco-editor/editor/editor.main' {
  export * from 'monaco-editor';
}
