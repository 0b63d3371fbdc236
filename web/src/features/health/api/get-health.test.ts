import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client.ts';
import { getHealth } from './get-health.ts';

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json(body, { status })),
  );
}

describe('getHealth', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('resolves when the proxy says it is ok', async () => {
    answer(200, { status: 'ok' });
    await expect(getHealth()).resolves.toEqual({ status: 'ok' });
    expect(fetch).toHaveBeenCalledWith('/api/health', expect.anything());
  });

  it('rejects with the status when the proxy answers an error', async () => {
    answer(503, { status: 'starting' });
    await expect(getHealth()).rejects.toEqual(expect.any(ApiError));
    await expect(getHealth()).rejects.toMatchObject({ status: 503 });
  });

  it('rejects a 200 whose body is not a health report (e.g. the SPA fallback page)', async () => {
    answer(200, { hello: 'world' });
    await expect(getHealth()).rejects.toThrow(/unexpected body/);
  });
});
