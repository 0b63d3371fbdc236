import type { TlsPracticeId } from '../schemas/practice-info.ts';
import type { ErrorKind } from '../schemas/proxy-error.ts';
import type { RequestAuth } from '../schemas/request-spec.ts';

/** A file a lesson uploads, made from text so the lesson needs nothing from the learner's disk. */
export interface LessonFile {
  name: string;
  type: string;
  content: string;
}

export type LessonPart = { name: string; value: string } | { name: string; file: LessonFile };

/** The body of a lesson's request, in the editor's body kinds. */
export type LessonBody =
  | { kind: 'json'; text: string }
  | { kind: 'text'; text: string; contentType: string }
  | { kind: 'form-urlencoded'; fields: [string, string][] }
  | { kind: 'multipart'; parts: LessonPart[] };

/**
 * A ready request. It goes to the practice server on the page's own origin (`path`), or to one of
 * the practice HTTPS endpoints (`tls`, with `path` after it).
 */
export interface LessonRequest {
  method: string;
  /** e.g. `/httpbin/get?name1=value1`; with `tls`, the path on that endpoint (default `/`). */
  path: string;
  tls?: TlsPracticeId;
  /** Values for `:name` segments of the path, e.g. `{ id: '2' }` for `/practice/todos/:id`. */
  pathVariables?: Record<string, string>;
  headers?: [string, string][];
  body?: LessonBody;
  auth?: RequestAuth;
  /** True unless the step is about seeing the redirect itself. */
  followRedirects?: boolean;
}

/** What the learner should get: a response with this status, or this failure (no response at all). */
export type LessonExpectation = { status: number } | { failure: ErrorKind };

export interface LessonStep {
  /** Unique within its lesson; kept in the learner's progress. */
  id: string;
  title: string;
  /** What the step does and why, in a sentence or two. */
  text: string;
  request: LessonRequest;
  expect: LessonExpectation;
  /** What to look at once it is sent, and what it means. */
  notice: string;
}

/** A short guided lesson: a few ready requests, each with what to notice. */
export interface Lesson {
  /** Unique; kept in the learner's progress. */
  id: string;
  title: string;
  /** What the learner will be able to see and explain afterwards. */
  goal: string;
  steps: LessonStep[];
  /** A closing thought: the rule of thumb to keep. */
  takeaway: string;
}
