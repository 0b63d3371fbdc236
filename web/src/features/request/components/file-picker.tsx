import { useId } from 'react';
import { formatBytes } from '@/lib/format-bytes.ts';

export interface FilePickerProps {
  /** The accessible name of the file input, e.g. "Body file" or "Part 2 file". */
  label: string;
  file: File | null;
  /** A file an imported request named, which the user still has to pick. */
  wantedFile?: string;
  onChange: (file: File | null) => void;
}

/**
 * A real file input (keyboard, screen readers and drag-and-drop work as the browser makes them),
 * dressed as a button, with the chosen file's name, size and type beside it.
 */
export function FilePicker({ label, file, wantedFile, onChange }: FilePickerProps) {
  const infoId = useId();
  let info = 'No file chosen';
  if (file) info = [file.name, formatBytes(file.size), file.type].filter(Boolean).join(' · ');
  else if (wantedFile) info = `Choose ${wantedFile} (named in the imported command)`;
  return (
    <div className="file-picker" data-wanted={!file && wantedFile ? true : undefined}>
      <label className="file-picker-button">
        <input
          type="file"
          className="visually-hidden"
          aria-label={label}
          aria-describedby={infoId}
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
        <span aria-hidden="true">{file ? 'Change file…' : 'Choose file…'}</span>
      </label>
      <span id={infoId} className="file-picker-info">
        {info}
      </span>
    </div>
  );
}
