/** `render`: the task definition as ECS registers it and the appspec as CodeDeploy uses it. No AWS, no Docker. */
import type { RenderConfig } from '../config';
import { renderAppspecText, fillImages } from '../deploy-files/render-files';
import type { FilesCheck } from './files-check';
import type { CommandContext } from './context';
import { checkFiles, parsedTaskDefinition } from './deploy-files';

/** The files as ECS and CodeDeploy will use them, and where they came from. */
export interface RenderResult {
  readonly check: FilesCheck;
  readonly taskdefPath: string;
  readonly taskDefinition: Readonly<Record<string, unknown>>;
  readonly appspecPath: string;
  /** Text: YAML's `version: 0.0` would not survive a round trip through JSON. */
  readonly appspec: string;
  /** The ARN put in for `<TASK_DEFINITION>`; absent: the placeholder stays, for CodeDeploy to fill. */
  readonly taskDefinitionArn?: string;
}

/**
 * Checks the files and fills in the images (and the task definition ARN, when given).
 * @throws FilesRejected when a finding is an error; UserError when a file cannot be read
 */
export async function runRender(config: RenderConfig, _context: CommandContext): Promise<RenderResult> {
  const files = await checkFiles(config.files);
  // render takes no deploy-target: its files are CodeDeploy's, appspec included.
  const appspec = files.appspec;
  if (appspec === undefined) throw new Error('render checked no appspec');
  const target = config.files.render ?? { placeholder: config.files.imagePlaceholder };
  const { taskDefinitionArn } = config;
  return {
    check: files.report,
    taskdefPath: files.taskdef.path,
    taskDefinition: fillImages(parsedTaskDefinition(files.check), config.imageUri, target, config.extraImages),
    appspecPath: appspec.path,
    appspec: taskDefinitionArn === undefined ? appspec.text : renderAppspecText(appspec.text, taskDefinitionArn),
    ...(taskDefinitionArn !== undefined && { taskDefinitionArn }),
  };
}
