// @ts-check
/**
 * How the tool's cost grows with the work: `validate` on task definitions of 10 KB, 100 KB and 1 MB and on a
 * pipeline of 50 actions (the goal: linear, no worse); a warm build whose context is 200 MB in 20,000 files against
 * its floor (the tool should add nothing proportional to the context beyond Docker's own transfer); four images in one
 * run against four runs, warm (goal ≤ 0.4). The inputs are generated into a temporary directory, never committed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchWorkspace, commitAll, median, ms } from './lib.mjs';
import { floorAndTool, wall } from './warm.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sample = join(root, 'examples/sample-service');

/**
 * The sample task definition grown to about `bytes` with environment variables of its container.
 * @param {number} bytes
 */
function taskdefOfSize(bytes) {
  const taskdef = JSON.parse(readFileSync(join(sample, 'taskdef.json'), 'utf8'));
  const container = taskdef.containerDefinitions[0];
  container.environment = [];
  for (let i = 0; JSON.stringify(taskdef, null, 2).length < bytes; i++)
    container.environment.push({ name: `SETTING_${i}`, value: `value-${i}-${'x'.repeat(40)}` });
  return `${JSON.stringify(taskdef, null, 2)}\n`;
}

/**
 * The example pipeline with its stages grown to `count` actions (manual approvals between Build and Deploy).
 * @param {number} count
 */
function pipelineOfActions(count) {
  const pipeline = JSON.parse(readFileSync(join(root, 'examples/pipeline/pipeline.json'), 'utf8'));
  const stages = pipeline.pipeline.stages;
  const have = stages.reduce(
    (/** @type {number} */ sum, /** @type {{ actions: unknown[] }} */ stage) => sum + stage.actions.length,
    0,
  );
  const approvals = Array.from({ length: Math.max(0, count - have) }, (_, i) => ({
    name: `Approve-${i + 1}`,
    actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
    runOrder: 1,
  }));
  stages.splice(stages.length - 1, 0, { name: 'Approvals', actions: approvals });
  return `${JSON.stringify(pipeline, null, 2)}\n`;
}

/**
 * `validate` against `node -e 0`, in interleaved rounds, for each generated input.
 * @param {string} bundle
 * @param {number} rounds
 */
export function validateScaling(bundle, rounds) {
  const dir = mkdtempSync(join(tmpdir(), 'ebb-bench-validate-'));
  try {
    cpSync(join(sample, 'appspec.yaml'), join(dir, 'appspec.yaml'));
    /** @type {{ label: string, args: string[], bytes: number }[]} */
    const cases = [];
    for (const kb of [10, 100, 1000]) {
      const text = taskdefOfSize(kb * 1000);
      writeFileSync(join(dir, `taskdef-${kb}.json`), text);
      cases.push({
        label: `task definition ${kb >= 1000 ? `${kb / 1000} MB` : `${kb} KB`}`,
        args: ['--taskdef', `taskdef-${kb}.json`],
        bytes: text.length,
      });
    }
    writeFileSync(join(dir, 'taskdef.json'), readFileSync(join(sample, 'taskdef.json')));
    const pipeline = pipelineOfActions(50);
    writeFileSync(join(dir, 'pipeline.json'), pipeline);
    cases.push({ label: 'a pipeline of 50 actions', args: ['--pipeline', 'pipeline.json'], bytes: pipeline.length });
    /** @type {number[][]} */
    const times = [[], ...cases.map(() => [])];
    /** @type {(number | null)[]} */
    const codes = cases.map(() => null);
    const time = (/** @type {string[]} */ args) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { cwd: dir, stdio: 'ignore' });
      return { ms: Number(process.hrtime.bigint() - start) / 1e6, code: result.status };
    };
    for (let round = 0; round <= rounds; round++) {
      const node = time(['-e', '0']);
      if (round > 0) times[0]?.push(node.ms);
      cases.forEach((c, i) => {
        const run = time([bundle, 'validate', ...c.args]);
        codes[i] = run.code;
        if (round > 0) times[i + 1]?.push(run.ms);
      });
    }
    const node = median(times[0] ?? []);
    console.log(`\nvalidate as the input grows (median of ${rounds} interleaved rounds; node -e 0 ${ms(node)}):`);
    cases.forEach((c, i) => {
      const total = median(times[i + 1] ?? []);
      console.log(
        `  ${c.label.padEnd(28)} ${(c.bytes / 1024).toFixed(0).padStart(5)} KiB  ${ms(total).padStart(7)}  ${ms(total - node).padStart(7)} over node  (${((total - node) / (c.bytes / 1024)).toFixed(2)} ms/KiB; exit ${codes[i]}${codes[i] === 2 ? ', the size findings' : ''})`,
      );
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A warm build whose context holds 200 MB in 20,000 files (ignored by git, copied into the image), against its floor,
 * beside the same for the plain sample service: what the tool adds as the context grows.
 * @param {import('../test/stack/engines.mjs').EngineName} name
 * @param {import('../test/stack/index.mjs').Stack} stack
 * @param {{ bundle: string, rounds: number }} options
 */
export async function bigContext(name, stack, { bundle, rounds }) {
  /** @type {Record<string, { floor: number, tool: number }>} */
  const figures = {};
  for (const big of [false, true]) {
    const bench = benchWorkspace(stack, big ? 'COPY big/ /big/' : '');
    const suffix = `${name}-${big ? 'big' : 'small'}-${Date.now().toString(36)}`;
    const repository = `bench/context-${suffix}`;
    const bucket = `bench-context-${suffix}`;
    try {
      if (big) {
        writeFileSync(join(bench.service, '.gitignore'), 'big/\n');
        commitAll(bench.service, 'ignore big/');
        const chunk = Buffer.alloc(10_000, 'x');
        for (let d = 0; d < 100; d++) {
          mkdirSync(join(bench.service, 'big', `d${d}`), { recursive: true });
          for (let f = 0; f < 200; f++)
            writeFileSync(join(bench.service, 'big', `d${d}`, `f${f}`), `${d}/${f}\n${chunk}`);
        }
      }
      const { tool, floor } = await floorAndTool(stack, bench, { bundle, repository, bucket });
      /** @type {{ floor: number[], tool: number[] }} */
      const times = { floor: [], tool: [] };
      for (let round = 0; round < rounds; round++) {
        times.floor.push(floor());
        times.tool.push(tool().ms);
      }
      figures[big ? 'big' : 'small'] = { floor: median(times.floor), tool: median(times.tool) };
    } finally {
      bench.remove();
    }
  }
  const { small, big } =
    /** @type {{ small: { floor: number, tool: number }, big: { floor: number, tool: number } }} */ (figures);
  console.log(`  a 200 MB context of 20,000 files, warm (median of ${rounds} interleaved rounds each):`);
  console.log(
    `    sample service: floor ${ms(small.floor)}, the tool ${ms(small.tool)}: the tool adds ${ms(small.tool - small.floor)}`,
  );
  console.log(
    `    200 MB context: floor ${ms(big.floor)}, the tool ${ms(big.tool)}: the tool adds ${ms(big.tool - big.floor)}`,
  );
}

/**
 * Four images (the sample service and three sidecars from folders of the same checkout, a repository each), warm:
 * built by one run with `extra-images` against four runs one after the other.
 * @param {import('../test/stack/engines.mjs').EngineName} name
 * @param {import('../test/stack/index.mjs').Stack} stack
 * @param {{ bundle: string, rounds: number }} options
 */
export function fourImages(name, stack, { bundle, rounds }) {
  const bench = benchWorkspace(stack, '');
  const suffix = `${name}-${Date.now().toString(36)}`;
  const taskdefPath = join(bench.service, 'taskdef.json');
  const taskdef = JSON.parse(readFileSync(taskdefPath, 'utf8'));
  const sidecars = [2, 3, 4].map((n) => {
    const dir = join(bench.service, `sidecar${n}`);
    mkdirSync(dir);
    cpSync(join(bench.service, 'busybox'), join(dir, 'busybox'));
    writeFileSync(
      join(dir, 'Dockerfile'),
      `FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo ${n} > /n"]\nCMD ["/bin/busybox", "sleep", "3600"]\n`,
    );
    taskdef.containerDefinitions.push({ name: `sidecar${n}`, image: `<IMAGE${n}_NAME>`, essential: false });
    return { placeholder: `IMAGE${n}_NAME`, repository: `bench/four-${n}-${suffix}`, context: `sidecar${n}` };
  });
  writeFileSync(taskdefPath, `${JSON.stringify(taskdef, null, 2)}\n`);
  commitAll(bench.service, 'three sidecars');
  const app = `bench/four-1-${suffix}`;
  const env = bench.env(stack);
  const common = [bundle, 'build', '--create-repository', '--tags', '{short_sha}'];
  const options = { cwd: bench.service, env };
  const together = () =>
    wall(process.execPath, [...common, '--repository', app, '--extra-images', JSON.stringify(sidecars)], options).ms;
  const others = (/** @type {string} */ placeholder) =>
    ['IMAGE1_NAME', ...sidecars.map((s) => s.placeholder)].filter((p) => p !== placeholder).join(',');
  const apart = () =>
    wall(process.execPath, [...common, '--repository', app, '--other-placeholders', others('IMAGE1_NAME')], options)
      .ms +
    sidecars.reduce(
      (sum, s) =>
        sum +
        wall(
          process.execPath,
          [
            ...common,
            '--repository',
            s.repository,
            '--context',
            s.context,
            '--image-placeholder',
            s.placeholder,
            '--other-placeholders',
            others(s.placeholder),
            '--output-dir',
            `ecs-deploy-${s.context}`,
          ],
          options,
        ).ms,
      0,
    );
  try {
    together();
    apart();
    /** @type {{ together: number[], apart: number[] }} */
    const times = { together: [], apart: [] };
    for (let round = 0; round < rounds; round++) {
      times.together.push(together());
      times.apart.push(apart());
    }
    const one = median(times.together);
    const four = median(times.apart);
    console.log(`  four images, warm, one run (extra-images):  ${ms(one)} (median of ${rounds} interleaved rounds)`);
    console.log(`  the same four, four runs one after another: ${ms(four)}`);
    console.log(`  ratio one run / four runs:                  ${(one / four).toFixed(2)} (goal ≤ 0.4)`);
  } finally {
    bench.remove();
  }
}
