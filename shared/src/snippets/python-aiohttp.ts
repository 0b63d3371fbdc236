import type { Client } from '@readme/httpsnippet';
import { isFilePart, pyFields, pyHeaders, pyString, pyValue, shortcut } from './python-literals.ts';
import { type ModelBody, readPrepared, type SnippetExtras } from './snippet-model.ts';

/** The lines that build the body and the keyword that sends it. */
function aiohttpBody(body: ModelBody): { setup: string[]; args: string[] } {
  switch (body.kind) {
    case 'none':
      return { setup: [], args: [] };
    case 'json':
      return { setup: [`payload = ${pyValue(body.value)}`], args: ['json=payload'] };
    case 'text':
      return { setup: [`payload = ${pyString(body.text)}`], args: ['data=payload'] };
    case 'form':
      return { setup: [`payload = ${pyFields(body.fields)}`], args: ['data=payload'] };
    case 'file':
      return {
        setup: [`with open(${pyString(body.fileName)}, "rb") as file:`, '    payload = file.read()'],
        args: ['data=payload'],
      };
    case 'multipart': {
      // FormData keeps the fields in the order the user put them, files opened by name.
      const setup = ['form = aiohttp.FormData()'];
      for (const part of body.parts) {
        setup.push(
          isFilePart(part)
            ? `form.add_field(${pyString(part.name)}, open(${pyString(part.fileName)}, "rb"), filename=${pyString(part.fileName)}, content_type=${pyString(part.contentType)})`
            : `form.add_field(${pyString(part.name)}, ${pyString(part.value)})`,
        );
      }
      return { setup, args: ['data=form'] };
    }
  }
}

/** aiohttp's ClientSession in an asyncio program: the client the course's seed 001 uses. */
export const aiohttpClient: Client = {
  info: {
    key: 'aiohttp',
    title: 'aiohttp',
    link: 'https://docs.aiohttp.org/en/stable/client_quickstart.html',
    description: 'Asynchronous HTTP client for asyncio',
    extname: '.py',
    installation: () => 'python -m pip install aiohttp',
  },
  convert: (request, options) => {
    const model = readPrepared(request, options as SnippetExtras);
    const body = aiohttpBody(model.body);
    const headers = pyHeaders(model);
    const name = shortcut(model.method, body.args.length > 0);
    const args = [...body.args, ...headers.args, ...(model.followRedirects ? [] : ['allow_redirects=False'])];
    const call = `session.${name ?? 'request'}(${name === null ? `${pyString(model.method)}, ` : ''}url${args.map((a) => `, ${a}`).join('')})`;
    return [
      'import asyncio',
      '',
      'import aiohttp',
      '',
      `url = ${pyString(model.url)}`,
      ...(body.setup.length > 0 ? ['', ...body.setup] : []),
      ...(headers.setup.length > 0 ? ['', ...headers.setup] : []),
      '',
      '',
      'async def main():',
      '    async with aiohttp.ClientSession() as session:',
      `        async with ${call} as response:`,
      '            print(await response.text())',
      '',
      '',
      'asyncio.run(main())',
    ].join('\n');
  },
};
