/**
 * The GitHub job summary of a run, as Markdown: what was built (with the image's page in the ECR
 * console) or what failed and the fix, the findings, the time. Paths are shown relative to the
 * workspace: a runner's absolute paths mean nothing to the reader. Pure.
 */
import { outputEntries } from '../outputs';
import type { RunSummary } from './report';
import { formatSeconds } from './timing';
import { workspacePath } from './workflow-commands';

const ECR_IMAGE = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com\/([^@:]+)@(sha256:[0-9a-f]{64})$/;

/** The image's page in the ECR console, for an image URI in an ECR registry of the commercial partition. */
export function ecrConsoleUrl(imageUri: string): string | undefined {
  const match = ECR_IMAGE.exec(imageUri);
  if (match === null) return undefined;
  const [, account, region, repository, digest] = match as unknown as [string, string, string, string, string];
  return `https://${region}.console.aws.amazon.com/ecr/repositories/private/${account}/${repository}/_/image/${digest}/details?region=${region}`;
}

/** What the summary shows of an image of the `images` output. */
interface SummaryImage {
  readonly uri: string;
  readonly tags: readonly string[];
  readonly 'artifact-zip': string;
}

/** The summary of one run. */
export function summaryMarkdown(report: RunSummary, workspace: string | undefined): string {
  const local = (text: string) =>
    workspace
      ? text
          .split(`${workspace.replace(/\/+$/, '')}/`)
          .join('')
          .split(workspace)
          .join('.')
      : text;
  const lines = [`### ecs-bluegreen-build ${report.command ?? ''}: ${report.ok ? 'done' : 'failed'}`, ''];
  if (report.failure !== undefined) {
    lines.push(`**What failed:** ${cell(local(report.failure.message))}`, '');
    if (report.failure.fix) lines.push(`**Fix:** ${cell(local(report.failure.fix))}`, '');
  }
  if (report.outputs !== undefined) {
    lines.push('| output | value |', '| --- | --- |');
    for (const [name, value] of outputEntries(report.outputs)) {
      if (value === '' || name === 'images') continue; // its own table below
      const shown = name === 'artifact-dir' || name === 'artifact-zip' ? workspacePath(value, workspace) : value;
      lines.push(`| ${code(name)} | ${code(shown)} |`);
    }
    lines.push('');
    const images = Object.entries(JSON.parse(report.outputs.images ?? '{}') as Record<string, SummaryImage>);
    if (images.length > 1) {
      lines.push('| image | uri | tags | artifact |', '| --- | --- | --- | --- |');
      for (const [placeholder, image] of images) {
        lines.push(
          `| ${code(placeholder)} | ${code(image.uri)} | ${cell(image.tags.join(', '))} | ${code(workspacePath(image['artifact-zip'], workspace))} |`,
        );
      }
      lines.push('');
    }
    const console = report.outputs['image-uri'] && ecrConsoleUrl(report.outputs['image-uri']);
    if (console) lines.push(`[The image in the ECR console](${console})`, '');
    if (report.files?.length) lines.push(`Artifact files: ${report.files.map(code).join(', ')}`, '');
  }
  if (report.findings.length > 0) {
    lines.push('| file | line | severity | rule | finding | fix |', '| --- | --- | --- | --- | --- | --- |');
    let size = Buffer.byteLength(lines.join('\n'));
    for (const [index, finding] of report.findings.entries()) {
      const row = `| ${code(workspacePath(finding.file, workspace))} | ${finding.line || ''} | ${finding.severity} | ${code(finding.rule)} | ${cell(local(finding.message))} | ${cell(local(finding.fix))} |`;
      size += Buffer.byteLength(row) + 1;
      if (size > FINDINGS_BUDGET) {
        lines.push(
          '',
          `${(report.findings.length - index).toLocaleString('en-US')} more findings are not shown here; the log lists them.`,
        );
        break;
      }
      lines.push(row);
    }
    lines.push('');
  }
  lines.push(`Took ${formatSeconds(report.seconds)}.`, '');
  return lines.join('\n');
}

/**
 * GitHub refuses a step's summary over 1 MiB (and shows none of it). The findings table stops
 * where it would pass this much; every other part is a few kilobytes at most, each cell bounded.
 */
const FINDINGS_BUDGET = 900 * 1024;
/** The most characters of one cell: a failure's message, a finding, its fix. */
const CELL_LIMIT = 4000;

/**
 * Text from the run or the user as it shows in a Markdown table cell: as written, never as markup.
 * The characters that make Markdown inline markup are escaped with a backslash (a cell never
 * starts a line, so list and heading marks are text already) and HTML's specials become entities:
 * a key `<img src=…>` or `[x](javascript:…)` in a file stays text. A line break is `<br>`, and a
 * cell at most `CELL_LIMIT` characters.
 */
function cell(text: string): string {
  const bounded = text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT)}…` : text;
  return bounded
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\r?\n|\r/g, '<br>');
}

/** `text` as code in a table cell: monospace, escaped as `cell` escapes (a backtick in it cannot end a code span). */
function code(text: string): string {
  return `<code>${cell(text)}</code>`;
}
