/**
 * What the log and the job of a run become inside a GitHub workflow, as one part of a host: findings as annotations,
 * text no line of which is read as a command, the job summary. The Action (a `uses:` step) and the terminal in a
 * `run:` step get GitHub's; every other host gets none. The host table (detect.ts) hands each host its part, so no
 * host looks at GITHUB_ACTIONS itself.
 */
import type { Finding } from '../deploy-files/findings';
import { annotationCommand, neutralizeCommands } from './workflow-commands';

type Env = Readonly<Record<string, string | undefined>>;

export interface WorkflowSink {
  /** The line that makes `finding` an annotation, or none where no runner reads the log. */
  annotation(finding: Finding): string | undefined;
  /** `text` for the log (`json`: a document a program parses), so that no line of it is a workflow command. */
  plain(text: string, format?: 'text' | 'json'): string;
  /** The job summary's file, where the runner reads one. */
  readonly summaryFile?: string;
  /** The directory annotation and summary paths are relative to. */
  readonly workspace?: string;
}

/** A GitHub workflow's sink: workflow commands on the log, `GITHUB_STEP_SUMMARY`, paths from `GITHUB_WORKSPACE`. */
export function gitHubWorkflow(env: Env): WorkflowSink {
  const workspace = env['GITHUB_WORKSPACE'];
  const summaryFile = env['GITHUB_STEP_SUMMARY'];
  return {
    annotation: (finding) => annotationCommand(finding, workspace),
    // A token the text cannot guess, new for each text (see neutralizeCommands). The global Web Crypto, loaded
    // when first used: node:crypto, imported at the top, was loaded on every start of every host.
    plain: (text, format = 'text') => neutralizeCommands(text, format, randomToken()),
    ...(summaryFile && { summaryFile }),
    ...(workspace && { workspace }),
  };
}

/** 128 random bits as 32 hex digits. */
function randomToken(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex');
}

/** Outside a GitHub workflow: no annotations, text as it is, no summary. */
export const NO_WORKFLOW: WorkflowSink = {
  annotation: () => undefined,
  plain: (text) => text,
};
