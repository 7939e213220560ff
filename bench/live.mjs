// @ts-check
/**
 * What `--live` adds to a run (issue 17's goal: at most one second on a fast network). moto's server on loopback is the
 * fast network, behind the project's front (test/stack/moto-front.mjs: the CodeDeploy answers moto lacks). For each
 * deploy target, a correct account as the e2e suite builds it (test/e2e/live-account.ts), then interleaved rounds of
 * `validate` and `validate --live` in the sample service, their medians and the difference; then one `--debug` run's
 * trace: when the first call started (the SDK clients loaded before it), how long the calls took one after another
 * against the wall time they covered (they run at once: the second is much the smaller), the modules loaded and each
 * call.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { stageSampleService } from '../scripts/sample-service.mjs';
import { startMoto } from '../test/stack/moto.mjs';
import { startMotoFront } from '../test/stack/moto-front.mjs';
import { coveredTime, ms, timeInterleaved } from './lib.mjs';
import { parseTrace, traceBreakdown, wall } from './warm.mjs';

/** The e2e suite's account builder, a TypeScript module (tsx compiles it as it loads). */
async function accountBuilder() {
  return /** @type {typeof import('../test/e2e/live-account')} */ (
    await tsImport('../test/e2e/live-account.ts', import.meta.url)
  );
}

/**
 * The `--live` figures of both deploy targets (no Docker engine: validate builds nothing).
 * @param {{ bundle: string, rounds: number }} options
 */
export async function liveFigures({ bundle, rounds }) {
  const accounts = await accountBuilder();
  const moto = await startMoto({ name: 'moto-bench-live' });
  const front = await startMotoFront(moto.endpoint);
  const work = mkdtempSync(join(tmpdir(), 'ebb-bench-live-'));
  const service = join(work, 'service');
  stageSampleService(service);
  try {
    const aws = accounts.accountClients(moto);
    const env = { ...process.env, ...moto.env, AWS_ENDPOINT_URL: front.endpoint };
    console.log(`\n--live against moto on loopback (${rounds} interleaved rounds after a warm-up; goal: ≤ 1 s added)`);
    // Each target: its extra flags, its setup, and whether the task names the setup's task role, log group, secrets.
    /** @type {[string, string[], typeof accounts.codeDeploySetup, boolean][]} */
    const targets = [
      ['codedeploy', [], accounts.codeDeploySetup, true],
      ['ecs', ['--deploy-target', 'ecs'], accounts.nativeSetup, false],
    ];
    for (const [target, extra, setup, taskResources] of targets) {
      await moto.reset();
      const account = await setup(moto, aws);
      writeFileSync(
        join(service, 'taskdef.json'),
        `${JSON.stringify(accounts.liveTaskDefinition(taskResources ? account : undefined), null, 2)}\n`,
      );
      const live = [bundle, 'validate', '--live', '--cluster', account.cluster, '--service', account.service, ...extra];
      const [plain = NaN, checked = NaN] = timeInterleaved(
        [
          { args: [bundle, 'validate'], cwd: service, env },
          { args: live, cwd: service, env },
        ],
        rounds,
      );
      console.log(
        `  deploy-target ${target} (${cpus().length} cores, load average ${(loadavg()[0] ?? NaN).toFixed(1)} after the rounds):`,
      );
      console.log(`    validate:                                 ${ms(plain)}`);
      console.log(`    validate --live:                          ${ms(checked)}`);
      console.log(
        `    added by --live:                          ${ms(checked - plain)} (goal ≤ 1000 ms: ${checked - plain <= 1000 ? 'met' : 'NOT met'})`,
      );
      traceFigures(wall(process.execPath, [...live, '--debug'], { cwd: service, env }).output);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    await front.stop();
    await moto.stop();
  }
}

/**
 * One `--live` run's trace: the modules it loaded, its calls, and how much they overlapped.
 * @param {string} output
 */
function traceFigures(output) {
  const spans = parseTrace(output);
  const calls = spans.filter((span) => span.kind === 'aws');
  const loads = spans.filter((span) => span.kind === 'load');
  const first = Math.min(...calls.map((span) => span.start));
  const last = Math.max(...calls.map((span) => span.end));
  const sum = calls.reduce((total, span) => total + span.end - span.start, 0);
  const covered = coveredTime(calls.map((span) => [span.start, span.end]));
  console.log(
    `    one run's trace (--debug): SDK modules loaded in ${ms(coveredTime(loads.map((span) => [span.start, span.end])))}; the first call at ${ms(first)}, the last ending at ${ms(last)}`,
  );
  console.log(
    `    ${calls.length} calls: ${ms(sum)} one after another, ${ms(covered)} of wall time (${(sum / covered).toFixed(1)} at once on average)`,
  );
  for (const [key, part] of traceBreakdown([...loads, ...calls]))
    console.log(`      ${ms(part.ms).padStart(7)}  ${part.count} × ${key}`);
}
