import { proxyFetch } from './proxy-fetch.ts';

/** The proxy answered, but not with a 2xx status. */
export class ApiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

/** GETs a JSON document from the proxy (same origin) and returns it unparsed by any schema. */
export async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const response = await proxyFetch(path, { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new ApiError(response.status, `GET ${path} answered ${response.status}`);
  return response.json();
}
