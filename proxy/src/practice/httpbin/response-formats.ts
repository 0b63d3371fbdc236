import { readFileSync } from 'node:fs';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { answerOtherMethods } from './methods.ts';
import { pythonJson } from './python-json.ts';
import { requestData } from './request-data.ts';
import { send, sendHtml, sendJson } from './responses.ts';

const asset = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');
// Jinja drops a template's final newline; httpbin's pages end without one.
const template = (name: string) => asset(name).replace(/\n$/, '');

const MOBY = template('moby.html');
const SAMPLE_XML = template('sample.xml');
// Debian's httpbin ships a placeholder for the UTF-8 demo page (the original's license is unclear).
const UTF8_DEMO = asset('utf8-demo.txt');

const ROBOTS = 'User-agent: *\nDisallow: /deny\n';
const ANGRY = `
          .-''''''-.
        .' _      _ '.
       /   O      O   \\
      :                :
      |                |
      :       __       :
       \\  .-"\`  \`"-.  /
        '.          .'
          '-......-'
     YOU SHOULDN'T BE HERE
`;

/** httpbin's /json sample (added in httpbin 0.9; Debian's 0.7 lacks it). */
const SLIDESHOW = {
  slideshow: {
    author: 'Yours Truly',
    date: 'date of publication',
    slides: [
      { title: 'Wake up to WonderWidgets!', type: 'all' },
      {
        items: ['Why <em>WonderWidgets</em> are great', 'Who <em>buys</em> WonderWidgets'],
        title: 'Overview',
        type: 'all',
      },
    ],
    title: 'Sample Slide Show',
  },
};

const formPage = (action: string) => `<!DOCTYPE html>
<html>
  <head>
  </head>
  <body>
    <form method="post" action="${action}">
      <p><label>First name: <input type="text" name="firstname"></label></p>
      <p><label>Last name: <input type="text" name="lastname"></label></p>
      <input type="submit" value="submit">
    </form>
  </body>
</html>`;

const ENCODINGS = [
  { path: '/gzip', flag: 'gzipped', name: 'gzip', compress: (b: Uint8Array) => gzipSync(b, { level: 4 }) },
  { path: '/deflate', flag: 'deflated', name: 'deflate', compress: (b: Uint8Array) => deflateSync(b) },
  { path: '/brotli', flag: 'brotli', name: 'br', compress: (b: Uint8Array) => brotliCompressSync(b) },
];

/** Fixed documents in many formats, and JSON that is really compressed on the wire. */
export function responseFormatRoutes(options: { prefix: string }) {
  const app = new Hono();

  app.get('/html', () => sendHtml(MOBY));
  app.get('/json', () => sendJson(SLIDESHOW));
  app.get('/xml', () => send(SAMPLE_XML, 200, [['Content-Type', 'application/xml']]));
  app.get('/robots.txt', () => send(ROBOTS, 200, [['Content-Type', 'text/plain']]));
  app.get('/deny', () => send(ANGRY, 200, [['Content-Type', 'text/plain']]));
  app.get('/encoding/utf8', () => sendHtml(UTF8_DEMO));
  app.get('/forms/post', () => sendHtml(formPage(`${options.prefix}/post`)));

  for (const { path, flag, name, compress } of ENCODINGS) {
    app.get(path, async (c) => {
      const data = await requestData(c, ['origin', 'headers', 'method']);
      const json = new TextEncoder().encode(`${pythonJson({ ...data, [flag]: true })}\n`);
      // Always compressed, whatever Accept-Encoding says: that is the point of these endpoints.
      return send(compress(json), 200, [
        ['Content-Type', 'application/json'],
        ['Content-Encoding', name],
      ]);
    });
  }

  answerOtherMethods(
    app,
    Object.fromEntries(
      [
        '/html',
        '/json',
        '/xml',
        '/robots.txt',
        '/deny',
        '/encoding/utf8',
        '/forms/post',
        ...ENCODINGS.map((e) => e.path),
      ].map((path) => [path, ['GET']]),
    ),
  );
  return app;
}
