import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPortableCollection, toPortableCollection, toPortableJson } from './portable.ts';
import { toPostmanCollection } from './postman-export.ts';
import { readImportFile } from './read-import-file.ts';
import { collectionArbitrary, environmentArbitrary } from './test-arbitraries.ts';
import { collectionContent, filesAsWanted, imported } from './test-helpers.ts';

describe('round trips of arbitrary collections', () => {
  it('our format: toPortableCollection, then readPortableCollection, gives it back exactly', () => {
    fc.assert(
      fc.property(
        collectionArbitrary({ timeouts: true, sessions: true }),
        fc.array(environmentArbitrary, { maxLength: 2 }),
        (collection, environments) => {
          const portable = toPortableCollection(collection, environments, { includeSecrets: true });
          const read = readPortableCollection(
            JSON.parse(toPortableJson(collection, environments, { includeSecrets: true })),
          );
          if (!read.ok) throw new Error(read.problem);
          expect(read.portable).toEqual(portable);
          expect(
            collectionContent(imported(readImportFile(JSON.stringify(portable))).collections[0]!),
          ).toEqual(collectionContent(portable.collection));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('Postman v2.1: export, then import, gives the same requests, folders and variables', () => {
    fc.assert(
      fc.property(collectionArbitrary({ timeouts: false, sessions: false }), (collection) => {
        const text = JSON.stringify(toPostmanCollection(collection, { includeSecrets: true }));
        const back = imported(readImportFile(text)).collections[0]!;
        expect(collectionContent(back)).toEqual(collectionContent(filesAsWanted(collection)));
      }),
      { numRuns: 300 },
    );
  });
});
