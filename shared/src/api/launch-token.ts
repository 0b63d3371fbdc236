/**
 * The header every call from the playground's own page to its proxy's `/api` carries. Its value is
 * a random key the proxy makes at each launch and writes into the page it serves, so a page from
 * any other origin, which cannot read ours, cannot make a call the proxy accepts.
 *
 * @example
 * fetch('/api/run', { method: 'POST', headers: { [LAUNCH_TOKEN_HEADER]: token }, body });
 */
export const LAUNCH_TOKEN_HEADER = 'X-Playground-Token';

/** The `<meta name=…>` holding the launch key in the page the proxy serves. */
export const LAUNCH_TOKEN_META = 'playground-token';
