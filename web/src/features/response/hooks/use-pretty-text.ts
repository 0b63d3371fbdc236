import { useEffect, useState } from 'react';
import type { BodyKind } from '../utils/body-kind.ts';
import type { FormatResult } from '../utils/format-body.worker.ts';
import FormatWorker from '../utils/format-body.worker.ts?worker';
import { TextRows } from '../utils/text-rows.ts';

export type PrettyText = { status: 'formatting' } | { status: 'done'; rows: TextRows; note: string | null };

interface Result {
  source: string;
  rows: TextRows;
  note: string | null;
}

/**
 * The body formatted in a worker, so even a 10 MB JSON never freezes the page. `text` is null until
 * the body is complete: formatting half a document helps nobody.
 */
export function usePrettyText(text: string | null, kind: BodyKind): PrettyText | null {
  const [result, setResult] = useState<Result | null>(null);
  const needsWorker = text !== null && kind !== 'text';

  // A worker is an outside resource with a lifetime: started for this text, ended when it changes.
  useEffect(() => {
    if (!needsWorker || text === null) return undefined;
    const worker = new FormatWorker();
    worker.onmessage = (event: MessageEvent<FormatResult>) => {
      const { text: formatted, note, layout } = event.data;
      setResult({ source: text, rows: new TextRows(formatted, layout), note });
      worker.terminate();
    };
    // A worker that cannot start (e.g. its file vanished with a redeploy) must not hide the body.
    worker.onerror = () => {
      setResult({
        source: text,
        rows: new TextRows(text),
        note: 'Could not format this body: shown as received.',
      });
      worker.terminate();
    };
    worker.postMessage({ text, kind });
    return () => worker.terminate();
  }, [needsWorker, text, kind]);

  if (text === null) return null;
  if (result?.source === text) return { status: 'done', rows: result.rows, note: result.note };
  return needsWorker ? { status: 'formatting' } : null;
}
