import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { answerOtherMethods } from './methods.ts';
import { send } from './responses.ts';
import { statusResponse } from './status-codes.ts';

/** httpbin's own sample images, byte for byte (see assets/NOTICE). */
const IMAGES = {
  png: { type: 'image/png', file: 'pig_icon.png' },
  jpeg: { type: 'image/jpeg', file: 'jackal.jpg' },
  webp: { type: 'image/webp', file: 'wolf_1.webp' },
  svg: { type: 'image/svg+xml', file: 'svg_logo.svg' },
} as const;

type ImageKind = keyof typeof IMAGES;

const loaded = new Map<ImageKind, Uint8Array>();

function image(kind: ImageKind): Response {
  let bytes = loaded.get(kind);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(new URL(`./assets/${IMAGES[kind].file}`, import.meta.url)));
    loaded.set(kind, bytes);
  }
  return send(bytes, 200, [['Content-Type', IMAGES[kind].type]]);
}

/**
 * httpbin's Accept handling: the first listed type that appears anywhere in the header wins,
 * in this order, and png is the default. (It is a substring test, not q-value negotiation:
 * `*\/*` alone gets 406.)
 */
function negotiate(accept: string | undefined): ImageKind | undefined {
  if (accept === undefined) return 'png';
  const lower = accept.toLowerCase();
  if (lower.includes('image/webp')) return 'webp';
  if (lower.includes('image/svg+xml')) return 'svg';
  if (lower.includes('image/jpeg')) return 'jpeg';
  if (lower.includes('image/png') || lower.includes('image/*')) return 'png';
  return undefined;
}

/** Real images in four formats, chosen by path or by the Accept header. */
export function imageRoutes(options: { prefix: string }) {
  const app = new Hono();
  app.get('/image', (c) => {
    const kind = negotiate(c.req.header('accept'));
    return kind ? image(kind) : statusResponse(406, options.prefix);
  });
  for (const kind of Object.keys(IMAGES) as ImageKind[]) app.get(`/image/${kind}`, () => image(kind));

  answerOtherMethods(
    app,
    Object.fromEntries(['/image', ...Object.keys(IMAGES).map((k) => `/image/${k}`)].map((p) => [p, ['GET']])),
  );
  return app;
}
