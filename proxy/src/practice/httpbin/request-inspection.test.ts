import { describe, expect, it } from 'vitest';
import { itMatchesEveryFixture, PREFIX, practiceApp } from './fixture-replay.ts';
import { MAX_REQUEST_BODY } from './routes.ts';

describe('request inspection answers like httpbin', () => {
  itMatchesEveryFixture('request-inspection');
});

describe('request bodies', () => {
  const app = practiceApp();

  it('shows a file part sent without a type as an octet-stream data URL, like httpbin', async () => {
    const body = '--b\r\nContent-Disposition: form-data; name="f"; filename="x"\r\n\r\n\u00ff\r\n--b--\r\n';
    const res = await app.request(`${PREFIX}/post`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=b' },
      body: Buffer.from(body, 'latin1'),
    });
    expect(((await res.json()) as { files: unknown }).files).toEqual({
      f: 'data:application/octet-stream;base64,/w==',
    });
  });

  it('refuses bodies over 10 MiB with Werkzeug’s 413 page', async () => {
    const res = await app.request(`${PREFIX}/post`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(MAX_REQUEST_BODY + 1),
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('<title>413 Request Entity Too Large</title>');
  });
});
