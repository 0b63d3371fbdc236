import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  reason: string;
  /** Response headers exactly as received: original case, order and repeats. */
  headers: [string, string][];
  body: Buffer;
}

/**
 * Sends one request to a loopback server with exactly the headers given (Host included, nothing
 * added), as the fixture recorder and the over-the-wire fixture tests both need.
 */
export function sendRaw(
  port: number,
  options: { method: string; path: string; headers: [string, string][]; body?: Uint8Array },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method,
        path: options.path,
        headers: options.headers.flat(),
        agent: false,
        setHost: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const headers: [string, string][] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2)
            headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
          resolve({
            status: res.statusCode ?? 0,
            reason: res.statusMessage ?? '',
            headers,
            body: Buffer.concat(chunks),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
