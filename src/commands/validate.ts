/** `validate`: the deployment files alone, and the pipeline definition if one is given; no AWS, no Docker. */
import type { ValidateConfig } from '../config';
import type { Host } from '../hosts/host';
import { checkFiles, readSource } from './deploy-files';

export async function runValidate(config: ValidateConfig, host: Host): Promise<void> {
  const imageDetail = config.imageDetail === undefined ? undefined : await readSource(config.imageDetail, 'image-detail');
  const pipeline = config.pipeline === undefined ? undefined : await readSource(config.pipeline, 'pipeline');
  await checkFiles(host, config.files, { ...(imageDetail && { imageDetail }), ...(pipeline && { pipeline }) }, host.json);
}
