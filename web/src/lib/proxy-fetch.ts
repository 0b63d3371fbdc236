import { LAUNCH_TOKEN_HEADER, LAUNCH_TOKEN_META } from '@playground/shared';

/**
 * The launch key the proxy wrote into this page. The proxy refuses API calls without it, so that no
 * other website can use the proxy through this browser: other pages cannot read ours to learn it.
 */
function launchToken(): string {
  if (typeof document === 'undefined') return '';
  return document.querySelector<HTMLMetaElement>(`meta[name="${LAUNCH_TOKEN_META}"]`)?.content ?? '';
}

/**
 * `fetch` for the playground's own proxy (`/api/...`, same origin): adds the launch key.
 *
 * @example
 * const response = await proxyFetch('/api/run', { method: 'POST', body });
 */
export function proxyFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set(LAUNCH_TOKEN_HEADER, launchToken());
  return fetch(path, { ...init, headers, credentials: 'same-origin' });
}
