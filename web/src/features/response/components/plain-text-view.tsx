import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { TextRows } from '../utils/text-rows.ts';

/** Row height in CSS pixels; fixed, so the windowing needs no measuring. Zoom scales it with the text. */
const ROW_HEIGHT = 20;

export interface PlainTextViewProps {
  rows: TextRows;
  /** Bumps when the rows grew, so the view redraws while the body streams in. */
  version: number;
  label: string;
}

/**
 * Text of any size, drawn a screenful at a time: only the rows in view are in the DOM, so a 10 MB
 * body scrolls as smoothly as a 1 KB one. Long lines arrive pre-wrapped into rows (marked ↪).
 */
export function PlainTextView({ rows, version, label }: PlainTextViewProps) {
  const scroller = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 30,
  });
  const digits = String(rows.lineNumber(rows.count - 1)).length;

  return (
    <section
      ref={scroller}
      className="plain-text-view"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it.
      tabIndex={0}
      data-version={version}
      style={{ ['--gutter-digits' as string]: digits }}
    >
      <div className="plain-text-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            className="plain-text-row"
            style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
          >
            <span className="plain-text-gutter" aria-hidden="true">
              {rows.isContinuation(item.index) ? '↪' : rows.lineNumber(item.index)}
            </span>
            <span className="plain-text-line">{rows.row(item.index)}</span>
          </div>
        ))}
      </div>
    </section>
  );
}
