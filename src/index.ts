#!/usr/bin/env node
/**
 * The executable: the GitHub Action's `main`, the CodeBuild command and the CLI. It only runs the
 * program; `./main` holds it, so that it can be imported without running.
 */
import { runProgram } from './main';

process.exitCode = await runProgram(process.argv.slice(2), process.env);
