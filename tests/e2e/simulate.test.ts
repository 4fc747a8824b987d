/** End-to-end: `asm simulate` on the shipped records, through the built binary. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asm } from '../helpers/cli.js';

interface JsonRun {
  label: string;
  spikeTimesMs: number[];
  spikeCount: number;
  rateHz: number | null;
  peakMv: number;
  extra: Record<string, number | null>;
}
const json = (args: string[]) => {
  const r = asm(['simulate', ...args, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { id: string; runs: JsonRun[]; agents: { id: string; notes: string[]; notSimulated: string[] }[] };
};

describe('asm simulate: the named experiments', () => {
  it('lists experiments, simulatable drugs, toxins and models', () => {
    const r = asm(['simulate', '--list']);
    expect(r.code).toBe(0);
    for (const id of ['use-dependence', 'rebound', 'absence-paradox', 'gaba', 'network', 'carbamazepine', 'ethosuximide', 'ttx', 'tea', 'hh', 'wb', 'tc']) expect(r.stdout).toContain(id);
    expect(r.stdout).not.toMatch(/^ {2}topiramate /m);
  });

  it('use-dependence: normal firing nearly intact, seizure-like firing suppressed', () => {
    const { runs } = json(['use-dependence']);
    expect(runs.map((r) => r.label)).toEqual(['control · normal rate', 'control · seizure-like rate', 'Carbamazepine 8 µM · normal rate', 'Carbamazepine 8 µM · seizure-like rate']);
    const [ctlNormal, ctlHigh, drugNormal, drugHigh] = runs as [JsonRun, JsonRun, JsonRun, JsonRun];
    expect(ctlHigh.rateHz!).toBeGreaterThan(200);
    expect(drugNormal.spikeCount / ctlNormal.spikeCount).toBeGreaterThan(0.9);
    expect(drugHigh.spikeCount / ctlHigh.spikeCount).toBeLessThan(0.5);
    for (const r of runs) expect(r.spikeTimesMs).toHaveLength(r.spikeCount);
  });

  it('rebound: ethosuximide lowers the low-threshold spike, more at a higher dose', () => {
    const one = json(['rebound', 'ethosuximide']).runs;
    const three = json(['rebound', 'ethosuximide', '--dose', '3']).runs;
    expect(one[0]!.label).toBe('control');
    expect(one[1]!.extra.ltsPeakMv!).toBeLessThan(one[0]!.extra.ltsPeakMv!);
    expect(three[1]!.extra.ltsPeakMv!).toBeLessThan(one[1]!.extra.ltsPeakMv!);
    expect(three[1]!.spikeCount).toBeLessThanOrEqual(one[0]!.spikeCount);
  });

  it('absence-paradox: runs in order control, blocker, blocker + ethosuximide; the deeper release bursts more', () => {
    const { runs } = json(['absence-paradox']);
    expect(runs.map((r) => r.label)).toEqual([
      'control (released from -75 mV)',
      'Carbamazepine 8 µM (released from -85 mV)',
      'Carbamazepine 8 µM + Ethosuximide 500 µM (released from -85 mV)',
    ]);
    const [ctl, na, both] = runs as [JsonRun, JsonRun, JsonRun];
    expect(na.spikeCount).toBeGreaterThan(ctl.spikeCount);
    expect(na.extra.ltsPeakMv!).toBeGreaterThan(ctl.extra.ltsPeakMv!);
    expect(both.extra.ltsPeakMv!).toBeLessThan(na.extra.ltsPeakMv!);
    expect(both.spikeCount).toBeLessThan(na.spikeCount);
  });

  it('absence-paradox accepts the two drugs in either order and refuses a wrong pair', () => {
    expect(json(['absence-paradox', 'ethosuximide', 'phenytoin']).runs[1]!.label).toMatch(/^Phenytoin/);
    const r = asm(['simulate', 'absence-paradox', 'lorazepam']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/takes one sodium-channel blocker and one T-type calcium channel blocker/);
  });

  it('gaba: a benzodiazepine raises the IPSC, a barbiturate lengthens it; both slow the driven cell', () => {
    const { runs } = json(['gaba']);
    const ipsc = (label: RegExp) => runs.find((r) => label.test(r.label) && /IPSC/.test(r.label))!;
    const cell = (label: RegExp) => runs.find((r) => label.test(r.label) && /driven/.test(r.label))!;
    expect(ipsc(/^Lorazepam/).extra.peakCurrentUA!).toBeGreaterThan(ipsc(/^control/).extra.peakCurrentUA!);
    expect(ipsc(/^Phenobarbital/).extra.decayTauMs!).toBeGreaterThan(ipsc(/^control/).extra.decayTauMs!);
    expect(cell(/^Lorazepam/).spikeCount).toBeLessThan(cell(/^control/).spikeCount);
    expect(cell(/^Phenobarbital/).spikeCount).toBeLessThan(cell(/^control/).spikeCount);
  });

  it('network: tipping the balance raises synchrony; each active pillar lowers it; T block does not', () => {
    const { runs } = json(['network', '--cells', '100']);
    const chi = runs.map((r) => r.extra.synchrony!);
    expect(runs[0]!.label).toBe('control');
    expect(chi[1]!).toBeGreaterThan(chi[0]! + 0.2);
    const byDrug = (name: string) => chi[runs.findIndex((r) => r.label.includes(name))]!;
    expect(byDrug('Lorazepam')).toBeLessThan(chi[1]!);
    expect(byDrug('Levetiracetam')).toBeLessThan(chi[1]!);
    expect(byDrug('Ethosuximide')).toBeCloseTo(chi[1]!, 2);
  });

  it('shows plots, the table, the explanation and the simplified parts', () => {
    const r = asm(['simulate', 'rebound', '--width', '70']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Thalamic rebound burst/);
    expect(r.stdout).toMatch(/[\u2800-\u28ff]/);
    expect(r.stdout).toMatch(/\^ release/);
    expect(r.stdout).toMatch(/^run +spikes +rate Hz +peak mV +LTS mV/m);
    expect(r.stdout).toMatch(/^Simplified model$/m);
    for (const line of r.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(70);
    const ascii = asm(['simulate', 'rebound', '--ascii']);
    expect(ascii.stdout).not.toMatch(/[\u2800-\u28ff]/);
  });

  it('writes the traces to CSV', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'asm-csv-')), 'traces.csv');
    expect(asm(['simulate', 'rebound', '--csv', file]).code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('run,label,kind,t_ms,value');
    expect(lines.length).toBeGreaterThan(1000);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0]))).toEqual(new Set(['0', '1']));
  });
});

describe('asm simulate: the raw form', () => {
  it('hh at 10 µA/cm² fires as the reference says; TTX silences it', () => {
    const { runs } = json(['--model', 'hh', '--current', '10', '--duration', '1000', '--dt', '0.01', '--drug', 'ttx']);
    expect(runs.map((r) => r.label)).toEqual(['control', 'TTX']);
    expect(runs[0]!.spikeCount).toBe(69);
    expect(runs[0]!.rateHz!).toBeCloseTo(68.3, 0);
    expect(runs[1]!.spikeCount).toBe(0);
  });

  it('tc rebound from -80 mV gives the reference burst; scaling T channels shrinks it', () => {
    const { runs } = json(['--model', 'tc', '--protocol', 'rebound', '--hold', '-65', '--to', '-80', '--scale', 't=0.5']);
    expect(runs[0]!.spikeCount).toBe(4);
    expect(runs[0]!.extra.ltsPeakMv!).toBeCloseTo(-26.2, 0);
    expect(runs[1]!.label).toBe('scaled (gt ×0.5)');
    expect(runs[1]!.spikeCount).toBe(1);
  });

  it('a drug by brand name, with a concentration', () => {
    const { runs, agents } = json(['--model', 'wb', '--current', '15', '--duration', '500', 'Tegretol', '--conc', '20']);
    expect(runs[1]!.label).toBe('Carbamazepine 20 µM, ×2.5');
    expect(agents[0]!.notes[0]).toMatch(/binds inactivated sodium channels/);
  });
});

describe('asm simulate: bad input', () => {
  const fails = (args: string[], code: number, message: RegExp) => {
    const r = asm(['simulate', ...args]);
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stdout).toBe('');
  };

  it('durations and time steps outside what the integrator takes', () => {
    fails(['--model', 'hh', '--duration', '-5'], 2, /duration must be between 1 and 20000 ms[\s\S]*hint: allowed: 1 to 20000 ms/);
    fails(['--model', 'hh', '--duration', '1e9'], 2, /duration must be between 1 and 20000 ms/);
    fails(['--model', 'hh', '--dt', '0.5'], 2, /dt must be between 0.001 and 0.05 ms/);
    fails(['--model', 'hh', '--dt', 'fast'], 2, /--dt must be a number \(ms\), not "fast"/);
    fails(['--model', 'hh', '--current', '1000'], 2, /current must be between -200 and 200 µA\/cm²/);
  });

  it('unknown and unsimulatable drugs name what can be simulated', () => {
    fails(['use-dependence', 'carbamazpine'], 1, /no drug named "carbamazpine"\nhint: did you mean carbamazepine\?/);
    fails(['use-dependence', 'ibuprofen'], 1, /hint: drugs that can be simulated: .*carbamazepine.*; toxins: ttx, tea/);
    fails(['use-dependence', 'topiramate'], 1, /Topiramate has no mechanism the neuron model can simulate\nhint: drugs that can be simulated: brivaracetam, carbamazepine/);
    fails(['use-dependence', 'absence'], 1, /"absence" is a seizure type, not a drug/);
  });

  it('experiments, models, protocols and options that do not exist or do not fit', () => {
    fails(['use-dependance'], 2, /no experiment named "use-dependance"\nhint: did you mean use-dependence\?/);
    fails([], 2, /name an experiment, or give --model/);
    fails(['--model', 'squid'], 2, /no model named "squid"\nhint: models: hh, wb, tc, network/);
    fails(['--model', 'hh', '--protocol', 'ramp'], 2, /no protocol named "ramp"/);
    fails(['rebound', '--current', '5'], 2, /--current belongs to the raw form/);
    fails(['--model', 'hh', '--to', '-90'], 2, /--to belongs to the rebound protocol/);
    fails(['--model', 'tc', '--protocol', 'rebound', '--to', '-50'], 2, /--to must be below --hold/);
    fails(['--model', 'network', '--protocol', 'rebound'], 2, /network model takes the step protocol only/);
    fails(['rebound', 'ethosuximide', 'carbamazepine', '--conc', '10'], 2, /--conc applies to one drug/);
    fails(['rebound', '--dose', '-1'], 2, /--dose must be between 0 and 100/);
    fails(['rebound', '--dose', '2', '--conc', '5'], 2, /give --dose or --conc, not both/);
    fails(['--model', 'hh', '--scale', 'ca=2'], 2, /unknown channel "ca"/);
    fails(['--model', 'hh', '--scale', 'na=-1'], 2, /scale na must be between 0 and 10/);
    fails(['rebound', '--window', '300:100'], 2, /--window must be FROM:TO/);
    fails(['rebound', '--width', '10'], 2, /--width must be a whole number of columns from 40 to 400/);
    fails(['network', '--cells', '3'], 2, /--cells must be a whole number from 10 to 5000/);
    fails(['rebound', '--csv', '/no/such/folder/t.csv'], 1, /cannot write \/no\/such\/folder\/t\.csv/);
  });
});
