import {
  isRegisteredStatus,
  reasonPhrase,
  STATUS_CLASSES,
  type StatusClassInfo,
  statusClass,
  statusMeaning,
} from './status-line.ts';
import type { StatusNote } from './status-note.ts';
import { INFORMATIONAL_AND_SUCCESS_NOTES, REDIRECTION_NOTES } from './status-notes-1xx-3xx.ts';
import { CLIENT_ERROR_NOTES } from './status-notes-4xx.ts';
import { SERVER_ERROR_NOTES } from './status-notes-5xx.ts';

const NOTES: Record<number, StatusNote> = {
  ...INFORMATIONAL_AND_SUCCESS_NOTES,
  ...REDIRECTION_NOTES,
  ...CLIENT_ERROR_NOTES,
  ...SERVER_ERROR_NOTES,
};

/** Everything the playground says about a status code. */
export interface StatusExplanation extends StatusNote {
  code: number;
  /** The registered reason phrase; empty for an unregistered code. */
  reason: string;
  registered: boolean;
  class: StatusClassInfo;
  /** One line, the same as `statusMeaning`. */
  summary: string;
}

/**
 * RFC 9110 §15: a client that does not know a code treats it as the x00 code of its class. The
 * explanation of an unregistered code says so, and borrows that code's next steps.
 */
function classFallback(status: number, info: StatusClassInfo): StatusNote {
  const base = info.id === 'unknown' ? undefined : NOTES[Number(info.range[0]) * 100];
  const explanation =
    info.id === 'unknown'
      ? `${status} is not a valid HTTP status code: codes have three digits, from 100 to 599. The server (or something in between) sent something HTTP does not define.`
      : `${status} is not in the IANA registry of status codes, so no standard says what it means. The first digit still does: it is a ${info.range} code (${info.name.toLowerCase()}), and clients treat a code they do not know like ${info.range[0]}00.`;
  return {
    spec: 'RFC 9110 §15',
    explanation,
    causes: ['A server (or a proxy, or a framework) using a code of its own.'],
    next: ['Read the body and the headers: the server may explain it there.', ...(base?.next ?? [])],
    headers: [],
  };
}

/**
 * The class, meaning, common causes and next steps for any status code. Registered codes (every code
 * in the IANA registry) get their own text; any other code is explained by its class.
 *
 * @example explainStatus(401).next[0] // 'Send credentials: see the Auth tab ...'
 * @example explainStatus(299).class.name // 'Success'
 */
export function explainStatus(status: number): StatusExplanation {
  const info = STATUS_CLASSES[statusClass(status)];
  const registered = isRegisteredStatus(status);
  const note = NOTES[status] ?? classFallback(status, info);
  return {
    ...note,
    code: status,
    reason: reasonPhrase(status),
    registered,
    class: info,
    summary: statusMeaning(status),
  };
}

/** True when the code has an explanation of its own, not just its class's. */
export function hasStatusNote(status: number): boolean {
  return NOTES[status] !== undefined;
}
