import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

/** A server listening on 127.0.0.1 for one test. */
export interface RunningServer {
  /** `http://127.0.0.1:PORT`, `https://…` or (raw servers) `tcp://…`, without a trailing slash. */
  url: string;
  port: number;
  /** Stops listening and destroys every open connection, so a test never waits on a keep-alive socket. */
  close(): Promise<void>;
}

const host = '127.0.0.1';

/**
 * Starts a plain HTTP server on a free loopback port.
 *
 * @example
 * const target = await startHttpServer((req, res) => res.end('hello'));
 * onTestFinished(() => target.close());
 * await fetch(`${target.url}/greeting`);
 */
export async function startHttpServer(
  handler: http.RequestListener,
  options: http.ServerOptions = {},
  /** Another loopback address (127.0.0.2 plays a public website in policy tests), or a given port. */
  on: { host?: string; port?: number } = {},
): Promise<RunningServer & { server: http.Server }> {
  const server = http.createServer(options, handler);
  const close = closer(server);
  const address = on.host ?? host;
  const port = await listen(server, address, on.port);
  return { server, port, url: `http://${address}:${port}`, close };
}

/**
 * Starts an HTTPS server on a free loopback port. `cert` may be a chain: the leaf PEM followed by the
 * intermediate PEM. The URL uses the IP address; to check a DNS name, connect to it with `servername`.
 *
 * @example
 * const leaf = await pki.leaf({ names: ['localhost'] });
 * const target = await startHttpsServer(handler, { cert: leaf.cert + pki.intermediate.cert, key: leaf.key });
 */
export async function startHttpsServer(
  handler: http.RequestListener,
  tls: { cert: string; key: string; ca?: string[] } & https.ServerOptions,
): Promise<RunningServer & { server: https.Server }> {
  const server = https.createServer(tls, handler);
  const close = closer(server);
  const port = await listen(server);
  return { server, port, url: `https://${host}:${port}`, close };
}

/**
 * Starts a TCP server that hands each connection to `onSocket`, for servers that misbehave below HTTP:
 * resetting the connection, never answering, or sending a malformed status line.
 *
 * @example
 * const silent = await startRawServer(() => {}); // accepts, then never answers
 * const reset = await startRawServer((socket) => socket.resetAndDestroy());
 */
export async function startRawServer(
  onSocket: (socket: net.Socket) => void,
): Promise<RunningServer & { server: net.Server }> {
  const server = net.createServer((socket) => {
    // The client is the code under test and often hangs up abruptly; that must not crash the test run.
    socket.on('error', () => {});
    onSocket(socket);
  });
  const close = closer(server);
  const port = await listen(server);
  return { server, port, url: `tcp://${host}:${port}`, close };
}

/**
 * A loopback port with nothing listening on it, for "connection refused". Another process could take
 * the port in the meantime, but the kernel hands out ephemeral ports in turn, so that is rare.
 */
export async function freeClosedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await closeServer(server);
  return port;
}

function listen(server: net.Server, address = host, port = 0): Promise<number> {
  if (!/^127\./.test(address)) throw new Error(`test servers listen on loopback only, not ${address}`);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      server.off('error', reject);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

/**
 * `closeAllConnections()` only knows sockets that reached HTTP, so a TLS handshake in progress or a raw
 * connection would keep `close()` waiting; destroying every socket the server accepted covers those too.
 */
function closer(server: net.Server & { closeAllConnections?: () => void }): () => Promise<void> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return () => {
    const closed = closeServer(server);
    server.closeAllConnections?.();
    for (const socket of sockets) socket.destroy();
    return closed;
  };
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}
