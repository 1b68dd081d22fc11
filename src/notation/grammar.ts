/**
 * The compact text notation, in the style of the VGG paper's configuration table (Simonyan &
 * Zisserman 2015, Table 1): `conv3-64 ×2, maxpool, conv3-128 ×2, maxpool, …, fc-4096, fc-4096,
 * fc-1000`. It describes chains: one layer after another, no branches.
 *
 * Grammar (case-insensitive; spaces are free except where noted; `#` starts a comment to the end
 * of the line):
 *
 *   notation := item { sep item }        sep: "," or a line break (empty items are skipped)
 *   item     := layer [ repeat ]
 *   repeat   := "×" n | " x" n | " *" n   "×" may touch the layer; "x" and "*" need a space before
 *   layer    := input | conv | pool | fc | dropout | lrn | plain
 *   input    := "input" dims               dims: C "x" H "x" W (or "×"), or N for a flat input;
 *                                          only as the first item; default input 3×224×224
 *   conv     := "conv" size "-" channels { "/" convopt }
 *   convopt  := "s" size        stride (default 1)
 *             | "p" size | "psame" | "pvalid"   padding (default ⌊kernel/2⌋ per axis)
 *             | "d" size        dilation (default 1)
 *             | "g" n           groups (default 1)
 *             | "bn"            batch norm after the conv
 *             | "nobias"        no bias
 *             | "relu" | "linear"   force or drop the ReLU (see below)
 *   pool     := ("maxpool" | "avgpool") [size] { "/" poolopt }   default window 2, stride = window
 *   poolopt  := "s" size | "p" size | "ceil" | "global" | "out" size   (global: whole map to 1×1;
 *                                          out: adaptive pooling to that output size)
 *   fc       := "fc-" n { "/" ("nobias" | "relu" | "linear") }
 *   dropout  := "dropout" [ "-" p ]        p in [0, 1), default 0.5
 *   lrn      := "lrn" [n]                  local response norm over n channels (default 5),
 *                                          α = 1e-4, β = 0.75, k = 2 (AlexNet's values)
 *   plain    := "relu" | "tanh" | "sigmoid" | "softmax" | "soft-max" | "bn" | "flatten"
 *   size     := n | n "x" n                a square or [height, width] window
 *
 * Meaning, as in the paper ("the ReLU activation function is not shown for brevity"):
 * - Every conv and fc is followed by a ReLU, except the network's last weight layer (the
 *   classifier). `/linear` drops that ReLU, `/relu` adds one where the rule puts none.
 * - An fc reading a C×H×W map flattens it first (an implied `flatten`).
 * - Layers are named by stage, a stage ending at each pool: `conv3_2` is the second conv of
 *   stage 3, `pool3` ends it; an fc takes the next stage number (`fc6, fc7, fc8` after VGG's five
 *   stages); a ReLU, batch norm or dropout is named after the layer it follows (`relu3_2`,
 *   `bn3_2`, `drop6`); other layers are named by op and count (`lrn1`, `flatten1`).
 */

/** A parsed layer, before it becomes spec nodes. Sizes are [height, width]. */
export type Item =
  | { kind: 'conv'; kernel: [number, number]; out: number; opts: ConvOptions }
  | {
      kind: 'pool';
      mode: 'max' | 'avg';
      kernel: [number, number];
      stride?: [number, number];
      padding?: [number, number];
      ceil?: boolean;
      global?: boolean;
      output?: [number, number];
    }
  | { kind: 'fc'; out: number; bias: boolean; relu?: boolean }
  | { kind: 'dropout'; p: number }
  | { kind: 'lrn'; size: number }
  | { kind: 'plain'; op: 'relu' | 'tanh' | 'sigmoid' | 'softmax' | 'bn' | 'flatten' };

export interface ConvOptions {
  stride?: [number, number];
  /** Absent: ⌊kernel/2⌋ per axis. */
  padding?: [number, number] | 'same' | 'valid';
  dilation?: [number, number];
  groups?: number;
  bn?: boolean;
  bias: boolean;
  /** Absent: the default rule (ReLU unless last weight layer). */
  relu?: boolean;
}

/** AlexNet's LRN constants (Krizhevsky et al. 2012, §3.3), used by the `lrn` layer. */
export const LRN_DEFAULTS = { alpha: 1e-4, beta: 0.75, k: 2 } as const;

/** The default input when the text has no `input` item: an ImageNet image, 3×224×224. */
export const DEFAULT_INPUT: readonly number[] = [3, 224, 224];

/** Largest accepted count in `×n` and largest size, channel or feature count. */
export const MAX_REPEAT = 10000;
export const MAX_SIZE = 1 << 20;
