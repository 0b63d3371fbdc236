import { describe, expect, it } from 'vitest';
import environmentExport from './fixtures/practice-server.postman_environment.json?raw';
import { readImportFile } from './read-import-file.ts';
import { imported } from './test-helpers.ts';

describe('a Postman environment export', () => {
  it('keeps values, disabled ones, and secret ones as secret', () => {
    const result = imported(readImportFile(environmentExport, 'practice-server.postman_environment.json'));
    expect(result.format).toBe('postman-environment');
    expect(result.collections).toEqual([]);
    expect(result.environments[0]).toMatchObject({
      name: 'Practice server',
      variables: [
        { name: 'baseURL', value: 'http://127.0.0.1:8787/httpbin', enabled: true, secret: false },
        { name: 'codes', value: '418', enabled: true, secret: false },
        { name: 'token', value: 's3cr3t-practice-token', enabled: true, secret: true },
        { name: 'oldBaseURL', value: 'https://httpbin.org', enabled: false, secret: false },
      ],
    });
  });

  it('names an unnamed environment after its file, and globals as Globals', () => {
    const unnamed = JSON.stringify({ values: [{ key: 'a', value: 1 }] });
    expect(
      imported(readImportFile(unnamed, 'staging.postman_environment.json')).environments[0],
    ).toMatchObject({
      name: 'staging',
      variables: [{ name: 'a', value: '1', enabled: true, secret: false }],
    });
    const globals = JSON.stringify({ values: [], _postman_variable_scope: 'globals' });
    expect(imported(readImportFile(globals)).environments[0]!.name).toBe('Globals');
  });
});
