import type { KeyValue } from '../schemas/request-spec.ts';
import { type CurlPart, type DataPiece, dataPiece, formPart, urlencodedPiece } from './curl-data.ts';
import type { CurlOption } from './curl-options.ts';

// Options that change nothing about the request itself (output, progress, protocol tuning).
const HARMLESS = new Set(
  `basic compressed connect-timeout dump-header fail fail-with-body globoff http1.0 http1.1 http2
  http2-prior-knowledge http3 include ipv4 ipv6 max-redirs no-buffer no-keepalive no-progress-meter
  output path-as-is progress-bar remote-name remote-header-name retry retry-delay retry-max-time
  show-error silent stderr tr-encoding trace trace-ascii verbose write-out`.split(/\s+/),
);

/** What the options of one command line add up to, before the request is put together. */
export interface CurlState {
  method: string | null;
  urls: string[];
  headers: KeyValue[];
  data: DataPiece[];
  json: boolean;
  parts: CurlPart[];
  query: string[];
  get: boolean;
  head: boolean;
  user: string | null;
  bearer: string | null;
  follow: boolean;
  timeoutMs: number | null;
  upload: string | null;
  cookies: string[];
  notes: string[];
}

function addHeader(state: CurlState, line: string): void {
  const colon = line.indexOf(':');
  // `-H 'Name;'` is curl's way to send a header with an empty value.
  if (colon === -1 && line.endsWith(';')) {
    state.headers.push({ name: line.slice(0, -1).trim(), value: '', enabled: true });
  } else if (colon === -1) {
    state.notes.push(`-H "${line}" is not a header ("Name: value"); it was left out.`);
  } else if (line.slice(colon + 1).trim() === '') {
    state.notes.push(
      `-H "${line}" tells curl not to send its own ${line.slice(0, colon).trim()} header; the playground has no such switch.`,
    );
  } else {
    state.headers.push({
      name: line.slice(0, colon).trim(),
      value: line.slice(colon + 1).trim(),
      enabled: true,
    });
  }
}

/** Applies one option to the state, as curl would; what cannot be carried over becomes a note. */
export function applyCurlOption(state: CurlState, { name, value, written }: CurlOption): void {
  const text = value ?? '';
  switch (name) {
    case 'url':
      state.urls.push(text);
      return;
    case 'request':
      state.method = text;
      return;
    case 'header':
      if (text.startsWith('@')) state.notes.push(`curl would read headers from the file "${text.slice(1)}".`);
      else addHeader(state, text);
      return;
    case 'data':
    case 'data-ascii':
    case 'data-binary':
    case 'data-raw':
      state.data.push(dataPiece(name, text));
      return;
    case 'data-urlencode':
      state.data.push(urlencodedPiece(text));
      return;
    case 'json':
      state.json = true;
      state.data.push(dataPiece('data-binary', text));
      return;
    case 'url-query': {
      const piece = urlencodedPiece(text.startsWith('+') ? text.slice(1) : text);
      if (piece.type === 'text') state.query.push(piece.text);
      else state.notes.push(`curl would read a query parameter from the file "${piece.fileName}".`);
      return;
    }
    case 'form':
    case 'form-string': {
      const { part, fromFile } = formPart(name, text);
      state.parts.push(part);
      if (fromFile !== null) {
        state.notes.push(
          `curl would read the field "${part.name}" from the file "${fromFile}": type its text in Body.`,
        );
      }
      return;
    }
    case 'user':
      state.user = text;
      return;
    case 'oauth2-bearer':
      state.bearer = text;
      return;
    case 'get':
      state.get = true;
      return;
    case 'head':
      state.head = true;
      return;
    case 'location':
    case 'location-trusted':
      state.follow = true;
      return;
    case 'user-agent':
      state.headers.push({ name: 'User-Agent', value: text, enabled: true });
      return;
    case 'referer': {
      const referer = text.replace(/;auto$/, '');
      if (referer !== '') state.headers.push({ name: 'Referer', value: referer, enabled: true });
      return;
    }
    case 'cookie':
      if (text.includes('=')) state.cookies.push(text);
      else state.notes.push(`curl would read cookies from the file "${text}"; it was left out.`);
      return;
    case 'range':
      state.headers.push({ name: 'Range', value: `bytes=${text}`, enabled: true });
      return;
    case 'max-time': {
      const seconds = Number(text);
      if (Number.isFinite(seconds) && seconds > 0) state.timeoutMs = Math.round(seconds * 1000);
      return;
    }
    case 'upload-file':
      state.upload = text;
      return;
    case 'insecure':
      state.notes.push('-k/--insecure was left out: the playground always verifies HTTPS certificates.');
      return;
    case 'digest':
    case 'ntlm':
    case 'negotiate':
    case 'anyauth':
      state.notes.push(`${written} was left out: the playground signs in with Basic auth only.`);
      return;
    default:
      if (!HARMLESS.has(name))
        state.notes.push(`${written} was left out: the playground has no such setting.`);
  }
}

export function newCurlState(notes: string[]): CurlState {
  return {
    method: null,
    urls: [],
    headers: [],
    data: [],
    json: false,
    parts: [],
    query: [],
    get: false,
    head: false,
    user: null,
    bearer: null,
    follow: false,
    timeoutMs: null,
    upload: null,
    cookies: [],
    notes,
  };
}
