import { MAX_HISTORY_LIMIT } from '@playground/shared';
import { useId, useState } from 'react';

interface HistoryLimitProps {
  limit: number;
  onChange: (limit: number) => void;
}

/**
 * The cap, applied when the user leaves the box or presses Enter: applying it while typing would
 * drop entries on the way from 200 to 50 (at "5").
 */
export function HistoryLimit({ limit, onChange }: HistoryLimitProps) {
  const id = useId();
  const [text, setText] = useState(String(limit));
  const value = Number(text);
  const valid = Number.isInteger(value) && value >= 1 && value <= MAX_HISTORY_LIMIT;

  const apply = () => {
    if (valid && value !== limit) onChange(value);
    if (!valid) setText(String(limit));
  };

  return (
    <form
      className="history-limit"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <label htmlFor={id}>Keep at most</label>
      <input
        id={id}
        type="number"
        min={1}
        max={MAX_HISTORY_LIMIT}
        step={1}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        aria-describedby={`${id}-unit`}
      />
      <span id={`${id}-unit`}>requests (the oldest are dropped)</span>
    </form>
  );
}
