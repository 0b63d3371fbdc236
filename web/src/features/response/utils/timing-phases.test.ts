import { describe, expect, it } from 'vitest';
import { timingPhases } from './timing-phases.ts';

describe('timingPhases', () => {
  it('lays the phases end to end in percent of the total', () => {
    const phases = timingPhases({ dns: 10, connect: 10, tls: null, firstByte: 60, download: 20, total: 100 });
    expect(phases.map((p) => [p.key, p.startPercent, p.widthPercent])).toEqual([
      ['dns', 0, 10],
      ['connect', 10, 10],
      ['tls', 20, 0],
      ['firstByte', 20, 60],
      ['download', 80, 20],
    ]);
    expect(phases[2]!.ms).toBeNull();
  });

  it('leads with the redirect hops when there were any', () => {
    const phases = timingPhases(
      { dns: null, connect: 1, tls: null, firstByte: 1, download: 1, total: 100 },
      90,
    );
    expect(phases[0]).toMatchObject({ key: 'redirects', ms: 90, startPercent: 0, widthPercent: 90 });
    expect(phases[1]).toMatchObject({ key: 'dns', startPercent: 90 });
  });

  it('never draws past the end of the bar', () => {
    const phases = timingPhases({ dns: null, connect: 5, tls: null, firstByte: 10, download: 1, total: 10 });
    const last = phases.at(-1)!;
    expect(last.startPercent + last.widthPercent).toBeLessThanOrEqual(100);
  });
});
