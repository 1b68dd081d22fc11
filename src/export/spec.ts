/** A network as a spec JSON file: what `--spec`, the editor and the saved store read back. */
import type { ModelSpec } from '../engine/types';

export function specJson(spec: ModelSpec): string {
  return JSON.stringify(spec, null, 2) + '\n';
}

/** A file name from a network's name: letters, digits, dot, dash and underscore only. */
export function fileName(name: string, ext: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${base || 'network'}.${ext}`;
}
