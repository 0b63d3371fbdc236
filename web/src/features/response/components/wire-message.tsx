import { base64ToBytes, parseWire, type WireEvent, type WireMessage } from '@playground/shared';
import { useMemo } from 'react';
import { byteCount, moreBytes, WIRE_MAX_PARTS } from '../utils/wire-display.ts';
import { WireText } from './wire-text.tsx';

export interface WireMessageViewProps {
  wire: WireEvent;
  /** Names the bytes for assistive tech and as a heading, e.g. "Bytes sent". */
  label: string;
  /** The hop's method: an answer to HEAD has no body. */
  requestMethod: string | undefined;
  /** The hop was a redirect the playground followed without reading its body to the end. */
  followed: boolean;
}

function notes(wire: WireEvent, messages: WireMessage[], kept: number, followed: boolean): string[] {
  const out: string[] = [];
  const last = messages.at(-1);
  const codings = messages.flatMap((m) => m.contentCodings);
  if (codings.length > 0) {
    out.push(`The body is compressed on the wire (${codings.join(', ')}): see Body for the decoded text.`);
  }
  const notKept = wire.totalBytes - kept;
  if (notKept > 0) {
    out.push(
      `${byteCount(wire.totalBytes)} crossed; the playground keeps the first ${byteCount(kept)}, so the last ${byteCount(notKept)} are not shown.`,
    );
  } else if (last && !last.complete) {
    out.push(
      followed
        ? 'The message stops here: the playground followed the redirect without reading the rest.'
        : 'The message stops here: the rest never arrived.',
    );
  }
  return out;
}

/** One direction of one hop: its bytes drawn part by part, with what a learner should know about them. */
export function WireMessageView({ wire, label, requestMethod, followed }: WireMessageViewProps) {
  const bytes = useMemo(() => base64ToBytes(wire.bytes), [wire.bytes]);
  const messages = useMemo(
    () => parseWire(bytes, { direction: wire.direction, requestMethod }),
    [bytes, wire.direction, requestMethod],
  );
  const allParts = useMemo(() => messages.flatMap((m) => m.parts), [messages]);
  const parts = allParts.slice(0, WIRE_MAX_PARTS);
  // What follows the drawn parts: kept bytes in parts too many to draw, then bytes never kept.
  const undrawn = bytes.length - (parts.at(-1)?.end ?? 0);
  const notKept = wire.totalBytes - bytes.length;
  const tail = [
    undrawn > 0 ? `${moreBytes(undrawn)} in parts not drawn` : '',
    notKept > 0 ? `${moreBytes(notKept)} not kept by the playground` : '',
  ]
    .filter(Boolean)
    .join('\n');

  return (
    <div className="wire-message">
      <h4 className="wire-heading">
        {label} <span className="wire-count">{byteCount(wire.totalBytes)}</span>
      </h4>
      {notes(wire, messages, bytes.length, followed).map((note) => (
        <p key={note} className="body-note">
          {note}
        </p>
      ))}
      {bytes.length === 0 ? (
        <p className="body-note">Nothing crossed in this direction.</p>
      ) : (
        <WireText bytes={bytes} parts={parts} label={label} tail={tail} />
      )}
    </div>
  );
}
