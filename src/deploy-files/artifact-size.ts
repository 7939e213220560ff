/**
 * CodePipeline's size limits on what the Build stage hands over: the CodeDeployToECS input artifact zip (3 MB) and
 * imagedefinitions.json for the standard ECS deploy action (100 KB).
 */
import { START_OF_FILE, type Finding } from './findings';
import { IMAGE_DEFINITIONS_FILE } from './image-detail';

/**
 * 3 MB. Whether AWS means 3,000,000 bytes or 3 MiB is unverified; the smaller number is the safe one.
 */
export const CODEDEPLOY_ARTIFACT_LIMIT_BYTES = 3_000_000;
/** 100 KB, counted the same safe way. */
export const IMAGE_DEFINITIONS_LIMIT_BYTES = 100_000;

/** One file in the artifact and its size. */
export interface ArtifactEntry {
  readonly name: string;
  readonly bytes: number;
}

/**
 * Checks the artifact against CodePipeline's limits: `artifact/zip-too-large` for a zip over 3 MB and
 * `artifact/imagedefinitions-too-large` for an imagedefinitions.json over 100 KB, with the sizes in the message.
 * @param zipBytes the zip's size
 * @param entries the files in it, uncompressed
 * @param zipPath the zip's path, for the findings
 */
export function checkArtifactSize(
  zipBytes: number,
  entries: readonly ArtifactEntry[],
  zipPath = 'artifact.zip',
): Finding[] {
  const findings: Finding[] = [];
  if (zipBytes > CODEDEPLOY_ARTIFACT_LIMIT_BYTES) {
    const largest = [...entries]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 3)
      .map((entry) => `${entry.name} (${formatBytes(entry.bytes)})`);
    findings.push({
      file: zipPath,
      ...START_OF_FILE,
      rule: 'artifact/zip-too-large',
      severity: 'error',
      message:
        `the artifact zip is ${formatBytes(zipBytes)}; CodeDeployToECS reads an input artifact of at most 3 MB ` +
        `(${formatBytes(CODEDEPLOY_ARTIFACT_LIMIT_BYTES)}, the smaller reading of "3 MB") and otherwise fails with ` +
        `"Exception while trying to read the task definition artifact file"` +
        (largest.length > 0 ? `; the largest files are ${largest.join(', ')}` : ''),
      fix: 'shrink the largest files (comments, unused containers or volumes); the artifact must hold nothing but the deployment files',
    });
  }
  for (const entry of entries) {
    const isImageDefinitions = entry.name.split('/').pop() === IMAGE_DEFINITIONS_FILE;
    if (!isImageDefinitions || entry.bytes <= IMAGE_DEFINITIONS_LIMIT_BYTES) continue;
    findings.push({
      file: entry.name,
      ...START_OF_FILE,
      rule: 'artifact/imagedefinitions-too-large',
      severity: 'error',
      message:
        `${IMAGE_DEFINITIONS_FILE} is ${formatBytes(entry.bytes)}; the ECS deploy action reads at most 100 KB ` +
        `(${formatBytes(IMAGE_DEFINITIONS_LIMIT_BYTES)})`,
      fix: 'list only the containers whose image changes, one {"name", "imageUri"} entry each',
    });
  }
  return findings;
}

/** `3,145,728 bytes (3.1 MB)`: exact for the reader who compares, rounded for the one who skims. */
function formatBytes(bytes: number): string {
  const exact = `${String(bytes).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} bytes`;
  if (bytes < 1000) return exact;
  const rounded = bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${(bytes / 1000).toFixed(1)} KB`;
  return `${exact} (${rounded})`;
}
