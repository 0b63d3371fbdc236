/** Where a header is used: sent by clients, by servers, or by both. */
export type HeaderDirection = 'request' | 'response' | 'both';

/** What we wrote about one header. */
export interface HeaderNote {
  /** The usual spelling, e.g. "Content-Type" (header names are case-insensitive). */
  name: string;
  direction: HeaderDirection;
  /** One plain sentence. */
  summary: string;
  /** More, when one sentence is not enough. */
  note?: string;
  /** Where it is defined, e.g. "RFC 9110 §8.3". */
  spec?: string;
}
