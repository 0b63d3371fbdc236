import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.main';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';

// Everything Monaco needs comes from this bundle: no CDN, so the editor works offline. Only the
// JSON language service gets a worker of its own; TypeScript's is never loaded.
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};
loader.config({ monaco });

export { monaco };
