import { ApiErrorBody, type ProxyError } from '@playground/shared';
import { PROXY_UNREACHABLE, ProxyRequestError } from '@/lib/proxy-request-error.ts';

/** The proxy's own explanation of a refused share call, or `fallback` when it gave none. */
export async function shareApiError(response: Response, fallback: ProxyError): Promise<ProxyRequestError> {
  const json: unknown = await response.json().catch(() => null);
  const parsed = ApiErrorBody.safeParse(json);
  return new ProxyRequestError(parsed.success ? parsed.data.error : fallback);
}

/** For `fetch(...).catch`: no answer at all means the playground's proxy is not running. */
export function unreachable(error: unknown): never {
  if (error instanceof DOMException && error.name === 'AbortError') throw error;
  throw new ProxyRequestError(PROXY_UNREACHABLE);
}
