import type { ApiErrorBody, ProxyError } from '@playground/shared';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Answers a call the proxy will not take with the shared error shape, so the page shows it in the
 * same words and place as any other failure.
 */
export function refuse(c: Context, status: ContentfulStatusCode, error: ProxyError): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ error } satisfies ApiErrorBody, status);
}
