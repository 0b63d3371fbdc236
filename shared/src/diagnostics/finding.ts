import type { HeaderPair, RedirectEvent, RequestSentEvent, ResponseEvent } from '../schemas/proxy-event.ts';

/**
 * How much a finding matters: `info` explains, `warning` is worth fixing (clients may get it
 * wrong), `problem` breaks something for clients that follow the rules.
 */
export type Severity = 'info' | 'warning' | 'problem';

/** What a finding is about; the order the view shows them in. */
export type Topic = 'cors' | 'content' | 'security' | 'caching';

export const TOPICS: readonly Topic[] = ['cors', 'content', 'security', 'caching'];

/** A header or value a finding rests on, as it was on the wire (or as we measured it). */
export interface Evidence {
  /** A header name as received, or a plain label such as "Body starts with". */
  name: string;
  value: string;
}

/** A term and what it means here, e.g. one Cache-Control directive. */
export interface Point {
  term: string;
  meaning: string;
}

/**
 * Something a learner can try next: the same request with these headers set (replacing any of
 * the same name), and with another method when `method` is given.
 */
export interface TryIt {
  /**
   * Says what it does, e.g. "Try again with If-None-Match" (a button's name: it avoids the words
   * the page's own controls are found by, such as Send).
   */
  label: string;
  headers: [string, string][];
  method?: string;
}

/** One thing worth knowing about a response, in plain words. */
export interface Finding {
  /** Stable, e.g. `content-type/json-labelled-html`; per-item findings add `:name`. */
  id: string;
  topic: Topic;
  severity: Severity;
  /** One line: what is the case. */
  title: string;
  /** Why it matters, in a few sentences. */
  explanation: string;
  /** What to do about it, when there is something to do. */
  hint?: string;
  evidence: Evidence[];
  points?: Point[];
  tryIt?: TryIt;
}

/** One request on the wire and the redirect it got, if any (the recorder's Hop fits). */
export interface DiagnosticsHop {
  request?: RequestSentEvent | undefined;
  redirect?: RedirectEvent | undefined;
}

/** What the checks read: the hops as sent, the final head, and the body (or its first bytes). */
export interface DiagnosticsInput {
  hops: readonly DiagnosticsHop[];
  response: ResponseEvent;
  /** The decoded body, or its first bytes when it is large or still arriving. */
  body: Uint8Array;
  /** true when `body` is the whole body, so checks that need all of it (JSON syntax) may run. */
  bodyComplete: boolean;
}

/** Every value of a header, in order received; names compare case-insensitively. */
export function headerValues(headers: readonly HeaderPair[], name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter(([other]) => other.toLowerCase() === wanted).map(([, value]) => value);
}

/** The header's first value, if it has one. */
export function headerValue(headers: readonly HeaderPair[], name: string): string | undefined {
  return headerValues(headers, name)[0];
}

/** The pairs for a header with the name as received, ready to show as evidence. */
export function evidenceOf(headers: readonly HeaderPair[], name: string): Evidence[] {
  const wanted = name.toLowerCase();
  return headers
    .filter(([other]) => other.toLowerCase() === wanted)
    .map(([n, value]) => ({ name: n, value }));
}

/** The final request as sent (the last hop's), if the proxy reported it. */
export function finalRequest(input: DiagnosticsInput): RequestSentEvent | undefined {
  return input.hops[input.response.hop]?.request ?? input.hops.findLast((hop) => hop.request)?.request;
}

/**
 * Topic order, and within a topic the order the checks gave: each check puts first what a learner
 * should read first (CORS opens with its question's answer, whatever its severity).
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => TOPICS.indexOf(a.finding.topic) - TOPICS.indexOf(b.finding.topic) || a.index - b.index)
    .map(({ finding }) => finding);
}

/** How many findings are worth fixing (warnings and problems): the number on the tab. */
export function countWarnings(findings: readonly Finding[]): number {
  return findings.filter((finding) => finding.severity !== 'info').length;
}
