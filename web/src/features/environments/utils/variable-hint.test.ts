import { describe, expect, it } from 'vitest';
import { variableHint } from './variable-hint.ts';

const v = (name: string, value: string, secret = false) => ({ name, value, enabled: true, secret });
const scope = {
  environment: {
    name: 'Local',
    variables: [
      v('host', 'http://127.0.0.1:5000'),
      v('token', 's3cret', true),
      v('auth', 'Bearer {{token}}'),
    ],
  },
  collection: { name: 'Users API', variables: [v('base', '{{host}}/api')] },
};

describe('variableHint', () => {
  it('shows the value and where it comes from', () => {
    expect(variableHint(scope, 'host')).toEqual({
      defined: true,
      title: '{{host}} = http://127.0.0.1:5000 (environment “Local”)',
    });
    expect(variableHint(scope, 'base')).toEqual({
      defined: true,
      title: '{{base}} = http://127.0.0.1:5000/api (collection “Users API”)',
    });
  });

  it('masks a secret value, also one used inside another variable', () => {
    expect(variableHint(scope, 'token').title).toBe('{{token}} = •••••••• (secret, environment “Local”)');
    expect(variableHint(scope, 'auth').title).not.toContain('s3cret');
  });

  it('explains a dynamic variable', () => {
    expect(variableHint(scope, '$guid')).toEqual({
      defined: true,
      title: '{{$guid}}: a new random GUID, made as the request is sent',
    });
  });

  it('says where an undefined one was looked for', () => {
    expect(variableHint(scope, 'nope')).toEqual({
      defined: false,
      title:
        '{{nope}} is not defined in the active environment “Local” or the collection “Users API” (used in the address).',
    });
  });
});
