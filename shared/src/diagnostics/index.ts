// A second entry of the package ('@playground/shared/diagnostics'): the checks and the libraries
// they parse with (MIME sniffing, Set-Cookie, Cache-Control) load in the web app only once a
// response has arrived, in a chunk of their own.
export { CORS_QUESTION, EXAMPLE_ORIGIN } from './cors.ts';
export { DIAGNOSTICS_BODY_LIMIT, diagnose } from './diagnose.ts';
export type {
  DiagnosticsHop,
  DiagnosticsInput,
  Evidence,
  Finding,
  Point,
  Severity,
  Topic,
  TryIt,
} from './finding.ts';
export { countWarnings, TOPICS } from './finding.ts';
export { jsonSyntaxError } from './json-syntax.ts';
