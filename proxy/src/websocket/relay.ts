import type { ProxyError, WsProxyEnvelope } from '@playground/shared';
import { WsPageEnvelope } from '@playground/shared';
import { WebSocket } from 'ws';
import { type ConnectPolicy, type ConnectTarget, openConnection, type Resolver } from '../engine/connect.ts';
import { EngineFailure, fail } from '../engine/errors.ts';
import { MAX_WS_MESSAGE_BYTES } from './upgrades.ts';

export interface RelayDeps {
  /** The same address policy as HTTP runs: a shared playground refuses private targets. */
  policy: ConnectPolicy | undefined;
  resolver?: Resolver | undefined;
  extraCA?: string[] | undefined;
  connectTimeoutMs: number;
  /**
   * Where to reach a target that is the playground's own practice echo without the policy (a
   * shared playground refuses its own loopback address like any private one); null otherwise.
   */
  ownPractice?: ((target: URL) => ConnectTarget | null) | undefined;
}

function targetOf(url: URL): ConnectTarget {
  const secure = url.protocol === 'wss:';
  return {
    protocol: secure ? 'https:' : 'http:',
    hostname: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port === '' ? (secure ? 443 : 80) : Number(url.port),
  };
}

function parseTarget(text: string): URL | ProxyError {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      kind: 'invalid-url',
      title: 'Not a WebSocket address',
      message: `"${text}" is not a complete address.`,
      hint: 'Write the whole address, e.g. ws://127.0.0.1:8787/practice/ws/echo.',
    };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    return {
      kind: 'unsupported-scheme',
      title: 'Not a WebSocket address',
      message: `A WebSocket address starts with ws:// or wss://, and this one starts with ${url.protocol}//.`,
      hint: 'Use ws:// for a plain connection or wss:// for an encrypted one.',
    };
  }
  return url;
}

const pairs = (flat: string[]): [string, string][] => {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] as string, flat[i + 1] as string]);
  return out;
};

/**
 * Relays one page WebSocket to the target named in `targetText`. The target is reached through the
 * engine's `openConnection` (same DNS, address policy and certificate checks as HTTP runs; wss is
 * always verified), then `ws` does the opening handshake on that socket. The page learns how it
 * went through envelopes (see shared/src/schemas/websocket-relay.ts): the handshake as sent and
 * answered, each text message, the closing code and reason, or a failure in plain words.
 */
export function relay(page: WebSocket, targetText: string, deps: RelayDeps): void {
  const report = (envelope: WsProxyEnvelope) => {
    if (page.readyState === WebSocket.OPEN) page.send(JSON.stringify(envelope));
  };
  let ended = false;
  const failWith = (error: ProxyError) => {
    if (ended) return;
    ended = true;
    report({ type: 'error', error });
    page.close(1000, 'relay ended');
  };
  const controller = new AbortController();
  let target: WebSocket | null = null;

  page.on('close', () => {
    ended = true;
    controller.abort();
    if (target?.readyState === WebSocket.OPEN) target.close(1001, 'the page left');
    else target?.terminate();
  });
  page.on('message', (data, isBinary) => {
    const open = target?.readyState === WebSocket.OPEN;
    if (isBinary) {
      if (open) target?.send(data, { binary: true });
      return;
    }
    let envelope: WsPageEnvelope;
    try {
      envelope = WsPageEnvelope.parse(JSON.parse(data.toString()));
    } catch {
      report({
        type: 'error',
        error: {
          kind: 'invalid-request',
          title: 'Unreadable message from the page',
          message: 'The page sent a text frame that is not a relay envelope.',
          hint: 'Reload the page.',
        },
      });
      return;
    }
    if (!open || target === null) {
      // Asked to close before the target answered: there is no conversation to close, so leave.
      if (envelope.type === 'close') page.close(1000, 'closed by the page');
      return;
    }
    if (envelope.type === 'text') {
      target.send(envelope.data);
      return;
    }
    try {
      target.close(envelope.code ?? 1000, envelope.reason ?? '');
    } catch (err) {
      report({
        type: 'error',
        error: {
          kind: 'invalid-request',
          title: 'That close code cannot be sent',
          message: `${(err as Error).message}.`,
          hint: 'Use 1000 (normal closure) or a code from 3000 to 4999.',
        },
      });
    }
  });

  const url = parseTarget(targetText);
  if (!(url instanceof URL)) {
    failWith(url);
    return;
  }
  void connect(url);

  async function connect(url: URL): Promise<void> {
    const own = deps.ownPractice?.(url) ?? null;
    let socket: Awaited<ReturnType<typeof openConnection>>;
    try {
      socket = await openConnection(own ?? targetOf(url), {
        connectTimeoutMs: deps.connectTimeoutMs,
        signal: controller.signal,
        policy: own === null ? deps.policy : undefined,
        resolver: deps.resolver,
        extraCA: deps.extraCA,
      });
    } catch (err) {
      if (controller.signal.aborted) return;
      failWith(
        err instanceof EngineFailure
          ? err.proxyError
          : {
              kind: 'internal',
              title: 'The proxy hit a bug',
              message: 'Connecting failed inside the proxy.',
              hint: 'Try again.',
            },
      );
      return;
    }
    if (ended) {
      socket.socket.destroy();
      return;
    }
    let line = '';
    let sent: [string, string][] = [];
    let opened = false;
    const ws = new WebSocket(url, {
      createConnection: () => socket.socket,
      perMessageDeflate: false,
      maxPayload: MAX_WS_MESSAGE_BYTES,
      handshakeTimeout: deps.connectTimeoutMs,
      finishRequest: (req) => {
        line = `GET ${req.path} HTTP/1.1`;
        sent = req.getRawHeaderNames().map((name) => [name, String(req.getHeader(name))]);
        req.end();
      },
    });
    target = ws;
    const handshake = (status: number, statusText: string, raw: string[]) =>
      report({
        type: 'handshake',
        request: { line, headers: sent },
        response: { status, statusText, headers: pairs(raw) },
        remoteAddress: socket.remoteAddress,
      });
    ws.on('upgrade', (res) => handshake(101, res.statusMessage ?? 'Switching Protocols', res.rawHeaders));
    ws.on('open', () => {
      opened = true;
    });
    ws.on('unexpected-response', (_req, res) => {
      handshake(res.statusCode ?? 0, res.statusMessage ?? '', res.rawHeaders);
      res.destroy();
      failWith({
        kind: 'protocol',
        title: 'The server did not agree to a WebSocket',
        message: `${url.host} answered ${res.statusCode} ${res.statusMessage ?? ''} instead of 101 Switching Protocols, so no WebSocket was opened.`,
        hint: 'Check the path: this address is not a WebSocket endpoint, or the server refused this connection (see its answer above).',
      });
      ws.terminate();
    });
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        if (page.readyState === WebSocket.OPEN) page.send(data as Buffer, { binary: true });
      } else report({ type: 'text', data: data.toString() });
    });
    ws.on('close', (code, reason) => {
      if (!opened || ended) return;
      ended = true;
      report({ type: 'closed', code, reason: reason.toString() });
      page.close(1000, 'target closed');
    });
    ws.on('error', (err) => {
      const where = url.host;
      failWith(
        fail(
          'protocol',
          opened ? 'The WebSocket connection broke' : 'The WebSocket handshake failed',
          `The connection to ${where} failed: ${err.message}.`,
          opened
            ? 'The server sent something that breaks the WebSocket rules, or the connection dropped. Connect again.'
            : 'Check that the address is a WebSocket endpoint.',
        ).proxyError,
      );
    });
  }
}
