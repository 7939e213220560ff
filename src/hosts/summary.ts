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
      lines.push(`| \`${name}\` | \`${cell(shown)}\` |`);
    }
    lines.push('');
    const images = Object.entries(JSON.parse(report.outputs.images ?? '{}') as Record<string, SummaryImage>);
    if (images.length > 1) {
      lines.push('| image | uri | tags | artifact |', '| --- | --- | --- | --- |');
      for (const [placeholder, image] of images) {
        lines.push(
          `| \`${placeholder}\` | \`${cell(image.uri)}\` | ${cell(image.tags.join(', '))} | \`${cell(workspacePath(image['artifact-zip'], workspace))}\` |`,
        );
      }
      lines.push('');
    }
    const console = report.outputs['image-uri'] && ecrConsoleUrl(report.outputs['image-uri']);
    if (console) lines.push(`[The image in the ECR console](${console})`, '');
    if (report.files?.length) lines.push(`Artifact files: ${report.files.map((file) => `\`${file}\``).join(', ')}`, '');
  }
  if (report.findings.length > 0) {
    lines.push('| file | line | severity | rule | finding | fix |', '| --- | --- | --- | --- | --- | --- |');
    for (const finding of report.findings) {
      lines.push(
        `| \`${cell(workspacePath(finding.file, workspace))}\` | ${finding.line} | ${finding.severity} | \`${finding.rule}\` | ${cell(local(finding.message))} | ${cell(local(finding.fix))} |`,
      );
    }
    lines.push('');
  }
  lines.push(`Took ${formatSeconds(report.seconds)}.`, '');
  return lines.join('\n');
}

/** Text that stays inside one Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
