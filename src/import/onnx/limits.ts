/**
 * Hostile-file limits. A file past these is refused with a message that says why and what to do,
 * before the work that would exhaust memory or time.
 */

/** Largest file read, in bytes (256 MiB). The counts need only shapes, never the weights' values. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Most graph nodes (including shape-only and constant nodes) one import walks. */
export const MAX_NODES = 100_000;

/** Most elements of a constant tensor whose values are read (shape arithmetic needs a handful). */
export const MAX_CONST_VALUES = 4096;

/** Largest dimension accepted: counts must stay exact integers (below 2^53 after products). */
export const MAX_DIM = 1 << 30;

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
