import type { Client } from '@readme/httpsnippet';
import { isFilePart, pyDict, pyFields, pyString, pyValue } from './python-literals.ts';
import { type ModelBody, readPrepared, type SnippetExtras } from './snippet-model.ts';

/** A multipart body built by hand: the standard library has no encoder, which is worth seeing once. */
function multipartLines(body: Extract<ModelBody, { kind: 'multipart' }>): string[] {
  const parts = body.parts.map((part) =>
    isFilePart(part)
      ? `    part(${pyString(part.name)}, read(${pyString(part.fileName)}), ${pyString(part.fileName)}, ${pyString(part.contentType)})`
      : `    part(${pyString(part.name)}, ${pyString(part.value)}.encode("utf-8"))`,
  );
  return [
    'boundary = uuid.uuid4().hex',
    '',
    '',
    'def part(name, content, filename=None, content_type=None):',
    '    disposition = f\'form-data; name="{name}"\'',
    '    if filename is not None:',
    '        disposition += f\'; filename="{filename}"\'',
    '    head = f"--{boundary}\\r\\nContent-Disposition: {disposition}\\r\\n"',
    '    if content_type is not None:',
    '        head += f"Content-Type: {content_type}\\r\\n"',
    '    return head.encode("utf-8") + b"\\r\\n" + content + b"\\r\\n"',
    '',
    '',
    'def read(filename):',
    '    with open(filename, "rb") as file:',
    '        return file.read()',
    '',
    '',
    `payload = ${parts.length === 0 ? '' : `(\n${parts.join('\n    + ')}\n    + `}f"--{boundary}--\\r\\n".encode("utf-8")${parts.length === 0 ? '' : '\n)'}`,
  ];
}

function bodyLines(body: ModelBody): { imports: string[]; setup: string[] } {
  switch (body.kind) {
    case 'none':
      return { imports: [], setup: [] };
    case 'json':
      return {
        imports: ['import json'],
        setup: [`payload = json.dumps(${pyValue(body.value)}).encode("utf-8")`],
      };
    case 'text':
      return { imports: [], setup: [`payload = ${pyString(body.text)}.encode("utf-8")`] };
    case 'form':
      return { imports: [], setup: [`payload = parse.urlencode(${pyFields(body.fields)}).encode("ascii")`] };
    case 'file':
      return {
        imports: [],
        setup: [`with open(${pyString(body.fileName)}, "rb") as file:`, '    payload = file.read()'],
      };
    case 'multipart':
      return { imports: ['import uuid'], setup: multipartLines(body) };
  }
}

/** A redirect handler that hands 3xx answers back instead of following them. */
const NO_REDIRECTS = [
  '',
  '',
  'class KeepRedirects(request.HTTPRedirectHandler):',
  '    def redirect_request(self, req, fp, code, msg, headers, newurl):',
  '        return None  # the 3xx answer comes back as an HTTPError below',
  '',
  '',
  'opener = request.build_opener(KeepRedirects)',
];

/** The standard library's urllib.request, as seed 004 writes it: no install needed. */
export const urllibClient: Client = {
  info: {
    key: 'urllib',
    title: 'urllib.request',
    link: 'https://docs.python.org/3/library/urllib.request.html',
    description: "Python's standard library HTTP client",
    extname: '.py',
  },
  convert: (request, options) => {
    const model = readPrepared(request, options as SnippetExtras);
    const body = bodyLines(model.body);
    const multipart = model.body.kind === 'multipart';
    const headerLines = multipart
      ? [
          `headers = ${pyDict(model.headers)}`,
          'headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"',
        ]
      : model.headers.length > 0
        ? [`headers = ${pyDict(model.headers)}`]
        : [];
    const args = [
      'url',
      ...(body.setup.length > 0 ? ['data=payload'] : []),
      ...(headerLines.length > 0 ? ['headers=headers'] : []),
      `method=${pyString(model.method)}`,
    ];
    const open = model.followRedirects ? 'request.urlopen(req)' : 'opener.open(req)';
    const modules = ['error', ...(model.body.kind === 'form' ? ['parse'] : []), 'request'];
    return [
      ...body.imports,
      `from urllib import ${modules.join(', ')}`,
      '',
      `url = ${pyString(model.url)}`,
      ...(body.setup.length > 0 ? ['', ...body.setup] : []),
      ...(headerLines.length > 0 ? ['', ...headerLines] : []),
      ...(model.followRedirects ? [] : NO_REDIRECTS),
      '',
      `req = request.Request(${args.join(', ')})`,
      'try:',
      `    with ${open} as response:`,
      '        print(response.read().decode("utf-8"))',
      'except error.HTTPError as answer:',
      '    # urllib raises 4xx and 5xx answers; they are responses all the same.',
      '    print(answer.code, answer.read().decode("utf-8"))',
    ].join('\n');
  },
};
