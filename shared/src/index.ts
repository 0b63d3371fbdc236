// First: configures zod before any schema below is built.
import './schemas/zod-config.ts';

export * from './api/launch-token.ts';
export * from './convert/index.ts';
export * from './curl/parse-curl.ts';
export * from './exchange/exchange-recorder.ts';
export * from './history/read-request-history.ts';
// The rest of knowledge/ (methods, status codes, headers, URL anatomy) is tens of kilobytes the
// web app loads only when asked: import it from '@playground/shared/knowledge'.
export * from './knowledge/status-line.ts';
export * from './library/migrate-saved-cookie-jars.ts';
export * from './library/migrate-saved-environments.ts';
export * from './library/migrate-saved-library.ts';
export * from './library/variables.ts';
export * from './schemas/cookie.ts';
export * from './schemas/library.ts';
export * from './schemas/portable-collection.ts';
export * from './schemas/practice-info.ts';
export * from './schemas/proxy-error.ts';
export * from './schemas/proxy-event.ts';
export * from './schemas/published-snapshots.ts';
export * from './schemas/request-history.ts';
export * from './schemas/request-spec.ts';
export * from './schemas/saved-workspace.ts';
export * from './schemas/share.ts';
export * from './schemas/tls-info.ts';
export * from './schemas/websocket-relay.ts';
export * from './share/read-published-snapshots.ts';
export * from './share/share-link.ts';
export * from './share/share-location.ts';
export * from './stream/frames.ts';
export * from './url/request-url.ts';
export * from './wire/multipart-body.ts';
export * from './wire/parse-wire.ts';
export * from './wire/wire-bytes.ts';
export * from './wire/wire-parts.ts';
export * from './workspace/migrate-saved-workspace.ts';
