import type { Client } from '@readme/httpsnippet';
import { httpxBody, pyHeaders, pyString, shortcut } from './python-literals.ts';
import { readPrepared, type SnippetExtras } from './snippet-model.ts';

const INFO = {
  link: 'https://www.python-httpx.org/',
  extname: '.py',
  installation: () => 'python -m pip install httpx',
} as const;

/** The setup lines and the call's arguments, shared by the sync and async clients. */
function parts(request: Parameters<Client['convert']>[0], options: SnippetExtras | undefined) {
  const model = readPrepared(request, options);
  const body = httpxBody(model.body);
  const headers = pyHeaders(model);
  const name = shortcut(model.method, body.args.length > 0);
  const args = [...body.args, ...headers.args];
  const target = name === null ? `(${pyString(model.method)}, url` : '(url';
  return {
    model,
    setup: [`url = ${pyString(model.url)}`, '', ...body.setup, ...headers.setup],
    call: `${name ?? 'request'}${target}${args.map((arg) => `, ${arg}`).join('')}`,
  };
}

/**
 * httpx, the requests-like client: one call, redirects followed as the playground does (httpx
 * does not follow them unless told).
 */
export const httpxClient: Client = {
  info: { key: 'httpx', title: 'httpx', description: 'A next-generation HTTP client for Python', ...INFO },
  convert: (request, options) => {
    const { model, setup, call } = parts(request, options as SnippetExtras);
    const follow = model.followRedirects ? ', follow_redirects=True' : '';
    return [
      'import httpx',
      '',
      ...setup,
      '',
      `response = httpx.${call}${follow})`,
      '',
      'print(response.text)',
    ]
      .join('\n')
      .replace(/\n{3,}/g, '\n\n');
  },
};

/** httpx's AsyncClient, as `async with` and `await` in an asyncio program. */
export const httpxAsyncClient: Client = {
  info: {
    key: 'httpx_async',
    title: 'httpx (async)',
    description: 'httpx with asyncio: AsyncClient',
    ...INFO,
  },
  convert: (request, options) => {
    const { model, setup, call } = parts(request, options as SnippetExtras);
    const follow = model.followRedirects ? 'follow_redirects=True' : '';
    return [
      'import asyncio',
      '',
      'import httpx',
      '',
      ...setup,
      '',
      '',
      'async def main():',
      `    async with httpx.AsyncClient(${follow}) as client:`,
      `        response = await client.${call})`,
      '        print(response.text)',
      '',
      '',
      'asyncio.run(main())',
    ]
      .join('\n')
      .replace(/\n{4,}/g, '\n\n\n');
  },
};
