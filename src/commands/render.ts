/** `render`: the task definition as ECS registers it and the appspec as CodeDeploy uses it. No AWS, no Docker. */
import type { RenderConfig } from '../config';
import { renderAppspecText, renderTaskDefinition, serializeJson } from '../deploy-files/render';
import type { Host } from '../hosts/host';
import { checkFiles, parsedTaskDefinition } from './deploy-files';

export async function runRender(config: RenderConfig, host: Host): Promise<void> {
  const files = await checkFiles(host, config.files);
  const target = config.files.render ?? { placeholder: config.files.imagePlaceholder };
  const taskDefinition = config.extraImages.reduce((rendered, image) => renderTaskDefinition(rendered, image.uri, { placeholder: image.placeholder }),
    renderTaskDefinition(parsedTaskDefinition(files.check), config.imageUri, target));
  // The appspec stays text: YAML's `version: 0.0` would not survive a round trip through JSON.
  const appspec = config.taskDefinitionArn === undefined ? files.appspec.text : renderAppspecText(files.appspec.text, config.taskDefinitionArn);
  if (host.json) {
    host.print(serializeJson({ taskDefinition, appspec }));
    return;
  }
  host.info(`${files.taskdef.path}, as ECS will register it:`);
  host.print(serializeJson(taskDefinition));
  host.info(`${files.appspec.path}, as CodeDeploy will use it${config.taskDefinitionArn ? '' : ' (<TASK_DEFINITION> is the ARN CodeDeploy registers)'}:`);
  host.print(appspec.endsWith('\n') ? appspec : `${appspec}\n`);
}
