import type { Client } from '@readme/httpsnippet';
import { isFilePart } from './python-literals.ts';
import { type ModelBody, readPrepared, type SnippetExtras, type SnippetModel } from './snippet-model.ts';

/** A JavaScript string literal (JSON's escapes are JavaScript's). */
const js = (text: string): string => JSON.stringify(text);

/** Headers as an object literal, one a line. */
function jsHeaders(headers: readonly [string, string][], indent: string): string {
  if (headers.length === 0) return '{}';
  return `{\n${headers.map(([name, value]) => `${indent}  ${js(name)}: ${js(value)},`).join('\n')}\n${indent}}`;
}

/**
 * The lines that build the body, the expression that sends it, and the imports they need. Files
 * are opened by name with `fs.openAsBlob`, which keeps their name and type for a multipart part.
 */
function jsBody(body: ModelBody): { setup: string[]; value: string | null; files: boolean } {
  switch (body.kind) {
    case 'none':
      return { setup: [], value: null, files: false };
    case 'json':
      return {
        setup: [],
        value: `JSON.stringify(${JSON.stringify(body.value, null, 2).replace(/\n/g, '\n  ')})`,
        files: false,
      };
    case 'text':
      return { setup: [], value: js(body.text), files: false };
    case 'form': {
      const pairs = body.fields.map(([name, value]) => `  [${js(name)}, ${js(value)}],`);
      return {
        setup: ['const form = new URLSearchParams([', ...pairs, ']);', ''],
        value: 'form',
        files: false,
      };
    }
    case 'file':
      return { setup: [], value: `await openAsBlob(${js(body.fileName)})`, files: true };
    case 'multipart': {
      const lines = body.parts.map((part) =>
        isFilePart(part)
          ? `form.append(${js(part.name)}, await openAsBlob(${js(part.fileName)}, { type: ${js(part.contentType)} }), ${js(part.fileName)});`
          : `form.append(${js(part.name)}, ${js(part.value)});`,
      );
      return {
        setup: ['const form = new FormData();', ...lines, ''],
        value: 'form',
        files: body.parts.some(isFilePart),
      };
    }
  }
}

const followOption = (model: SnippetModel) => (model.followRedirects ? [] : ["  redirect: 'manual',"]);

/** Node's built-in fetch (Node 18 and later), as an ES module with top-level await. */
export const nodeFetchClient: Client = {
  info: {
    key: 'fetch_playground',
    title: 'fetch',
    link: 'https://nodejs.org/docs/latest/api/globals.html#fetch',
    description: 'The fetch API built into Node.js',
    extname: '.mjs',
  },
  convert: (request, options) => {
    const model = readPrepared(request, options as SnippetExtras);
    const body = jsBody(model.body);
    return [
      ...(body.files ? ["import { openAsBlob } from 'node:fs';", ''] : []),
      ...body.setup,
      `const response = await fetch(${js(model.url)}, {`,
      `  method: ${js(model.method)},`,
      ...(model.headers.length > 0 ? [`  headers: ${jsHeaders(model.headers, '  ')},`] : []),
      ...(body.value === null ? [] : [`  body: ${body.value},`]),
      ...followOption(model),
      '});',
      '',
      'console.log(response.status, response.statusText);',
      'console.log(await response.text());',
    ].join('\n');
  },
};

/**
 * Node's http (or https) module: the request written and ended by hand. It follows no redirects
 * (say so when the playground would). A multipart body is encoded by the fetch API's Response,
 * since http.request has no form encoder.
 */
export const nodeHttpClient: Client = {
  info: {
    key: 'http_playground',
    title: 'http',
    link: 'https://nodejs.org/api/http.html#httprequesturl-options-callback',
    description: "Node.js's http module",
    extname: '.mjs',
  },
  convert: (request, options) => {
    const model = readPrepared(request, options as SnippetExtras);
    const body = jsBody(model.body);
    const module = model.url.startsWith('https:') ? 'https' : 'http';
    const encode =
      model.body.kind === 'multipart'
        ? [
            '// http.request has no form encoder: the fetch API’s Response writes the multipart body.',
            'const encoded = new Response(form);',
            "headers['Content-Type'] = encoded.headers.get('content-type');",
            'const body = Buffer.from(await encoded.arrayBuffer());',
          ]
        : body.value === null
          ? []
          : [`const body = ${body.value === 'form' ? 'form.toString()' : body.value};`];
    const bodyValue =
      model.body.kind === 'file'
        ? 'Buffer.from(await body.arrayBuffer())'
        : encode.length > 0
          ? 'body'
          : null;
    return [
      `import ${module} from 'node:${module}';`,
      ...(body.files ? ["import { openAsBlob } from 'node:fs';"] : []),
      '',
      ...body.setup,
      `const headers = ${jsHeaders(model.headers, '')};`,
      ...encode,
      '',
      `const request = ${module}.request(${js(model.url)}, { method: ${js(model.method)}, headers }, (response) => {`,
      '  console.log(response.statusCode, response.statusMessage);',
      "  response.setEncoding('utf8');",
      "  response.on('data', (chunk) => process.stdout.write(chunk));",
      '});',
      "request.on('error', (error) => console.error(error.message));",
      `request.end(${bodyValue ?? ''});`,
      ...(model.followRedirects
        ? ['// http.request does not follow redirects: a 3xx answer is printed as it is.']
        : []),
    ].join('\n');
  },
};
