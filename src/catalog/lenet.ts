/**
 * LeNet-5 (LeCun et al. 1998) as it is usually taught: a 1×32×32 input (MNIST's 28×28 digits
 * padded by 2), C1 conv 5×5 → 6, S2 2×2/2 subsampling, C3 conv 5×5 → 16 connected to all six S2
 * maps, S4 2×2/2, C5 conv 5×5 → 120 (a fully connected layer on the 5×5 maps), F6 fc 84 and a
 * 10-way fc output. 61,706 parameters (architectures.md §2, "full" column).
 */
import { avgPool, block, conv, fc, flatten, input, maxPool } from './blocks';
import { choice, classesKnob, defineFamily } from './knobs';
import { count, error, params } from './info';
import type { Preset } from './types';
import type { SpecNode } from '../engine/types';

export const lenetFamily = defineFamily({
  id: 'lenet',
  name: 'LeNet-5',
  knobs: {
    activation: choice(['tanh', 'relu', 'sigmoid'], {
      label: 'Activation',
      default: 'tanh',
      labels: { tanh: 'tanh (1998)', relu: 'ReLU (modern)', sigmoid: 'sigmoid' },
      help: 'The non-linearity after C1, C3, C5 and F6; it changes no parameter or MAC.',
    }),
    pooling: choice(['avg', 'max'], {
      label: 'Subsampling',
      default: 'avg',
      labels: { avg: 'average 2×2/2 (as taught)', max: 'max 2×2/2 (modern)' },
      help: 'How S2 and S4 halve the maps. The paper’s S-layers also had a trainable coefficient and bias per map (12 + 32 parameters), left out here as in most courses.',
    }),
    classes: classesKnob(10, 'Outputs of the last layer (10 digits).'),
  },
  build(v) {
    const sub = (name: string) => (v.pooling === 'avg' ? avgPool : maxPool)(name, 2, { stride: 2 });
    const a = (name: string): SpecNode => ({ op: v.activation, name });
    return {
      root: block('lenet5', 'network', [
        input([1, 32, 32]),
        block('features', 'features', [
          { ...conv('c1', 6, 5), label: 'C1: conv 5×5, 6' },
          a('act1'),
          { ...sub('s2'), label: 'S2: subsample 2×2/2' },
          { ...conv('c3', 16, 5), label: 'C3: conv 5×5, 16 (all 6 inputs)' },
          a('act3'),
          { ...sub('s4'), label: 'S4: subsample 2×2/2' },
          { ...conv('c5', 120, 5), label: 'C5: conv 5×5, 120 (fully connected to 16×5×5)' },
          a('act5'),
        ]),
        flatten('flatten'),
        block('classifier', 'classifier', [
          { ...fc('f6', 84), label: 'F6: fc 84' },
          a('act6'),
          { ...fc('output', v.classes), label: 'output: fc (the paper used RBF units)' },
        ]),
      ]),
    };
  },
});

export const lenetPresets: Preset[] = [
  {
    id: 'lenet5',
    family: 'lenet',
    values: {},
    era: 'early',
    info: {
      name: 'LeNet-5',
      family: 'LeNet',
      year: 1998,
      paper: {
        title: 'Gradient-Based Learning Applied to Document Recognition',
        authors: 'Yann LeCun, Léon Bottou, Yoshua Bengio, Patrick Haffner',
        venue: 'Proceedings of the IEEE 86(11)',
        year: 1998,
        link: 'doi:10.1109/5.726791',
      },
      keyIdea:
        'Learn the features instead of designing them: small shared 5×5 filters scan the image (local receptive fields, weight sharing), subsampling layers trade resolution for more feature maps and a little shift invariance, and a few fully connected layers classify. The whole pipeline is trained end to end by back-propagation. Its CONV-POOL-CONV-POOL-FC-FC pattern is the template AlexNet scaled up fourteen years later.',
      published: [
        params(60000, 'paper §II-B: "60,000 trainable parameters" (architectures.md §2)', {
          differs:
            'the paper’s network: C3 reads the S2 maps through a partial connection table (1,516 parameters, not 2,416), S2/S4 have a trainable coefficient and bias per map (12 + 32), and the output is 10 RBF units with fixed 84-value bitmaps instead of an fc 84→10 (850): 156 + 12 + 1,516 + 32 + 48,120 + 10,164 = 60,000 (architectures.md §2).',
        }),
        count('connections', 340908, 'paper §II-B (architectures.md §2)'),
        error(1, 0.95, { dataset: 'MNIST', models: 1 }, 'paper (architectures.md §2)', {
          note: '0.8 % with distorted training data',
        }),
      ],
      notes: [
        'This is the variant as usually taught (and as most course code writes it in PyTorch): C3 sees all 6 S2 maps (2,416 parameters instead of the paper’s 1,516 with its partial connection table), S2/S4 are plain pools without the paper’s trainable coefficient and bias, and the output is an fc 84→10 (850 parameters) instead of 10 Euclidean RBF units. Total 61,706 parameters and 416,520 MACs, against the paper’s 60,000 trainable parameters (architectures.md §2).',
      ],
    },
  },
];
