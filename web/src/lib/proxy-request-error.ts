import type { ProxyError } from '@playground/shared';

/** The proxy refused or could not take a call from the page; carries its explanation. */
export class ProxyRequestError extends Error {
  override name = 'ProxyRequestError';
  constructor(readonly error: ProxyError) {
    super(error.message);
  }
}

/** The page could not reach its own proxy at all. */
export const PROXY_UNREACHABLE: ProxyError = {
  kind: 'network',
  title: 'The playground proxy is not reachable',
  message: 'This page could not reach its own proxy, which sends requests for it.',
  hint: 'Is the playground still running? Start it again with "pnpm start", then retry.',
};
