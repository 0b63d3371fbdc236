import { LAUNCH_TOKEN_META, WS_RELAY_PATH } from '@playground/shared';

/** Whether an address names a WebSocket server (ws:// or wss://) rather than an HTTP one. */
export function isWebSocketAddress(url: string): boolean {
  return /^wss?:\/\//i.test(url.trim());
}

/**
 * The proxy's relay for one target. Browsers cannot set headers on a WebSocket, so the page's
 * launch key travels as the `token` parameter (the proxy moves it into its header and out of the URL).
 */
export function relayAddress(target: string, page: Location = window.location): string {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${LAUNCH_TOKEN_META}"]`)?.content ?? '';
  const query = new URLSearchParams({ target: target.trim(), token });
  return `${page.protocol === 'https:' ? 'wss' : 'ws'}://${page.host}${WS_RELAY_PATH}?${query}`;
}

/** Bytes as spaced hex pairs, the first `max` of them. */
export function hexPreview(bytes: Uint8Array, max = 64): string {
  const shown = [...bytes.slice(0, max)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return bytes.length > max ? `${shown} …` : shown;
}
