import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { formatBytes } from '@/lib/format-bytes.ts';
import { ChunkReader } from '../utils/chunk-reader.ts';
import { HEX_ROW_BYTES, hexRow, hexRowCount } from '../utils/hex-rows.ts';
import { HEX_FIRST_BYTES } from '../utils/limits.ts';

const ROW_HEIGHT = 20;

export interface HexViewProps {
  chunks: readonly Uint8Array[];
  /** Bumps as chunks arrive. */
  version: number;
}

/** Offset, hex bytes and ASCII, as `hexdump -C` prints them; windowed, and read straight from the chunks. */
export function HexView({ chunks, version }: HexViewProps) {
  const [limit, setLimit] = useState(HEX_FIRST_BYTES);
  const scroller = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: chunks grows in place; version says when.
  const reader = useMemo(() => new ChunkReader(chunks), [chunks, version]);
  const shown = Math.min(limit, reader.length);
  const virtualizer = useVirtualizer({
    count: hexRowCount(shown),
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 30,
  });

  return (
    <div className="body-view-fill">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it. */}
      <section ref={scroller} className="hex-view" aria-label="Hex dump" tabIndex={0}>
        <div className="plain-text-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const offset = item.index * HEX_ROW_BYTES;
            const row = hexRow(reader.slice(offset, Math.min(offset + HEX_ROW_BYTES, shown)), offset);
            return (
              <div
                key={item.key}
                className="plain-text-row hex-row"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <span className="hex-offset">{row.offset}</span>
                <span className="hex-bytes">{row.hex}</span>
                <span className="hex-ascii">|{row.ascii}|</span>
              </div>
            );
          })}
        </div>
      </section>
      {shown < reader.length ? (
        <p className="body-note">
          Showing the first {formatBytes(shown)} of {formatBytes(reader.length)}.{' '}
          <button type="button" className="button button-small" onClick={() => setLimit(limit * 2)}>
            Show more
          </button>
        </p>
      ) : null}
    </div>
  );
}
