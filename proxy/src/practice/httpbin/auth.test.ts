import { describe, expect, it } from 'vitest';
import { itMatchesEveryFixture, PREFIX, practiceApp } from './fixture-replay.ts';

describe('authentication answers like httpbin', () => {
  itMatchesEveryFixture('auth');
});

describe('bearer', () => {
  const app = practiceApp();

  it('refuses another scheme instead of mangling its value as httpbin 0.7 did', async () => {
    const res = await app.request(`${PREFIX}/bearer`, { headers: { Authorization: 'Basic abc' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('returns the whole token, even one starting with letters of "Bearer"', async () => {
    const res = await app.request(`${PREFIX}/bearer`, { headers: { Authorization: 'Bearer earth' } });
    expect(await res.json()).toEqual({ authenticated: true, token: 'earth' });
  });
});
