#!/usr/bin/env node
/**
 * The executable: the GitHub Action's `main`, the CodeBuild command and the CLI. It only runs the
 * program; `./main` holds it, so that it can be imported without running (importing it does nothing).
 *
 * Node's compile cache (Node ≥ 22.1; the Action runs on 24) keeps the compiled code of the modules
 * loaded after it is on in the system's temp directory, so a later run skips compiling them: the
 * chunks each command loads (for validate, the deployment files' checks and the YAML parser; for
 * build, the AWS SDK). Node 20 has no such function. Not `./main` itself: ncc minifies only this
 * entry, and as a chunk of its own main would be twice the size (unminified), which costs more on
 * Node 20 than the cache saves on 24.
 */
import module from 'node:module';
import { runProgram } from './main';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
process.exitCode = await runProgram(process.argv.slice(2), process.env);
