/** `asm simulate` in-process: argv → options → output, on the shipped records, with fake streams. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asm as asmIn } from '../helpers/run.js';

interface JsonRun {
  agent: string;
  condition: string;
  label: string;
  spikeCount: number;
  spikeTimesMs: number[];
  rateHz: number | null;
  extra: Record<string, number | null>;
}
interface JsonView {
  id: string;
  runs: JsonRun[];
  figures: Record<string, Record<string, number | null>>;
  agents: { id: string; notes: string[]; notSimulated: string[] }[];
  explanation: { text: string; cite: string[] }[];
  sources: { id: string }[];
  sweep?: { levels: number[]; values: Record<string, number[]> };
}
const json = async (args: string[]): Promise<JsonView> => {
  const r = await asmIn(['simulate', ...args, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as JsonView;
};

describe('asm simulate: the catalogue', () => {
  it('--list shows every experiment with what it shows and does not show, the drugs, toxins and models', async () => {
    const r = await asmIn(['simulate', '--list']);
    expect(r.code).toBe(0);
    for (const w of ['use-dependence', 'rebound', 'absence-paradox', 'gaba', 'network', 'dravet', 'voltage-clamp', 'resting-potential', 'Does not show', 'carbamazepine', 'tiagabine', 'ttx', 'tea', 'pronase', 'hh', 'wb', 'rs', 'tc']) expect(r.stdout).toContain(w);
    expect(r.stdout).not.toMatch(/^ {2}topiramate /m);
    expect(r.stdout).toMatch(/wb +Wang–Buzsáki hippocampal fast-spiking interneuron/);
  });

  it('every explanation paragraph cites sources the experiment lists', async () => {
    const v = await json(['rebound']);
    const ids = new Set(v.sources.map((s) => s.id));
    for (const p of v.explanation) for (const c of p.cite) expect(ids.has(c), c).toBe(true);
    expect(v.explanation.map((p) => p.text).join(' ')).toMatch(/classical model[\s\S]*McCafferty et al\. 2018/);
  });
});

describe('asm simulate: named experiments, wired end to end', () => {
  it('use-dependence: structured runs, the default drug, availability falling more in the bursts', async () => {
    const v = await json(['use-dependence']);
    expect(v.runs.map((r) => [r.agent, r.condition])).toEqual([
      ['control', 'low-rate firing'],
      ['control', 'PDS bursts'],
      ['Carbamazepine 8 µM', 'low-rate firing'],
      ['Carbamazepine 8 µM', 'PDS bursts'],
    ]);
    expect(v.runs[3]!.label).toBe('Carbamazepine 8 µM · PDS bursts');
    const f = v.figures['Carbamazepine 8 µM']!;
    expect(f.naAvailableEndPds!).toBeLessThan(f.naAvailableEndLow!);
  });

  it('absence-paradox: control, the course’s deeper start, then the GABA-raising drugs and ethosuximide', async () => {
    const v = await json(['absence-paradox']);
    expect(v.runs.map((r) => r.label)).toEqual(['control', 'control · 5 mV deeper start', 'Tiagabine ×1 typical', 'Vigabatrin ×1 typical', 'Ethosuximide 500 µM']);
    expect(v.explanation.map((p) => p.text).join(' ')).toMatch(/course's account, not a demonstrated mechanism/);
  });

  it('dravet accepts drugs the model cannot simulate and says so', async () => {
    const v = await json(['dravet', 'fenfluramine', '--cells', '20']);
    expect(v.runs.at(-1)!.agent).toBe('Fenfluramine (not modelled)');
    expect(v.agents[0]!.notes[0]).toMatch(/applies nothing/);
    expect(v.sweep!.values['Fenfluramine (not modelled)']).toEqual(v.sweep!.values.control);
  });

  it('resting-potential takes concentrations', async () => {
    const v = await json(['resting-potential', '--ions', 'ko=10,cli=25']);
    expect(v.figures.yours!.eK!).toBeCloseTo(v.figures['seizure potassium']!.eK!, 6);
  });

  it('shows plots, the figures, the explanation with numbered sources and the simplified parts', async () => {
    const r = await asmIn(['simulate', 'rebound', '--width', '70']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Thalamic rebound burst/);
    expect(r.stdout).toMatch(/[\u2800-\u28ff]/);
    expect(r.stdout).toMatch(/\^ release/);
    expect(r.stdout).toMatch(/^run +spikes +rate Hz +peak mV/m);
    expect(r.stdout).toMatch(/^Simplified model$/m);
    expect(r.stdout).toMatch(/^Sources$/m);
    expect(r.stdout).toMatch(/^ {2}\[1\] Destexhe A/m);
    for (const line of r.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(70);
    const ascii = await asmIn(['simulate', 'rebound', '--ascii']);
    expect(ascii.stdout).not.toMatch(/[\u2800-\u28ff]/);
  });

  it('every experiment and the list fit a 60-column terminal', async () => {
    for (const args of [['--list'], ['use-dependence'], ['absence-paradox'], ['gaba'], ['voltage-clamp'], ['resting-potential'], ['network', '--cells', '10'], ['dravet', '--cells', '10']]) {
      const r = await asmIn(['simulate', ...args, '--width', '60']);
      expect(r.code, r.stderr).toBe(0);
      for (const line of r.stdout.split('\n')) expect([...line].length, `${args[0]}: ${line}`).toBeLessThanOrEqual(60);
    }
  });

  it('writes the traces to CSV with agent and condition columns', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'asm-csv-')), 'traces.csv');
    expect((await asmIn(['simulate', 'rebound', '--csv', file])).code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('run,agent,condition,kind,t_ms,value');
    expect(new Set(lines.slice(1).map((l) => l.split(',')[1]))).toEqual(new Set(['control', 'Ethosuximide 500 µM']));
  });
});

describe('asm simulate: the raw form', () => {
  it('hh at 10 µA/cm² fires as the reference says, on the table and the exact path; TTX silences it', async () => {
    for (const exact of [[], ['--exact']]) {
      const { runs } = await json(['--model', 'hh', '--current', '10', '--duration', '1000', '--dt', '0.01', '--drug', 'ttx', ...exact]);
      expect(runs.map((r) => r.agent)).toEqual(['control', 'TTX']);
      expect(runs[0]!.spikeCount).toBe(69);
      expect(Math.abs(runs[0]!.rateHz! - 68.3) / 68.3).toBeLessThan(0.005);
      expect(runs[1]!.spikeCount).toBe(0);
    }
  });

  it('tc rebound from −80 mV gives the reference burst; scaling T channels shrinks it', async () => {
    const { runs } = await json(['--model', 'tc', '--protocol', 'rebound', '--hold', '-65', '--to', '-80', '--scale', 't=0.5']);
    expect(runs[0]!.spikeCount).toBe(4);
    expect(runs[0]!.extra.ltsPeakMv!).toBeCloseTo(-26.2, 0);
    expect(runs[1]!.agent).toBe('scaled (gt ×0.5)');
    expect(runs[1]!.spikeCount).toBe(1);
  });

  it('a drug by brand name, with a concentration; the rs pyramidal cell', async () => {
    const { runs, agents } = await json(['--model', 'rs', '--current', '8', '--duration', '300', 'Tegretol', '--conc', '20']);
    expect(runs[1]!.agent).toBe('Carbamazepine 20 µM, ×2.5');
    expect(runs[0]!.extra.restMv!).toBeCloseTo(-71.9, 1);
    expect(agents[0]!.notes[0]).toMatch(/binds inactivated sodium channels/);
  });

  it('refuses a dt too coarse for the drive, and says which to use', async () => {
    const r = await asmIn(['simulate', '--model', 'wb', '--current', '20', '--dt', '0.05']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dt 0.05 ms is too coarse for this drive: the first 100 ms give 8 spikes crossing 0 mV at dt 0.05 ms and 40 at dt 0.013 ms/);
    expect(r.stderr).toMatch(/hint: use --dt 0.013 or smaller/);
  });

  it('a drug-free raw run does not load the records', async () => {
    const r = await asmIn(['simulate', '--model', 'hh', '--duration', '20', '--json'], { env: { ASM_DATA: '/no/such/folder' } });
    expect(r.code, r.stderr).toBe(0);
    const named = await asmIn(['simulate', '--model', 'hh', '--duration', '20', 'carbamazepine'], { env: { ASM_DATA: '/no/such/folder' } });
    expect(named.code).toBe(1);
    expect(named.stderr).toMatch(/data folder not found/);
  });
});

describe('asm simulate: bad input', () => {
  const fails = async (args: string[], code: number, message: RegExp) => {
    const r = await asmIn(['simulate', ...args]);
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stdout).toBe('');
  };

  it('durations and time steps outside what the integrator takes', async () => {
    await fails(['--model', 'hh', '--duration', '-5'], 2, /--duration must be a number from 1 to 20000 ms/);
    await fails(['--model', 'hh', '--dt', '0.5'], 2, /--dt must be a number from 0.001 to 0.05 ms/);
    await fails(['--model', 'hh', '--dt', 'fast'], 2, /--dt must be a number from 0.001 to 0.05 ms, not "fast"/);
    await fails(['--model', 'hh', '--current', '1000'], 2, /--current must be a number from -200 to 200 µA\/cm²/);
  });

  it('unknown and unsimulatable drugs name what can be simulated', async () => {
    await fails(['use-dependence', 'carbamazpine'], 1, /no drug named "carbamazpine"\nhint: did you mean carbamazepine\?/);
    await fails(['use-dependence', 'topiramate'], 1, /Topiramate has no mechanism the neuron model can simulate\nhint: drugs that can be simulated: brivaracetam, carbamazepine/);
    await fails(['use-dependence', 'absence'], 1, /"absence" is a seizure type, not a drug/);
  });

  it('experiments, models, protocols and options that do not exist or do not fit', async () => {
    await fails(['use-dependance'], 2, /no experiment named "use-dependance"\nhint: did you mean use-dependence\?/);
    await fails([], 2, /name an experiment, or give --model/);
    await fails(['--model', 'squid'], 2, /--model must be one of hh, wb, rs, tc, network/);
    await fails(['rebound', '--current', '5'], 2, /--current belongs to the raw form/);
    await fails(['rebound', '--exact'], 2, /--exact belongs to the raw form/);
    await fails(['--model', 'hh', '--to', '-90'], 2, /--to belongs to the rebound protocol/);
    await fails(['--model', 'tc', '--protocol', 'rebound', '--to', '-50'], 2, /--to must be below --hold/);
    await fails(['--model', 'network', '--protocol', 'rebound'], 2, /network model takes the step protocol only/);
    await fails(['rebound', 'ethosuximide', 'carbamazepine', '--conc', '10'], 2, /--conc applies to one drug/);
    await fails(['rebound', '--dose', '-1'], 2, /--dose must be a number from 0 to 100/);
    await fails(['rebound', '--dose', '2', '--conc', '5'], 2, /give --dose or --conc, not both/);
    await fails(['--model', 'hh', '--scale', 'ca=2'], 2, /unknown channel "ca"/);
    await fails(['--model', 'wb', '--scale', 'na=0', '--scale', 'k=0', '--scale', 'leak=0'], 2, /the wb cell has no stable resting potential with these conductances\nhint: keep some potassium or leak conductance/);
    await fails(['rebound', '--window', '300:100'], 2, /--window must be FROM:TO/);
    await fails(['rebound', '--width', '10'], 2, /--width must be a whole number from 40 to 400/);
    await fails(['network', '--cells', '3'], 2, /--cells must be a whole number from 10 to 5000/);
    await fails(['rebound', '--cells', '30'], 2, /--cells and --seed apply to the network and dravet experiments/);
    await fails(['rebound', '--ions', 'ko=10'], 2, /--ions applies to the resting-potential experiment only/);
    await fails(['resting-potential', '--ions', 'kx=10'], 2, /--ions takes NAME=mM pairs/);
    await fails(['rebound', '--csv', '/no/such/folder/t.csv'], 1, /cannot write \/no\/such\/folder\/t\.csv/);
  });
});
