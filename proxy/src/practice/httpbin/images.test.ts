import { describe } from 'vitest';
import { itMatchesEveryFixture } from './fixture-replay.ts';

describe('images answer like httpbin, negotiated by Accept', () => {
  itMatchesEveryFixture('images');
});
