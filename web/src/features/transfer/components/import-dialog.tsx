import { type Collection, type Environment, type ImportResult, readImportFile } from '@playground/shared';
import { type DragEvent, useId, useState } from 'react';
import { Dialog } from '@/components/dialog/dialog.tsx';
import { readPickedFile } from '../utils/read-picked-file.ts';
import { ImportPreview } from './import-preview.tsx';
import './import-dialog.css';

export interface ImportDialogProps {
  /** Adds what was read (under fresh ids) to the user's collections and environments. */
  onImport: (collections: Collection[], environments: Environment[]) => void;
  onClose: () => void;
}

type Reading =
  | { state: 'idle' }
  | { state: 'reading'; source: string }
  | { state: 'read'; source: string; result: ImportResult };

/**
 * Import a collection: pick or drop a file (our format, Postman v2.0/v2.1 collection or
 * environment, Insomnia v4, HAR) or paste a curl command or JSON. What will be added is shown
 * first; a file that cannot be read says why, and nothing changes.
 */
export function ImportDialog({ onImport, onClose }: ImportDialogProps) {
  const fileId = useId();
  const pasteId = useId();
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);

  const readFile = (file: File) => {
    setReading({ state: 'reading', source: `“${file.name}”` });
    void readPickedFile(file).then((result) =>
      setReading({ state: 'read', source: `“${file.name}”`, result }),
    );
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) readFile(file);
  };
  const result = reading.state === 'read' ? reading.result : null;

  return (
    <Dialog title="Import" onClose={onClose}>
      {/* Dropping is a shortcut for the mouse; the file picker inside does the same from the keyboard. */}
      <fieldset
        className="import-drop"
        data-dragging={dragging || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <legend>Drop a file here, or</legend>
        <label htmlFor={fileId} className="button">
          Choose a file
        </label>
        <input
          id={fileId}
          className="visually-hidden"
          type="file"
          accept=".json,.har,application/json,text/plain"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) readFile(file);
          }}
        />
        <p className="import-muted">
          HTTP Playground, Postman v2.1 (collection or environment), Insomnia v4 (JSON) or HAR files.
        </p>
      </fieldset>
      <div className="import-paste">
        <label htmlFor={pasteId}>Or paste a curl command or JSON</label>
        <textarea
          id={pasteId}
          rows={4}
          spellCheck={false}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
        <button
          type="button"
          className="button"
          disabled={pasted.trim() === ''}
          onClick={() =>
            setReading({ state: 'read', source: 'The pasted text', result: readImportFile(pasted) })
          }
        >
          Read pasted text
        </button>
      </div>
      <div className="import-outcome" role="status">
        {reading.state === 'reading' && <p>Reading {reading.source}…</p>}
        {reading.state === 'read' && result && !result.ok && (
          <div className="import-problem">
            <p>
              <strong>Nothing was imported.</strong> {reading.source} could not be read:
            </p>
            <p>{result.problem}</p>
          </div>
        )}
      </div>
      {reading.state === 'read' && result?.ok && (
        <>
          <ImportPreview imported={result} source={reading.source} />
          <div className="import-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                onImport(result.collections, result.environments);
                onClose();
              }}
            >
              Add to my collections
            </button>
            <button type="button" className="button" onClick={() => setReading({ state: 'idle' })}>
              Not this one
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
