/**
 * Hostile-file limits. A file past these is refused with a message that says why and what to do,
 * before the work that would exhaust memory or time.
 */
import type { OnnxMessage } from './messages';

/** Largest file read, in bytes (256 MiB). The counts need only shapes, never the weights' values. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Most graph nodes (including shape-only and constant nodes) one import walks. */
export const MAX_NODES = 100_000;

/** Most elements of a constant tensor whose values are read (shape arithmetic needs a handful). */
export const MAX_CONST_VALUES = 4096;

/** Largest dimension accepted: counts must stay exact integers (below 2^53 after products). */
export const MAX_DIM = 1 << 30;

/** The refusal for a file of this many bytes, or null. Needs only the size, so the page can
 * refuse a 500 MB file before reading a byte of it. */
export function sizeProblem(bytes: number): OnnxMessage | null {
  if (bytes === 0) return { code: 'empty-file' };
  if (bytes <= MAX_FILE_BYTES) return null;
  return { code: 'too-big', bytes, max: MAX_FILE_BYTES };
}
