import type { TextRange, UrlPart } from '@playground/shared/knowledge';
import { use } from 'react';
import { loadKnowledge } from './load-knowledge.ts';

// How an implied part would be written, to show it in the address where it is assumed.
function impliedText(part: UrlPart): string {
  if (part.kind === 'scheme') return `${part.value}://`;
  if (part.kind === 'port') return `:${part.value}`;
  return part.value;
}

/** The address with each written part marked, and the implied ones shown where they are assumed. */
function MarkedAddress({
  text,
  parts,
  problem,
}: {
  text: string;
  parts: UrlPart[];
  problem?: TextRange | null;
}) {
  const pieces: { key: string; text: string; kind?: string; implied?: boolean }[] = [];
  let at = 0;
  const marks = problem
    ? [
        {
          key: 'problem',
          start: problem.start,
          end: Math.max(problem.end, problem.start + 1),
          kind: 'problem',
        },
      ]
    : parts.map((part) => ({ key: part.kind, start: part.start, end: part.end, kind: part.kind, part }));
  for (const mark of marks) {
    if (mark.start > at) pieces.push({ key: `gap-${at}`, text: text.slice(at, mark.start) });
    if ('part' in mark && mark.part?.implied) {
      pieces.push({ key: mark.key, text: impliedText(mark.part), kind: mark.kind, implied: true });
    } else {
      pieces.push({ key: mark.key, text: text.slice(mark.start, mark.end) || ' ', kind: mark.kind });
    }
    at = Math.max(at, mark.end);
  }
  if (at < text.length) pieces.push({ key: `gap-${at}`, text: text.slice(at) });
  return (
    <p className="explain-address mono">
      {pieces.map((piece) =>
        piece.kind ? (
          <mark key={piece.key} data-part={piece.kind} data-implied={piece.implied || undefined}>
            {piece.text}
          </mark>
        ) : (
          <span key={piece.key}>{piece.text}</span>
        ),
      )}
    </p>
  );
}

export interface UrlAnatomyDetailsProps {
  /** The address as it will go out (variables filled in). */
  url: string;
  method: string;
}

/** The parts of the address: as typed, as the parser reads them, what each does. */
export function UrlAnatomyDetails({ url, method }: UrlAnatomyDetailsProps) {
  const { urlAnatomy } = use(loadKnowledge());
  const anatomy = urlAnatomy(url);
  if (!anatomy.ok) {
    return (
      <>
        {anatomy.text.trim() !== '' ? (
          <MarkedAddress text={anatomy.text} parts={[]} problem={anatomy.at} />
        ) : null}
        <p className="explain-problem">{anatomy.problem}</p>
      </>
    );
  }
  const host = anatomy.parts.find((part) => part.kind === 'host');
  const port = anatomy.parts.find((part) => part.kind === 'port');
  return (
    <>
      <MarkedAddress text={anatomy.text} parts={anatomy.parts} />
      <table className="explain-table explain-parts">
        <caption className="visually-hidden">Parts of the address</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Read as</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {anatomy.parts.map((part) => (
            <tr key={part.kind} data-part={part.kind} data-sent={part.sent}>
              <th scope="row">
                {part.label}
                {part.implied ? <span className="explain-muted"> (implied)</span> : null}
                {part.sent ? null : <span className="explain-not-sent">Not sent to the server</span>}
              </th>
              <td className="mono wrap-anywhere">
                {part.value === '' ? <span className="explain-muted">(empty)</span> : part.value}
              </td>
              <td className="explain-note">{part.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {anatomy.query.length > 0 ? (
        <table className="explain-table explain-query">
          <caption>Query pairs, decoded</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {anatomy.query.map((pair) => (
              <tr key={`${pair.start}`}>
                <td className="mono wrap-anywhere">{pair.name}</td>
                <td className="mono wrap-anywhere">
                  {pair.hasValue ? pair.value : <span className="explain-muted">(no value)</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {host?.value && /^https?:/.test(anatomy.href) ? (
        <>
          <p className="explain-subtitle">On the wire, the request starts</p>
          <pre className="explain-wire mono">
            {`${method || 'GET'} ${anatomy.requestTarget} HTTP/1.1\nHost: ${hostHeader(host, port, anatomy.href)}`}
          </pre>
        </>
      ) : null}
    </>
  );
}

/** The Host header: the port only when it is not the scheme's default. */
function hostHeader(host: UrlPart, port: UrlPart | undefined, href: string): string {
  const standard = href.startsWith('https:') ? '443' : '80';
  return port && !port.implied && port.value !== standard ? `${host.value}:${port.value}` : host.value;
}
