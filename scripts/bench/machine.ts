// The machine a benchmark ran on: CPUs, CPU model (from /proc/cpuinfo), memory, Node, OS.
import { readFileSync } from 'node:fs';
import { availableParallelism, release, totalmem, type } from 'node:os';
import type { Machine } from '../../src/bench/benchReport.ts';

export function machine(): Machine {
  let cpuModel = 'unknown';
  try {
    cpuModel = /^model name\s*:\s*(.+)$/mu.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpuModel;
  } catch {
    // Not Linux: leave the model unknown.
  }
  return {
    cpus: availableParallelism(),
    cpuModel,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    os: `${type()} ${release()}`,
  };
}
