import type { SavedBody } from '../schemas/saved-workspace.ts';
import { DEFAULT_TEXT_TYPE } from './draft.ts';
import type { Json } from './shape.ts';

const TYPES = { json: 'application/json', xml: 'application/xml', html: 'text/html; charset=utf-8' } as const;

const formEncode = (text: string) => encodeURIComponent(text).replace(/%20/g, '+');

/** A draft's body as HAR `postData` (files by name: a HAR file does not carry their bytes). */
export function harPostData(body: SavedBody): Json | undefined {
  switch (body.kind) {
    case 'none':
      return undefined;
    case 'json':
    case 'xml':
    case 'html':
      return { mimeType: TYPES[body.kind], text: body.text };
    case 'text':
      return { mimeType: body.textContentType || DEFAULT_TEXT_TYPE, text: body.text };
    case 'form-urlencoded': {
      const fields = body.fields.filter((f) => f.enabled && (f.name !== '' || f.value !== ''));
      return {
        mimeType: 'application/x-www-form-urlencoded',
        params: fields.map(({ name, value }) => ({ name, value })),
        text: fields.map(({ name, value }) => `${formEncode(name)}=${formEncode(value)}`).join('&'),
      };
    }
    case 'multipart':
      return {
        mimeType: 'multipart/form-data',
        params: body.parts
          .filter((p) => p.enabled)
          .map((p) =>
            p.kind === 'file'
              ? {
                  name: p.name,
                  fileName: p.file && 'name' in p.file ? p.file.name : (p.wantedFile ?? ''),
                  ...(p.file && 'type' in p.file && p.file.type ? { contentType: p.file.type } : {}),
                }
              : { name: p.name, value: p.value },
          ),
      };
    case 'binary': {
      const file = body.file;
      return {
        mimeType: (file && 'type' in file && file.type) || 'application/octet-stream',
        text: '',
        comment: `The file ${file && 'name' in file ? file.name : (body.wantedFile ?? '')} is not included.`,
      };
    }
  }
}
