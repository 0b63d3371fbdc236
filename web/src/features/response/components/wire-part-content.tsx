import { byteCount, moreBytes, type PartContent } from '../utils/wire-display.ts';

/** What one part of a captured message looks like: a line end, safe text with escapes, or a hex note. */
export function WirePartContent({ content }: { content: PartContent }) {
  switch (content.kind) {
    case 'mark':
      return (
        <>
          {content.text}
          {'\n'}
        </>
      );
    case 'hex':
      return (
        <>
          <span className="wire-note-inline">binary, {byteCount(content.bytes)}, shown in hex:</span>
          {'\n'}
          {content.rows.join('\n')}
          {content.hidden > 0 ? <span className="wire-more">{`\n${moreBytes(content.hidden)}`}</span> : null}
        </>
      );
    case 'text':
      return (
        <>
          {content.runs.map((run, index) =>
            run.escaped ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs never move; their position is their identity.
              <span key={index} className="wire-escape">
                {run.text}
              </span>
            ) : (
              run.text
            ),
          )}
          {content.hidden > 0 ? <span className="wire-more">{moreBytes(content.hidden)}</span> : null}
        </>
      );
  }
}
