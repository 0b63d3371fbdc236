import { useRef, useState } from 'react';

interface RenameFieldProps {
  name: string;
  onDone: (name: string | null) => void;
}

/** Renames a row in place: Enter or leaving the field keeps the name, Escape gives the old one back. */
export function RenameField({ name, onDone }: RenameFieldProps) {
  const [value, setValue] = useState(name);
  // Enter ends the edit, and the field's removal may then blur it: finish once.
  const done = useRef(false);
  const finish = (result: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(result);
  };
  return (
    <input
      className="tree-rename"
      aria-label={`New name for ${name}`}
      value={value}
      spellCheck={false}
      autoComplete="off"
      // biome-ignore lint/a11y/noAutofocus: the user asked to rename this row; the field replaces its name
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setValue(event.target.value)}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        // Handled here: Escape then cancels the rename, not the panel.
        if (event.key === 'Enter' || event.key === 'Escape') event.preventDefault();
        if (event.key === 'Enter') finish(value);
        else if (event.key === 'Escape') finish(null);
      }}
      onBlur={() => finish(value)}
    />
  );
}
