export type ProxyStatusTone = 'pending' | 'ok' | 'down';

export interface ProxyStatusView {
  tone: ProxyStatusTone;
  text: string;
}

/** What the status line says for the state of the health query. */
export function describeProxyStatus(queryStatus: 'pending' | 'error' | 'success'): ProxyStatusView {
  switch (queryStatus) {
    case 'pending':
      return { tone: 'pending', text: 'Proxy: checking…' };
    case 'success':
      return { tone: 'ok', text: 'Proxy: ready' };
    case 'error':
      return { tone: 'down', text: 'Proxy: not reachable. Is the server still running?' };
  }
}
