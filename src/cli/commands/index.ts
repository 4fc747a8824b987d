/**
 * Every command of asm, in the order `asm --help` lists them. A command is a folder here:
 * index.ts declares it (arguments, an options table, examples) and run.ts does the work.
 */
import type { CommandSpec } from '../define.js';
import { compare } from './compare/index.js';
import { decide } from './decide/index.js';
import { interact } from './interact/index.js';
import { learn } from './learn/index.js';
import { complete } from './complete/index.js';
import { completion } from './completion/index.js';
import { list } from './list/index.js';
import { lookup } from './lookup/index.js';
import { pk } from './pk/index.js';
import { pregnancy } from './pregnancy/index.js';
import { quiz } from './quiz/index.js';
import { resistance } from './resistance/index.js';
import { search } from './search/index.js';
import { simulate } from './simulate/index.js';
import { treat } from './treat/index.js';
import { validate } from './validate/index.js';
import { withdraw } from './withdraw/index.js';

// Each command's options type differs; the list holds them by their common shape.
export const COMMANDS = [lookup, compare, list, search, treat, interact, pregnancy, learn, quiz, simulate, decide, withdraw, pk, resistance, validate, completion, complete] as unknown as readonly CommandSpec[];
