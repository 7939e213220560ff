#!/usr/bin/env node
/**
 * The executable: the GitHub Action's `main`, the CodeBuild command and the CLI. It only runs the
 * program; `./main` holds it, so that it can be imported without running.
 *
 * Node's compile cache (Node ≥ 22.1; the Action runs on 24) keeps the compiled code of the modules
 * loaded after it is on in the system's temp directory, so a second run in a job skips compiling
 * them: `./main` is loaded after, a chunk of its own. Node 20 has no such function.
 */
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { runProgram } = await import('./main');
process.exitCode = await runProgram(process.argv.slice(2), process.env);
