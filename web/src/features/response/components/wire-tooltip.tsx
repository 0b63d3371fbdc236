import { type WirePart, wirePartName, wireSectionName } from '@playground/shared';
import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useExplainHeader } from '@/components/explain/header-details.tsx';

const HEADER_NAMES = new Set<WirePart['kind']>(['field-name', 'trailer-field-name', 'part-field-name']);

/** What a header is for, from the explanations (loaded on first use); nothing for unknown headers. */
function HeaderSummary({ name }: { name: string }) {
  const info = useExplainHeader()(name);
  return info ? <span className="wire-tooltip-more">{info.summary}</span> : null;
}

export interface WireTooltipProps {
  id: string;
  part: WirePart;
  /** The part's own text (a header's name, to explain it). */
  text: string;
  /** The part's element; the tooltip sits under it, or above when the view has no room below. */
  anchor: HTMLElement;
  /** The positioned element the tooltip is placed in. */
  frame: HTMLElement;
  /** Changes when the text scrolled, so the tooltip follows its part. */
  scrolled: number;
}

/** Names a part of a message: what it is, which of the message's four parts it is in, and more. */
export function WireTooltip({ id, part, text, anchor, frame, scrolled }: WireTooltipProps) {
  const self = useRef<HTMLSpanElement>(null);
  const [position, setPosition] = useState({ top: 0, left: 0 });
  // Its height changes when a header's explanation finishes loading; placement depends on it.
  const [measured, setMeasured] = useState(0);
  useEffect(() => {
    const element = self.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setMeasured(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Measured after layout and before paint, so it never shows in the wrong place.
  useLayoutEffect(() => {
    void scrolled;
    void measured;
    const at = anchor.getBoundingClientRect();
    const within = frame.getBoundingClientRect();
    const view = (frame.closest('.meta-view') ?? document.documentElement).getBoundingClientRect();
    const height = self.current?.offsetHeight ?? 0;
    const width = self.current?.offsetWidth ?? 0;
    const below = at.bottom + 4 + height <= view.bottom;
    setPosition({
      top: below ? at.bottom - within.top + 4 : at.top - within.top - 4 - height,
      left: Math.max(0, Math.min(at.left - within.left, within.width - width)),
    });
  }, [anchor, frame, scrolled, measured]);

  return (
    <span ref={self} role="tooltip" id={id} className="wire-tooltip" style={position}>
      <span>
        <strong>{wirePartName(part.kind)}</strong>
        <span className="wire-tooltip-section"> · {wireSectionName(part.section)}</span>
      </span>
      {part.detail ? <span className="wire-tooltip-more">{part.detail}</span> : null}
      {HEADER_NAMES.has(part.kind) ? (
        <Suspense fallback={null}>
          <HeaderSummary name={text} />
        </Suspense>
      ) : null}
    </span>
  );
}
