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

/** Where a file's bytes come from: Node opens it by name, a page takes what the user picked. */
type FileSource = (file: { field: string | null; fileName: string; contentType: string }) => string;

const nodeFile: FileSource = ({ fileName, contentType }) =>
  `await openAsBlob(${js(fileName)}${contentType ? `, { type: ${js(contentType)} }` : ''})`;

// A page cannot open a file by name: the user picks it in an <input type="file">.
const pickedFile: FileSource = ({ field }) => {
  const name = field === null ? '' : `[name='${field.replace(/['\\]/g, '\\$&')}']`;
  return `document.querySelector(${js(`input[type=file]${name}`)}).files[0]`;
};

/**
 * The lines that build the body, the expression that sends it, and whether files are read. In
 * Node, files are opened by name with `fs.openAsBlob`, which keeps their type for a multipart part.
 */
function jsBody(
  body: ModelBody,
  file: FileSource,
): { setup: string[]; value: string | null; files: boolean } {
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
      return {
        setup: [],
        value: file({ field: null, fileName: body.fileName, contentType: '' }),
        files: true,
      };
    case 'multipart': {
      const lines = body.parts.map((part) =>
        isFilePart(part)
          ? `form.append(${js(part.name)}, ${file({ field: part.name, ...part })}, ${js(part.fileName)});`
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

function fetchCode(model: SnippetModel, file: FileSource, imports: boolean): string {
  const body = jsBody(model.body, file);
  return [
    ...(imports && body.files ? ["import { openAsBlob } from 'node:fs';", ''] : []),
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
}

/** Node's built-in fetch (Node 18 and later), as an ES module with top-level await. */
export const nodeFetchClient: Client = {
  info: {
    key: 'fetch_playground',
    title: 'fetch',
    link: 'https://nodejs.org/docs/latest/api/globals.html#fetch',
    description: 'The fetch API built into Node.js',
    extname: '.mjs',
  },
  convert: (request, options) => fetchCode(readPrepared(request, options as SnippetExtras), nodeFile, true),
};

/** fetch in a web page (a module script, or the console), files taken from file inputs. */
export const browserFetchClient: Client = {
  info: {
    key: 'fetch_playground',
    title: 'fetch',
    link: 'https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch',
    description: 'The fetch API of web browsers',
    extname: '.js',
  },
  convert: (request, options) =>
    fetchCode(readPrepared(request, options as SnippetExtras), pickedFile, false),
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
    const body = jsBody(model.body, nodeFile);
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
