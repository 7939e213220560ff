/**
 * Progress of a `docker push` from its plain output, where a long upload prints nothing between
 * "Pushing" and "Pushed": the layers by state, for a line every so often and a summary at the end.
 * Pure.
 */

type LayerState = 'waiting' | 'uploading' | 'pushed' | 'present';

/** `<12 hex>: <status>`, as docker prints layer states without a terminal. */
const LAYER_LINE =
  /^([0-9a-f]{12}): (Preparing|Waiting|Pushing|Pushed|Layer already exists|Mounted from \S+|Retrying in .+)$/;

/** How often a push in progress is reported: often enough to show it is alive, seldom enough not to flood. */
export const PUSH_PROGRESS_INTERVAL_MS = 10_000;

export class PushProgress {
  private readonly layers = new Map<string, LayerState>();

  /** Takes one line of docker push's output; lines that are no layer state are ignored. */
  update(line: string): void {
    const match = LAYER_LINE.exec(line.trim());
    if (match === null) return;
    const [, layer = '', status = ''] = match;
    this.layers.set(layer, stateOf(status));
  }

  /** `3 layers: 1 pushed, 2 already in the registry` (states with no layer are left out). */
  summary(): string {
    const count = (state: LayerState) => [...this.layers.values()].filter((s) => s === state).length;
    const parts = [
      [count('pushed'), 'pushed'],
      [count('present'), 'already in the registry'],
      [count('uploading'), 'uploading'],
      [count('waiting'), 'waiting'],
    ]
      .filter(([n]) => n !== 0)
      .map(([n, what]) => `${n} ${what}`);
    const total = this.layers.size;
    return `${total} layer${total === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
  }
}

function stateOf(status: string): LayerState {
  if (status === 'Pushed') return 'pushed';
  if (status === 'Layer already exists' || status.startsWith('Mounted from')) return 'present';
  if (status === 'Pushing' || status.startsWith('Retrying')) return 'uploading';
  return 'waiting';
}
