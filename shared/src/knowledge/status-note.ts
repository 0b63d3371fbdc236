/** What we wrote about one registered status code (the reason phrase lives in status-line.ts). */
export interface StatusNote {
  /** Where the code is defined, e.g. "RFC 9110 §15.5.5". */
  spec: string;
  /** A plain explanation, two or three sentences. */
  explanation: string;
  /** Common reasons a server answers with it. */
  causes: readonly string[];
  /** What the learner can do next. */
  next: readonly string[];
  /** Headers worth looking at alongside it. */
  headers: readonly string[];
}
