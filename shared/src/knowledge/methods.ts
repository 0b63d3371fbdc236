import { STANDARD_METHODS } from '../schemas/request-spec.ts';
import { EXTENSION_METHODS, METHOD_NOTES } from './method-notes.ts';

/** Whether a message may carry a body: always, may (with a meaning the method gives it), or never / no meaning. */
export type BodyRule = 'yes' | 'optional' | 'no';

/** Cacheable per RFC 9110 §9.2.3: GET and HEAD yes; POST and PATCH only with explicit freshness. */
export type Cacheable = 'yes' | 'sometimes' | 'no';

/** A row of the course's methods table (seed 000): the five methods a REST API uses. */
export interface CourseTableRow {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** What the course writes beside the name, e.g. "Read Resource". */
  use: string;
  safe: boolean;
  idempotent: boolean;
  cacheable: Cacheable;
  acceptsBody: 'yes' | 'no' | 'may';
  returnsBody: 'yes' | 'no' | 'may';
}

/** What a method means, and its properties from RFC 9110 §9 (RFC 5789 for PATCH). */
export interface MethodExplanation {
  method: string;
  /** False for a method RFC 9110 and RFC 5789 do not define (PURGE, PROPFIND, ...). */
  standard: boolean;
  /** e.g. "RFC 9110 §9.3.1"; for an extension method, where it is defined when we know. */
  spec: string | null;
  /** One or two plain sentences. */
  meaning: string;
  /** Safe: the client asks for nothing to change on the server (§9.2.1). Null when unknown. */
  safe: boolean | null;
  /** Idempotent: sending it twice has the same effect as once, so it may be retried (§9.2.2). */
  idempotent: boolean | null;
  cacheable: Cacheable | null;
  requestBody: { rule: BodyRule | null; note: string };
  responseBody: { rule: BodyRule | null; note: string };
  /** What it does in a REST API, e.g. "Read", or null when REST does not use it. */
  rest: { action: string; note: string } | null;
  /** The method's row of the course table, when the course lists it. */
  course: CourseTableRow | null;
}

/** The methods table of the course (seed 000), with the words it uses ("Sometimes", "May"). */
export const COURSE_METHODS_TABLE: readonly CourseTableRow[] = [
  {
    method: 'GET',
    use: 'Read Resource',
    safe: true,
    idempotent: true,
    cacheable: 'yes',
    acceptsBody: 'no',
    returnsBody: 'yes',
  },
  {
    method: 'POST',
    use: 'Create Resource',
    safe: false,
    idempotent: false,
    cacheable: 'sometimes',
    acceptsBody: 'yes',
    returnsBody: 'yes',
  },
  {
    method: 'PUT',
    use: 'Create or Update Entire Resource',
    safe: false,
    idempotent: true,
    cacheable: 'no',
    acceptsBody: 'yes',
    returnsBody: 'yes',
  },
  {
    method: 'DELETE',
    use: 'Delete Resource',
    safe: false,
    idempotent: true,
    cacheable: 'no',
    acceptsBody: 'may',
    returnsBody: 'may',
  },
  {
    method: 'PATCH',
    use: 'Partial Update Resource',
    safe: false,
    idempotent: false,
    cacheable: 'no',
    acceptsBody: 'yes',
    returnsBody: 'yes',
  },
];

/** The standard methods, in the picker's order, each explained. */
export const METHOD_EXPLANATIONS: readonly MethodExplanation[] = STANDARD_METHODS.map((method) =>
  explainMethod(method),
);

function customMethod(method: string): MethodExplanation {
  const extension = EXTENSION_METHODS[method];
  const meaning = extension
    ? `${method} is not one of HTTP's own methods: ${extension.meaning} The server decides whether it knows it.`
    : `${method} is not a standard method. Any word can be a method, and the server decides what it means: one that does not know it answers 501 Not Implemented (or 405 Method Not Allowed).`;
  return {
    method,
    standard: false,
    spec: extension?.spec ?? null,
    meaning,
    safe: extension?.safe ?? null,
    idempotent: extension?.idempotent ?? null,
    cacheable: extension ? 'no' : null,
    requestBody: {
      rule: null,
      note: 'Up to the server. The playground sends whatever the Body tab holds.',
    },
    responseBody: { rule: null, note: 'Up to the server.' },
    rest: null,
    course: null,
  };
}

/**
 * What a method means and its properties. Method names are case-sensitive (RFC 9110 §9.1): `get` is
 * a custom method, not GET. Anything that is not one of the nine standard methods gets a "custom
 * method" explanation (with what we know of registered ones such as PROPFIND).
 *
 * @example explainMethod('PUT').idempotent // true
 * @example explainMethod('PURGE').standard // false
 */
export function explainMethod(method: string): MethodExplanation {
  const note = METHOD_NOTES[method];
  if (!note) return customMethod(method);
  return {
    method,
    standard: true,
    ...note,
    course: COURSE_METHODS_TABLE.find((row) => row.method === method) ?? null,
  };
}
