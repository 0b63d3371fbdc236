import { STANDARD_METHODS } from '@playground/shared';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { MethodExplainer } from '@/components/explain/method-explainer.tsx';
import { matchingMethods, methodTone } from '../utils/methods.ts';
import './method-picker.css';

export interface MethodPickerProps {
  value: string;
  onChange: (method: string) => void;
  /** The id of the text explaining an invalid method, when there is one. */
  problemId?: string;
}

/**
 * The method box: an ARIA 1.2 combobox with a list of the standard methods, filtered by what is
 * typed; any other token may be typed too. Written by hand (about a hundred lines) rather than
 * taken from a library, to keep the first screen's JavaScript small. A native datalist would hide
 * every other method once one is chosen.
 */
export function MethodPicker({ value, onChange, problemId }: MethodPickerProps) {
  const [open, setOpen] = useState(false);
  const [showAll, setShowAll] = useState(true);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const options: readonly string[] = showAll ? STANDARD_METHODS : matchingMethods(value);
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${listId}-${index}`;

  const openAll = (at: 'current' | 'last') => {
    setShowAll(true);
    setOpen(true);
    const current = STANDARD_METHODS.indexOf(value as (typeof STANDARD_METHODS)[number]);
    setActive(at === 'last' ? STANDARD_METHODS.length - 1 : Math.max(current, 0));
  };
  const choose = (method: string) => {
    onChange(method);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!expanded || event.altKey) openAll(step === 1 ? 'current' : 'last');
      else setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      // Picks the option; Enter with the list closed sends the request (the form submits).
      event.preventDefault();
      choose(options[active]!);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <>
      <div className="method-picker" data-tone={methodTone(value)}>
        <input
          ref={input}
          role="combobox"
          aria-label="Method"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-invalid={problemId ? true : undefined}
          aria-describedby={problemId}
          value={value}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="characters"
          onChange={(event) => {
            const typed = event.target.value.toUpperCase();
            const matches = matchingMethods(typed);
            onChange(typed);
            setShowAll(false);
            // Nothing left to offer once the box holds exactly the one method that matches.
            setOpen(!(matches.length === 1 && matches[0] === typed));
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <button
          type="button"
          className="method-picker-toggle"
          tabIndex={-1}
          aria-label="Show the standard verbs"
          aria-expanded={expanded}
          aria-controls={listId}
          // Keeps focus in the box, so the list does not close on blur before the click lands.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            input.current?.focus();
            if (expanded) setOpen(false);
            else openAll('current');
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
        <div
          id={listId}
          role="listbox"
          aria-label="Standard verbs"
          className="method-picker-list"
          hidden={!expanded}
        >
          {options.map((method, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys go to the combobox input (aria-activedescendant).
            <div
              key={method}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              data-tone={methodTone(method)}
              data-current={method === value}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(method)}
              onMouseMove={() => setActive(index)}
            >
              {method}
            </div>
          ))}
        </div>
      </div>
      {/* Beside the box: what the chosen method means (RFC 9110 properties, REST, the course table). */}
      <MethodExplainer method={value} />
    </>
  );
}
