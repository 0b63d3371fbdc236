import type { SavedDraft, SavedRow } from '../schemas/saved-workspace.ts';
import type { Notes } from './notes.ts';
import { counted } from './problems.ts';
import { asText, field, isRecord, type Json } from './shape.ts';

/** An auth a request ends up with; API keys become a header or query row, which the draft can hold. */
export interface AuthChoice {
  auth: SavedDraft['auth'];
  apiKey?: { row: SavedRow; in: 'header' | 'query' };
  /** Set for auth types the playground cannot send, to note once per request that inherits it. */
  unsupported?: string;
}

const UNSUPPORTED: Record<string, string> = {
  digest: 'Digest',
  oauth1: 'OAuth 1.0',
  oauth2: 'OAuth 2.0',
  hawk: 'Hawk',
  awsv4: 'AWS Signature',
  ntlm: 'NTLM',
  akamai: 'Akamai EdgeGrid',
  edgegrid: 'Akamai EdgeGrid',
  jwt: 'JWT',
  asap: 'ASAP',
};

/** v2.1 keeps auth settings as `[{ key, value }]`, v2.0 as an object. */
function setting(block: Json, type: string, key: string): string {
  const settings = field(block, type);
  if (Array.isArray(settings)) {
    const found = settings.find((entry) => isRecord(entry) && field(entry, 'key') === key);
    return asText(field(found, 'value'));
  }
  return asText(field(settings, key));
}

/** Reads an `auth` block; null when it is absent or says "inherit" (the parent's auth applies). */
export function authFromPostman(block: unknown): AuthChoice | null {
  if (!isRecord(block)) return null;
  const type = asText(field(block, 'type'));
  switch (type) {
    case 'inherit':
    case '':
      return null;
    case 'noauth':
      return { auth: { type: 'none' } };
    case 'basic':
      return {
        auth: {
          type: 'basic',
          username: setting(block, type, 'username'),
          password: setting(block, type, 'password'),
        },
      };
    case 'bearer':
      return { auth: { type: 'bearer', token: setting(block, type, 'token') } };
    case 'apikey': {
      const where = setting(block, type, 'in') === 'query' ? 'query' : 'header';
      const row = { name: setting(block, type, 'key'), value: setting(block, type, 'value'), enabled: true };
      return { auth: { type: 'none' }, apiKey: { row, in: where } };
    }
    default:
      return { auth: { type: 'none' }, unsupported: UNSUPPORTED[type] ?? type };
  }
}

/** Notes what a request's auth could not carry over. */
export function noteAuth(choice: AuthChoice, notes: Notes): void {
  if (choice.unsupported) {
    const label = choice.unsupported;
    notes.tally(
      `auth:${label}`,
      (n) =>
        `${counted(n, 'request')} used ${label} auth, which HTTP Playground cannot send; imported without auth.`,
    );
  }
  if (choice.apiKey) {
    const where = choice.apiKey.in === 'query' ? 'a query parameter' : 'a header';
    notes.tally(
      `apikey:${where}`,
      (n) => `${counted(n, 'request')} used API key auth; the key became ${where}.`,
    );
  }
}

/** A draft's auth as Postman writes it (explicit `noauth`, so nothing is inherited on the way back). */
export function authToPostman(auth: SavedDraft['auth']): Json {
  switch (auth.type) {
    case 'none':
      return { type: 'noauth' };
    case 'basic':
      return {
        type: 'basic',
        basic: [
          { key: 'username', value: auth.username, type: 'string' },
          { key: 'password', value: auth.password, type: 'string' },
        ],
      };
    case 'bearer':
      return { type: 'bearer', bearer: [{ key: 'token', value: auth.token, type: 'string' }] };
  }
}
