/** Loading the dagre library on demand (see strategies/dagre.ts). */
import { dagreLoaded } from './strategies/dagre';

export { DagreNotLoaded, dagreLoaded } from './strategies/dagre';

let loading: Promise<void> | null = null;

/** Load dagre once (its own chunk); resolves when layouts that need it can run. */
export function loadDagre(): Promise<void> {
  if (dagreLoaded()) return Promise.resolve();
  loading ??= import('./with-dagre').then(
    () => undefined,
    (e: unknown) => {
      loading = null; // a failed fetch (offline, say) may be retried
      throw e;
    },
  );
  return loading;
}
