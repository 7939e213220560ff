/**
 * The run's timing trace: every program this tool starts and every AWS call it makes, with its start and end in
 * milliseconds since the process started (`performance.now()`, whose origin is the process's start). `--debug` prints
 * it, the closing line takes Docker's share of the run from it, and the bench reads it: where a run's time goes is
 * measured, not guessed.
 *
 * One recorder per process, like the program runner's list of running programs: the spans come from the bottom floors
 * (`command.ts`, `aws.ts`), which no caller should have to thread a recorder through.
 */

/** One timed piece of work of the run. */
export interface TraceSpan {
  /** `process`: a program this tool started; `aws`: one AWS call, retries included; `load`: a module loaded late. */
  readonly kind: 'process' | 'aws' | 'load';
  /** `docker push 127.0.0.1:5000/web:1a2b3c4`, `ECR GetAuthorizationToken`, `@aws-sdk/client-ecr`. */
  readonly name: string;
  /** Milliseconds since the process started. */
  readonly start: number;
  readonly end: number;
}

import type { MiddlewareStack } from '@smithy/types';

const spans: TraceSpan[] = [];

/** Runs `work` and records it as a span of `kind` named `name`, however it ends. */
export async function traced<T>(kind: TraceSpan['kind'], name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    spans.push({ kind, name, start, end: performance.now() });
  }
}

/** The spans recorded so far, in the order they started. */
export function traceSpans(): TraceSpan[] {
  return [...spans].sort((a, b) => a.start - b.start);
}

/** Options before the command whose value follows them (`docker --context x`, `git -C dir`). */
const VALUED_FLAGS = new Set(['--context', '-c', '--config', '--host', '-H', '--log-level', '-l', '-C']);

/**
 * A program's name in the trace: the program and the words of its command (`docker buildx build`, `docker push <ref>`,
 * `git rev-parse HEAD`), at most three, each clipped: up to the first option after them. Options are left out: they
 * carry file paths and build arguments, which the trace has no need of.
 */
export function processName(file: string, args: readonly string[]): string {
  const words: string[] = [];
  for (let i = 0; i < args.length && words.length < 3; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('-')) {
      if (words.length > 0) break;
      if (VALUED_FLAGS.has(arg)) i++;
      continue;
    }
    words.push(arg.length > 80 ? `${arg.slice(0, 79)}…` : arg);
  }
  return [file.split('/').at(-1) ?? file, ...words].join(' ');
}

/** The programs that are Docker's build and push: the work any tool doing this job must wait for. */
const DOCKER_WORK = /^docker (build|buildx build|push)\b/;

/** Whether `span` is Docker's build or push (see the closing line). */
export function isDockerWork(span: TraceSpan): boolean {
  return span.kind === 'process' && DOCKER_WORK.test(span.name);
}

/** Milliseconds covered by `spans`, overlaps counted once (pushes and builds run side by side). */
export function coveredMs(spans: readonly TraceSpan[]): number {
  let covered = 0;
  let reach = -Infinity;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (end > reach) {
      covered += end - Math.max(start, reach);
      reach = end;
    }
  }
  return covered;
}

/**
 * The trace's lines, for `--debug` and the bench (a line each, so that every line carries the debug mark):
 * `trace  12.3 →  80.1 ms  process docker version`, then a line with the time each kind covered.
 */
export function formatTrace(spans: readonly TraceSpan[]): string[] {
  const width = Math.max(1, ...spans.map((span) => span.end.toFixed(1).length));
  const lines = spans.map(
    (span) =>
      `trace ${span.start.toFixed(1).padStart(width)} → ${span.end.toFixed(1).padStart(width)} ms  ${span.kind.padEnd(7)} ${span.name}`,
  );
  const kinds = (['process', 'aws', 'load'] as const)
    .map((kind) => {
      const of = spans.filter((span) => span.kind === kind);
      return of.length === 0 ? undefined : `${of.length} ${kind} ${coveredMs(of).toFixed(0)} ms`;
    })
    .filter((part) => part !== undefined);
  return [...lines, `trace covered: ${kinds.join(', ') || 'nothing'}`];
}

/**
 * Records each call of an AWS SDK client in the trace (`ECR GetAuthorizationToken`), from the
 * call to its answer, retries included: the first step of the SDK's middleware sees the whole call.
 * @param stack the client's `middlewareStack`
 */
export function traceCalls<I extends object, O extends object>(stack: MiddlewareStack<I, O>): void {
  stack.add(
    (next, context) => (args) =>
      traced(
        'aws',
        `${String(context.clientName).replace(/Client$/, '')} ${String(context.commandName).replace(/Command$/, '')}`,
        () => next(args),
      ),
    { step: 'initialize', name: 'ecsBluegreenBuildTrace' },
  );
}
