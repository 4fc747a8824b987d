/** End-to-end: the built `asm simulate` binary, twice (the rest is tested in-process, tests/cli/simulate.test.ts). */
import { describe, expect, it } from 'vitest';
import { asm } from '../helpers/cli.js';

describe('asm simulate, the built binary', () => {
  it('a named experiment with its default drug, as a student runs it', () => {
    const r = asm(['simulate', 'rebound', '--width', '80']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Thalamic rebound burst/);
    expect(r.stdout).toMatch(/Ethosuximide 500 µM/);
    expect(r.stderr).toBe('');
  });

  it('the raw form as JSON, with a toxin', () => {
    const r = asm(['simulate', '--model', 'hh', '--current', '10', '--duration', '100', '--drug', 'ttx', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { runs: { agent: string; spikeCount: number }[] };
    expect(j.runs.map((x) => [x.agent, x.spikeCount])).toEqual([
      ['control', 7],
      ['TTX', 0],
    ]);
  });
});
