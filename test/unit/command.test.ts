import { readFileSync } from 'node:fs';
import { checkExit, runCommand, stopCommands } from '../../src/command';
import { ServiceError } from '../../src/errors';

/** Whether a process with this pid runs (a zombie counts as gone). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('runCommand: bounded programs in a process group of their own', () => {
  test('output, stdin and the exit code', async () => {
    const result = await runCommand('sh', ['-c', 'cat; echo err >&2; exit 3'], { input: Buffer.from('in\n') });
    expect(result).toEqual({ exitCode: 3, stdout: 'in\n', stderr: 'err\n' });
  });

  test.each<[string, string, object, RegExp]>([
    ['a total timeout', 'sleep 30', { timeoutMs: 300 }, /^no answer within 0\.3 s$/],
    ['no output for the idle timeout', 'echo start; sleep 30', { idleTimeoutMs: 300 }, /^no progress for 0\.3 s$/],
    [
      'a line that means failure',
      'echo "abc: Retrying in 5 seconds"; sleep 30',
      { stopOn: (line: string) => (/Retrying/.test(line) ? 'retrying' : undefined) },
      /^retrying$/,
    ],
  ])('%s stops the program and says why', async (_name, script, options, reason) => {
    const result = await runCommand('sh', ['-c', script], options);
    expect(result.stopped).toMatch(reason);
    expect(() => checkExit(result, 'docker push r/web:1', 'fix it')).toThrow(ServiceError);
    expect(() => checkExit(result, 'docker push r/web:1')).toThrow(/^docker push r\/web:1 failed: stopped: /);
  });

  test('signal: an abort stops the program, also one that came before it started', async () => {
    const controller = new AbortController();
    const running = runCommand('sh', ['-c', 'echo started; sleep 30'], {
      signal: controller.signal,
      onLine: () => controller.abort(),
    });
    expect(await running).toMatchObject({ stdout: 'started\n', stopped: 'no longer needed' });
    expect((await runCommand('sleep', ['30'], { signal: controller.signal })).stopped).toBe('no longer needed');
  });

  test('idleFrom: silence before the first matching line is not counted, silence after it is', async () => {
    const idleFrom = (line: string) => /^#\d+ pushing/.test(line);
    const building = await runCommand('sh', ['-c', 'echo "#5 RUN make"; sleep 1; echo "#9 pushing layers"'], {
      idleTimeoutMs: 300,
      idleFrom,
    });
    expect(building).toEqual({ exitCode: 0, stdout: '#5 RUN make\n#9 pushing layers\n', stderr: '' });
    const pushing = await runCommand('sh', ['-c', 'echo "#9 pushing layers"; sleep 30'], {
      idleTimeoutMs: 300,
      idleFrom,
    });
    expect(pushing.stopped).toBe('no progress for 0.3 s');
  });

  test('a program that cannot be started is a ServiceError naming it', async () => {
    await expect(runCommand('no-such-program-ebb', [])).rejects.toThrow(/^running no-such-program-ebb failed: /);
  });

  // Last: stopCommands is for a process that is ending, and no program starts after it.
  test('stopCommands ends a program and the children it started in its group before it resolves', async () => {
    // The shell starts a grandchild, as docker starts its buildx plugin, and prints both pids.
    const pids: number[] = [];
    void runCommand('sh', ['-c', 'sleep 30 & echo $$ $!; wait'], {
      onLine: (line) => pids.push(...line.split(' ').map(Number)),
    });
    while (pids.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pids.map(running)).toEqual([true, true]);
    await stopCommands();
    expect(pids.map(running)).toEqual([false, false]);
  });
});
