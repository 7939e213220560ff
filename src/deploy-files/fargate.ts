/**
 * Fargate's task sizes: which task-level cpu and memory values it accepts, in the forms ECS accepts them
 * ("1024" or "1 vCPU"; "2048" or "2 GB").
 */
import { joinWords } from './findings';

/** Memory sizes (MiB) Fargate offers for each cpu value (CPU units; 1024 = 1 vCPU). */
const FARGATE_SIZES: ReadonlyMap<number, readonly number[]> = new Map([
  [256, [512, 1024, 2048]],
  [512, steps(1024, 4096, 1024)],
  [1024, steps(2048, 8192, 1024)],
  [2048, steps(4096, 16384, 1024)],
  [4096, steps(8192, 30720, 1024)],
  [8192, steps(16384, 61440, 4096)],
  [16384, steps(32768, 122880, 8192)],
]);

function steps(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += step) values.push(value);
  return values;
}

/** The cpu values Fargate accepts, in CPU units. */
export const FARGATE_CPU_UNITS: readonly number[] = [...FARGATE_SIZES.keys()];

/** CPU units from a task-level `cpu` value (`"256"`, `"0.25 vCPU"`, `"1 vcpu"`), or undefined if it is neither form. */
export function parseCpuUnits(value: string | number): number | undefined {
  return parseSize(value, /^(\d+(?:\.\d+)?)\s*vcpu$/i);
}

/** MiB from a task-level `memory` value (`"512"`, `"2 GB"`, `"0.5GB"`), or undefined if it is neither form. */
export function parseMemoryMiB(value: string | number): number | undefined {
  return parseSize(value, /^(\d+(?:\.\d+)?)\s*gb$/i);
}

/** A plain whole number of units, or a number of the 1024-unit form (vCPU, GB) that comes out whole. */
function parseSize(value: string | number, largeUnit: RegExp): number | undefined {
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return Number(text);
  const large = largeUnit.exec(text)?.[1];
  if (large === undefined) return undefined;
  const units = Number(large) * 1024;
  return Number.isInteger(units) ? units : undefined;
}

/** The memory sizes (MiB) Fargate pairs with `cpuUnits`, or undefined if Fargate has no such cpu value. */
export function fargateMemoryOptions(cpuUnits: number): readonly number[] | undefined {
  return FARGATE_SIZES.get(cpuUnits);
}

/** The cpu values (units) that Fargate pairs with `memoryMiB`. */
export function fargateCpuOptionsFor(memoryMiB: number): number[] {
  return FARGATE_CPU_UNITS.filter((cpu) => FARGATE_SIZES.get(cpu)?.includes(memoryMiB));
}

/** A readable list of memory sizes: `512, 1024 or 2048`, or a range with its step for long lists. */
export function describeMemoryOptions(options: readonly number[]): string {
  if (options.length <= 3) return joinWords(options.map(String));
  const first = options[0] ?? 0;
  const last = options[options.length - 1] ?? 0;
  return `${first} to ${last} in steps of ${(options[1] ?? first) - first}`;
}
