import { describe } from 'vitest';
import { itMatchesEveryFixture } from './fixture-replay.ts';

describe('redirects and links answer like httpbin, under the prefix', () => {
  itMatchesEveryFixture('redirects');
});
