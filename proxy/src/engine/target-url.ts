import { buildRequestUrl, type RequestSpec } from '@playground/shared';
import { fail } from './errors.ts';

/** Parses the address the user composed, refusing what the engine cannot send. */
export function targetUrl(spec: Pick<RequestSpec, 'url' | 'params' | 'pathVariables'>): URL {
  const text = buildRequestUrl(spec);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail(
      'invalid-url',
      'Invalid address',
      `"${text}" is not a valid web address.`,
      'An address looks like https://example.com/path?name=value. Check for typos, spaces in the host name or a missing host.',
      { field: 'url' },
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const ws = url.protocol === 'ws:' || url.protocol === 'wss:';
    throw fail(
      'unsupported-scheme',
      'Unsupported scheme',
      `The playground sends HTTP requests, so the address must start with http:// or https://, not ${url.protocol}//.`,
      ws
        ? 'WebSocket addresses (ws://, wss://) need a WebSocket connection, not an HTTP request.'
        : 'Use an http:// or https:// address.',
      { field: 'url' },
    );
  }
  if (url.hostname === '') {
    throw fail(
      'invalid-url',
      'Invalid address',
      `"${text}" has no host name.`,
      'Add a host, e.g. https://example.com/.',
      {
        field: 'url',
      },
    );
  }
  return url;
}

export function hostnameOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

export function portOf(url: URL): number {
  return url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
}

/** Credentials written into the address (`http://user:pass@host/`) become Basic auth, as in browsers. */
export function credentialsFromUrl(url: URL, spec: RequestSpec): RequestSpec['auth'] {
  if (url.username === '' && url.password === '') return spec.auth;
  const auth: RequestSpec['auth'] =
    spec.auth.type === 'none'
      ? {
          type: 'basic',
          username: decodeURIComponent(url.username),
          password: decodeURIComponent(url.password),
        }
      : spec.auth;
  url.username = '';
  url.password = '';
  return auth;
}
