/**
 * The sample service with a sidecar, for the e2e suites that build two images in one run: `sidecar/` (its Dockerfile,
 * busybox, a file to serve) and a second container, `proxy`, whose image is `<IMAGE2_NAME>`.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitAll, sampleWorkspace, type Workspace } from './harness';

/** The sidecar: the same static busybox as the app (nothing is pulled), serving a file of its own. */
const SIDECAR_DOCKERFILE = `FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
COPY proxy.conf /etc/proxy/proxy.conf
USER 65534
CMD ["httpd", "-f", "-p", "9090", "-h", "/etc/proxy"]
`;
/** A step that fails with an exit code of its own, which Docker's log shows. */
const FAILING_STEP = 'RUN ["/bin/busybox", "sh", "-c", "exit 3"]';

/**
 * The sample service with a sidecar: `sidecar/` (its Dockerfile, busybox, a file to serve) and a task definition with
 * a second container, `proxy`, whose image is `<IMAGE2_NAME>`; committed. `failing` gives the sidecar a failing step.
 */
export function twoImageWorkspace(options: { failing?: boolean; files?: Record<string, string> } = {}): Workspace {
  const workspace = sampleWorkspace();
  const sidecar = join(workspace.dir, 'sidecar');
  mkdirSync(sidecar);
  copyFileSync(join(workspace.dir, 'busybox'), join(sidecar, 'busybox'));
  writeFileSync(join(sidecar, 'proxy.conf'), 'upstream web 127.0.0.1:8080\n');
  writeFileSync(
    join(sidecar, 'Dockerfile'),
    options.failing ? withFailingStep(SIDECAR_DOCKERFILE) : SIDECAR_DOCKERFILE,
  );
  const taskdefPath = join(workspace.dir, 'taskdef.json');
  type Container = Record<string, unknown> & {
    logConfiguration?: { logDriver: string; options: Record<string, string> };
  };
  const taskdef = JSON.parse(readFileSync(taskdefPath, 'utf8')) as { containerDefinitions: Container[] };
  const logging = taskdef.containerDefinitions[0]!.logConfiguration!;
  taskdef.containerDefinitions.push({
    name: 'proxy',
    image: '<IMAGE2_NAME>',
    essential: false,
    logConfiguration: { ...logging, options: { ...logging.options, 'awslogs-stream-prefix': 'proxy' } },
  });
  writeFileSync(taskdefPath, `${JSON.stringify(taskdef, null, 2)}\n`);
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(join(workspace.dir, name), text);
  return commitAll(workspace, 'a sidecar');
}

export function withFailingStep(dockerfile: string): string {
  return dockerfile.replace('COPY proxy.conf', `${FAILING_STEP}\nCOPY proxy.conf`);
}

/** The `extra-images` YAML of the sidecar, as a block list (`extra` adds keys to its entry). */
export function sidecarEntry(repository: string, extra = ''): string {
  return `- placeholder: IMAGE2_NAME\n  repository: ${repository}\n  context: sidecar\n${extra}`;
}
