export * from './exchange/exchange-recorder.ts';
export * from './schemas/proxy-error.ts';
export * from './schemas/proxy-event.ts';
export * from './schemas/request-spec.ts';
export * from './schemas/tls-info.ts';
export * from './stream/frames.ts';
export * from './url/request-url.ts';
