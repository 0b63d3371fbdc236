import { findVariables } from '@playground/shared';
import type { ReactNode, RefObject } from 'react';

/** How the address box marks one `{{name}}`, and what hovering it says. */
export interface VariableHint {
  defined: boolean;
  title: string;
}

interface AddressVariablesProps {
  url: string;
  hint: (name: string) => VariableHint;
  ref: RefObject<HTMLDivElement | null>;
}

/**
 * A copy of the address drawn behind the (transparent) input, with each `{{name}}` marked: the
 * input stays the one textbox the user types into, with all its keyboard behaviour, while the
 * marks show through it. Hidden from assistive tech, which reads the input and the list of
 * variables without a value instead.
 */
export function AddressVariables({ url, hint, ref }: AddressVariablesProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of findVariables(url)) {
    parts.push(url.slice(at, match.start));
    const { defined } = hint(match.name);
    parts.push(
      <mark key={match.start} data-name={match.name} data-defined={defined}>
        {url.slice(match.start, match.end)}
      </mark>,
    );
    at = match.end;
  }
  parts.push(url.slice(at));
  return (
    <div ref={ref} className="request-line-mirror" aria-hidden="true">
      <span>{parts}</span>
    </div>
  );
}

/** The title for the `{{name}}` under the pointer, if any, found from the marks' boxes. */
export function hintAt(
  mirror: HTMLDivElement | null,
  x: number,
  y: number,
  hint: (name: string) => VariableHint,
): string | undefined {
  for (const mark of mirror?.querySelectorAll<HTMLElement>('mark') ?? []) {
    const box = mark.getBoundingClientRect();
    if (x >= box.left && x <= box.right && y >= box.top - 4 && y <= box.bottom + 4) {
      return hint(mark.dataset.name ?? '').title;
    }
  }
  return undefined;
}
