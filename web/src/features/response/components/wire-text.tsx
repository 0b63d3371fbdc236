import type { WirePart } from '@playground/shared';
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { endsLine, partContent } from '../utils/wire-display.ts';
import { WirePartContent } from './wire-part-content.tsx';
import { WireTooltip } from './wire-tooltip.tsx';

export interface WireTextProps {
  bytes: Uint8Array;
  parts: readonly WirePart[];
  /** Names the message, e.g. "Bytes sent". */
  label: string;
  /** Says what follows the parts given, when some were left out (e.g. "… 2,048 more bytes not kept"). */
  tail: string;
}

const KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

/**
 * A captured message drawn as text, each part a span that names itself when hovered or focused.
 * One tab stop: arrow keys move between parts (Left/Right) and lines (Up/Down), Home/End to the
 * ends, Escape hides the name.
 */
export function WireText({ bytes, parts, label, tail }: WireTextProps) {
  const tooltipId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [rover, setRover] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [scrolled, setScrolled] = useState(0);
  const shown = hovered ?? focused;
  const contents = useMemo(() => parts.map((part) => partContent(part, bytes)), [parts, bytes]);
  const lineStarts = useMemo(() => {
    const starts = [0];
    parts.forEach((part, index) => {
      if (endsLine(part) && index + 1 < parts.length) starts.push(index + 1);
    });
    return starts;
  }, [parts]);

  const element = (index: number) => box.current?.querySelector<HTMLElement>(`[data-part="${index}"]`);
  const indexOf = (target: EventTarget): number | null => {
    const found = (target as HTMLElement).closest<HTMLElement>('[data-part]');
    return found ? Number(found.dataset.part) : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && shown !== null) {
      event.stopPropagation();
      setHovered(null);
      setFocused(null);
      return;
    }
    if (!KEYS.has(event.key)) return;
    event.preventDefault();
    const at = focused ?? rover;
    const line = lineStarts.findLastIndex((start) => start <= at);
    const targets: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      ArrowDown: lineStarts[line + 1] ?? at,
      ArrowUp: line > 0 ? lineStarts[line - 1]! : 0,
      Home: 0,
      End: parts.length - 1,
    };
    const next = Math.max(0, Math.min(parts.length - 1, targets[event.key]!));
    setRover(next);
    element(next)?.focus();
  };

  const anchor = shown === null ? undefined : element(shown);
  const part = shown === null ? undefined : parts[shown];
  return (
    <div ref={frame} className="wire-text-frame">
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; this groups text to read. */}
      <div
        ref={box}
        role="group"
        aria-label={label}
        className="wire-text mono"
        onKeyDown={onKeyDown}
        onMouseOver={(event: MouseEvent) => setHovered(indexOf(event.target))}
        onMouseLeave={() => setHovered(null)}
        onFocus={(event: FocusEvent) => {
          const index = indexOf(event.target);
          setFocused(index);
          if (index !== null) setRover(index);
        }}
        onBlur={() => setFocused(null)}
        onScroll={() => setScrolled((n) => n + 1)}
      >
        {parts.map((each, index) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: parts never move; their position is their identity.
            key={index}
            data-part={index}
            tabIndex={index === rover ? 0 : -1}
            aria-describedby={shown === index && focused === index ? tooltipId : undefined}
            className={`wire-part wire-${each.kind} wire-section-${each.section}${shown === index ? ' is-shown' : ''}`}
          >
            <WirePartContent content={contents[index]!} />
          </span>
        ))}
        {tail ? <span className="wire-more">{`\n${tail}`}</span> : null}
      </div>
      {part && anchor && frame.current ? (
        <WireTooltip
          id={tooltipId}
          part={part}
          text={new TextDecoder().decode(bytes.subarray(part.start, part.end))}
          anchor={anchor}
          frame={frame.current}
          scrolled={scrolled}
        />
      ) : null}
    </div>
  );
}
