import net from 'node:net';

/** A response as read off the socket: status code, headers (lower-cased names) and body text. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `head` (and `body`) exactly as written to 127.0.0.1:`port` and reads the answer until the
 * server closes, for requests no HTTP client would build: a foreign Host, a WebSocket upgrade.
 * The request should say `Connection: close`.
 */
export function rawRequest(port: number, head: string[], body = ''): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: text.slice(split + 4) });
    });
    socket.write(`${head.join('\r\n')}\r\n\r\n${body}`);
    // A server that answers an upgrade with 403 may keep the socket: end our side once it has answered.
    socket.once('data', () => setImmediate(() => socket.end()));
  });
}
