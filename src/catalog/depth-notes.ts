/**
 * Where a paper's own layer count differs from the engine's depth (conv + fc layers on the
 * longest input→output path, src/engine/depth.ts), the count the paper gives and why. Shown on
 * the model card beside the computed depth; a unit test checks that each one really differs.
 */

export interface DepthNote {
  /** The paper's count. */
  paper: number;
  /** Why the two counts differ, with the arithmetic. */
  why: string;
  source: string;
}

export const DEPTH_NOTES: Readonly<Record<string, DepthNote>> = {
  lenet5: {
    paper: 7,
    why: 'The paper counts its subsampling layers S2 and S4 too (each has a trainable coefficient and bias per map): C1, S2, C3, S4, C5, F6 and the output. Conv and fc layers alone: 3 + 2 = 5.',
    source: 'LeCun et al. 1998 §II.B: "LeNet-5 comprises 7 layers, not counting the input"',
  },
  'wrn-28-10': {
    paper: 28,
    why: 'WRN-d-k has N = (d − 4)/6 blocks per group: 6N = 24 block convs plus 4. The longest conv + fc path is the first conv, the 24 block convs and the fc: 26 (the 1×1 projection shortcuts are not on it).',
    source: 'Zagoruyko & Komodakis 2016 §2; architectures.md §10.1',
  },
  'wrn-40-4': {
    paper: 40,
    why: 'WRN-d-k has N = (d − 4)/6 blocks per group: 6N = 36 block convs plus 4. The longest conv + fc path is the first conv, the 36 block convs and the fc: 38.',
    source: 'Zagoruyko & Komodakis 2016 §2; architectures.md §10.1',
  },
  densenet264: {
    paper: 264,
    why: 'The configuration of Table 1 (6, 12, 64, 48 dense layers of two convs each) gives 2 × 130 + 1 (first conv) + 3 (transitions) + 1 (fc) = 265, one more than the name; the same sum gives 121, 169 and 201 for the other three.',
    source: 'Huang et al. 2017 Table 1',
  },
  'fractalnet-cifar': {
    paper: 20,
    why: 'The paper counts the conv layers of the deepest column, 2^(C−1) × B = 4 × 5 = 20; the engine adds the final fc layer: 21.',
    source: 'Larsson et al. 2017 §4 and Table 1 (20 layers, C = 3, B = 5)',
  },
};
