/**
 * The engine's bounds. A spec is data from anywhere (a file, a URL, an editor), so every size,
 * count and nesting level has a ceiling: past it the engine answers with a SpecError naming the
 * layer, within a second, instead of hanging, exhausting memory or printing a rounded count.
 *
 * Counts are JavaScript numbers and are exact only up to 2^53 − 1 (Number.MAX_SAFE_INTEGER).
 * Rather than switch every count to BigInt (the JSON contract, the views and the charts all
 * take numbers, and no real network comes near: the largest catalog figure is ~10^11 MACs), a
 * count above that is refused with the layer that produced it. Products and sums of positive
 * integers are computed exactly in doubles whenever the result is at most 2^53 − 1, and rounding
 * is monotonic, so checking the final figure is enough.
 */

/** Largest count computed exactly: 2^53 − 1. */
export const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/** Largest size in any one field (channels, features, a spatial side, a kernel, a stride): 2^24. */
export const MAX_SIZE = 16_777_216;

/** Deepest nesting of blocks, parallels and repeats below the root. */
export const MAX_DEPTH = 100;

/**
 * Most nodes (leaves and modules) a network may expand to, repeats counted out. The catalog's
 * largest, ResNet-1202, has ~4,200 leaves; at ~2 µs a node validation and analysis of the bound
 * stay well under a second.
 */
export const MAX_NODES = 50_000;

/** Most inputs a block may declare (`in0` … `in255`). */
export const MAX_BLOCK_INPUTS = 256;

/** Longest label, note or kind, in characters. */
export const MAX_TEXT = 10_000;

/** Longest name (a path segment), in characters. */
export const MAX_NAME = 256;
