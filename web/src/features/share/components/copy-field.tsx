import { useId, useRef, useState } from 'react';
import { copyText } from '../utils/copy-text.ts';

interface CopyFieldProps {
  /** Names the field; the button is "Copy <label lower-cased>". */
  label: string;
  value: string;
}

/** A read-only field holding a link, with a button that copies it and says whether it did. */
export function CopyField({ label, value }: CopyFieldProps) {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field-row">
        <input id={id} ref={field} readOnly value={value} onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          className="button"
          onClick={() => copyText(value, field.current).then(setCopied)}
        >
          Copy {label.toLowerCase()}
        </button>
      </div>
      <p className="copy-field-status" role="status">
        {copied === true && 'Copied.'}
        {copied === false && 'The browser did not let the page copy: select the link and copy it yourself.'}
      </p>
    </div>
  );
}
