/**
 * What PyTorch's autograd keeps for the backward pass, per leaf op: eager PyTorch, training mode,
 * CUDA with cuDNN. Each rule follows the op's entry in PyTorch's `tools/autograd/derivatives.yaml`
 * (quoted in `derivatives`): a tensor named in a backward formula (`self`, `input`, `result`,
 * `result1` …) is saved when the forward runs. Parameters (weights, biases, γ, β) are saved too,
 * but they exist anyway and are counted as weights, never here.
 *
 * Conventions:
 * - Sizes are elements of one image (batch excluded); `dtype` gives the element size:
 *   `float` is the training precision (fp32 = 4 B), `int64` 8 B (max-pool indices),
 *   `bool` 1 B (dropout masks).
 * - `constant` tensors (batch norm's per-channel mean and inverse std) do not grow with the batch.
 * - A rule names tensors by role (the layer's i-th input, its output, or a tensor the op makes
 *   inside); `keptForBackward` resolves roles to storages and counts each storage once.
 */
import type { LayerResult, Shape } from '../analysis';
import type { LeafOp, LeafOpName } from '../types';

export type SavedDtype = 'float' | 'int64' | 'bool';

/** Which tensor a rule keeps. */
export type SavedRole =
  | { kind: 'input'; index: number }
  | { kind: 'output' }
  /** A tensor made inside the op (LRN's intermediates, dropout's mask): its own storage. */
  | { kind: 'internal'; name: string };

export interface SavedTensor {
  role: SavedRole;
  dtype: SavedDtype;
  /** Elements per image (per network when `constant`). */
  elements: number;
  /** Does not grow with the batch (per-channel statistics). */
  constant?: boolean;
  /** What the backward needs it for, in words. */
  what: string;
}

export type LeafOfKind<K extends LeafOpName> = Extract<LeafOp, { op: K }>;

export interface SavedRule<K extends LeafOpName> {
  /**
   * The derivatives.yaml lines the rule follows: the `- name:` signature of the ATen op PyTorch
   * runs for this layer, then the formula line that names the saved tensors. Empty for an op
   * that runs no differentiable ATen op (the input).
   */
  derivatives: readonly string[];
  /** The ATen op(s) eager PyTorch runs for this layer, e.g. `aten::max_pool2d_with_indices`. */
  aten: string;
  /** The tensors the backward keeps, a pure function of the layer and its node. */
  saves(layer: LayerResult, node: LeafOfKind<K>): SavedTensor[];
}

/** Bytes of one element of each dtype at a float precision of `floatBytes`. */
export function dtypeBytes(dtype: SavedDtype, floatBytes: number): number {
  return dtype === 'float' ? floatBytes : dtype === 'int64' ? 8 : 1;
}

const count = (s: Shape): number => s.reduce((a, b) => a * b, 1);

const input = (l: LayerResult, index: number, what: string): SavedTensor => ({
  role: { kind: 'input', index },
  dtype: 'float',
  elements: count(l.inShapes[index]),
  what,
});
const output = (l: LayerResult, what: string): SavedTensor => ({
  role: { kind: 'output' },
  dtype: 'float',
  elements: count(l.out),
  what,
});

/** True when a pooling op reduces the whole map to 1×1 (global, or adaptive to 1×1). */
function toOneByOne(l: LayerResult): boolean {
  return l.out.length === 3 && l.out[1] === 1 && l.out[2] === 1;
}

/** The saved-for-backward rule of every leaf op. A missing op is a compile error. */
export const SAVED_RULES: { [K in LeafOpName]: SavedRule<K> } = {
  // The image is kept by the ops that read it (the first conv keeps it as its input).
  input: { derivatives: [], aten: '(none)', saves: () => [] },

  conv: {
    aten: 'aten::convolution (cuDNN)',
    derivatives: [
      '- name: convolution(Tensor input, Tensor weight, Tensor? bias, SymInt[] stride, SymInt[] padding, SymInt[] dilation, bool transposed, SymInt[] output_padding, SymInt groups) -> Tensor',
      '  input, weight, bias: "grad.defined() ? convolution_backward_symint(grad, input, weight, bias->sym_sizes(), …) : …"',
    ],
    // The weight is a parameter (counted with the weights); the bias gradient needs only sizes.
    saves: (l) => [input(l, 0, 'input (the weight gradient is input ⋆ output gradient)')],
  },

  fc: {
    aten: 'aten::addmm (F.linear on a [batch, N] input)',
    derivatives: [
      '- name: addmm(Tensor self, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor',
      '  mat2: mm_mat2_backward(grad, mat1, mat2.sym_sizes(), mat2.sym_strides(), mat2.layout(), alpha)',
    ],
    // mat1 is the input; mat2 is weight.t(), a view of a parameter.
    saves: (l) => [input(l, 0, 'input (weight gradient = output gradientᵀ · input)')],
  },

  pool: {
    aten: 'aten::max_pool2d_with_indices · aten::avg_pool2d · aten::_adaptive_avg_pool2d · aten::mean (adaptive to 1×1)',
    derivatives: [
      '- name: max_pool2d_with_indices(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, int[2] dilation=1, bool ceil_mode=False) -> (Tensor, Tensor)',
      '  self: max_pool2d_with_indices_backward(grad, self, kernel_size, stride, padding, dilation, ceil_mode, result1)',
      '- name: adaptive_max_pool2d(Tensor self, int[2] output_size) -> (Tensor, Tensor)',
      '  self: adaptive_max_pool2d_backward(grad, self, result1)',
      '- name: avg_pool2d(Tensor self, int[2] kernel_size, int[2] stride=[], int[2] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor',
      '  self: avg_pool2d_backward(grad, self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)',
      '- name: _adaptive_avg_pool2d(Tensor self, SymInt[2] output_size) -> Tensor',
      '  self: _adaptive_avg_pool2d_backward(grad, self)',
      '- name: mean.dim(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor',
      '  self: mean_backward(grad, self.sym_sizes(), dim, self.sym_numel(), keepdim)',
    ],
    saves: (l, node) => {
      if (node.mode === 'max') {
        // A 1×1 window without padding picks one pixel per stride: implementations write it as a
        // strided slice (x[:, :, ::2, ::2], ResNet's option-A shortcut), a view that keeps nothing.
        const k = node.kernel === undefined ? undefined : node.kernel;
        const oneByOne =
          !node.global &&
          node.output === undefined &&
          (k === 1 || (Array.isArray(k) && k[0] === 1 && k[1] === 1)) &&
          (node.padding === undefined || node.padding === 0 || node.padding === 'valid');
        if (oneByOne) return [];
        return [
          input(l, 0, 'input (the backward scatters into its shape)'),
          {
            role: { kind: 'internal', name: 'indices' },
            dtype: 'int64',
            elements: count(l.out),
            what: 'indices of the maxima, int64 (result1)',
          },
        ];
      }
      // Average pooling to 1×1 runs as x.mean((-2, -1)): the backward needs only sizes.
      if (toOneByOne(l) && (node.global || node.output !== undefined)) return [];
      return [input(l, 0, 'input (self, passed to the backward for its shape)')];
    },
  },

  lrn: {
    aten: 'F.local_response_norm: mul, constant_pad_nd, avg_pool3d, mul/add (scalars), pow, div',
    derivatives: [
      '- name: mul.Tensor(Tensor self, Tensor other) -> Tensor',
      '  self: mul_tensor_backward(grad, other, self.scalar_type())',
      '- name: avg_pool3d(Tensor self, int[3] kernel_size, int[3] stride=[], int[3] padding=0, bool ceil_mode=False, bool count_include_pad=True, int? divisor_override=None) -> Tensor',
      '  self: avg_pool3d_backward(grad, self, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)',
      '- name: pow.Tensor_Scalar(Tensor self, Scalar exponent) -> Tensor',
      '  self: pow_backward(grad, self, exponent)',
      '- name: div.Tensor(Tensor self, Tensor other) -> Tensor',
      '  other: div_tensor_other_backward(grad, self, other)',
    ],
    // input.mul(input) keeps the input; pad → avg_pool3d keeps the zero-padded squares, C + n − 1
    // channels; .mul(α).add(k) keep nothing; .pow(β) keeps its base; input / div keeps both.
    saves: (l, node) => {
      const [c, h, w] = l.inShapes[0];
      return [
        input(l, 0, 'input (x·x, and the numerator of x / d)'),
        {
          role: { kind: 'internal', name: 'padded squares' },
          dtype: 'float',
          elements: (c + node.size - 1) * h * w,
          what: `x² zero-padded to C + n − 1 = ${c + node.size - 1} channels (avg_pool3d's self)`,
        },
        {
          role: { kind: 'internal', name: 'base' },
          dtype: 'float',
          elements: c * h * w,
          what: 'k + α·mean(x²), the base of pow (pow’s self)',
        },
        {
          role: { kind: 'internal', name: 'denominator' },
          dtype: 'float',
          elements: c * h * w,
          what: 'd = (k + α·mean(x²))^β (div’s other)',
        },
      ];
    },
  },

  bn: {
    aten: 'aten::_batch_norm_with_update (cuDNN batch norm)',
    derivatives: [
      '- name: _batch_norm_with_update(Tensor input, Tensor? weight, Tensor? bias, Tensor(a!) running_mean, Tensor(b!) running_var, float momentum, float eps) -> (Tensor, Tensor, Tensor, Tensor)',
      '  input, weight, bias: "grad.defined() ? batch_norm_backward(grad, input, weight, running_mean, running_var, result1, result2, /*update*/true, eps, grad_input_mask, retain_variables ? result3.clone() : result3) : …"',
    ],
    // result1/result2 are the batch mean and inverse std, per channel, fp32 whatever the input's
    // precision; running_mean/var are buffers. Not the output: the ReLU after it keeps that.
    saves: (l) => [
      input(l, 0, 'input (normalized again in the backward)'),
      {
        role: { kind: 'internal', name: 'batch statistics' },
        dtype: 'float',
        elements: 2 * l.out[0],
        constant: true,
        what: 'batch mean and inverse std per channel (result1, result2)',
      },
    ],
  },

  relu: {
    aten: 'aten::relu_ (in place) / aten::relu',
    derivatives: [
      '- name: relu(Tensor self) -> Tensor',
      '  self: threshold_backward(grad, result, 0)',
    ],
    saves: (l) => [output(l, 'output (result: where it is positive, the gradient passes)')],
  },

  prelu: {
    aten: 'aten::_prelu_kernel',
    derivatives: [
      '- name: _prelu_kernel(Tensor self, Tensor weight) -> Tensor',
      '  self, weight: "grad.defined() ? _prelu_kernel_backward(grad, self, weight) : std::tuple<Tensor, Tensor>()"',
    ],
    // Not in place: both gradients read the input (the slope's gradient is Σ x·grad where x < 0).
    saves: (l) => [
      input(l, 0, 'input (self: the sign of x and, for the slope gradient, x itself)'),
    ],
  },

  tanh: {
    aten: 'aten::tanh',
    derivatives: ['- name: tanh(Tensor self) -> Tensor', '  self: tanh_backward(grad, result)'],
    saves: (l) => [output(l, 'output (result: 1 − y²)')],
  },

  sigmoid: {
    aten: 'aten::sigmoid',
    derivatives: [
      '- name: sigmoid(Tensor self) -> Tensor',
      '  self: sigmoid_backward(grad, result)',
    ],
    saves: (l) => [output(l, 'output (result: y·(1 − y))')],
  },

  softmax: {
    aten: 'aten::_softmax',
    derivatives: [
      '- name: _softmax(Tensor self, int dim, bool half_to_float) -> Tensor',
      '  self: _softmax_backward_data(grad, result, dim, self.scalar_type())',
    ],
    saves: (l) => [output(l, 'output (result)')],
  },

  dropout: {
    aten: 'aten::native_dropout (fused CUDA kernel, 0 < p < 1)',
    derivatives: [
      '- name: native_dropout(Tensor input, float p, bool? train) -> (Tensor, Tensor)',
      '  input: "GradMode::is_enabled() ? infinitely_differentiable_native_dropout_backward(grad, result1, …) : native_dropout_backward(grad, result1, …)"',
    ],
    // p = 0 returns the input itself (ATen's _dropout_impl): nothing kept, no new storage.
    saves: (l, node) =>
      node.p > 0 && node.p < 1
        ? [
            {
              role: { kind: 'internal', name: 'mask' },
              dtype: 'bool',
              elements: count(l.out),
              what: 'the keep mask, 1 byte per element (result1)',
            },
          ]
        : [],
  },

  flatten: {
    aten: 'aten::view (flatten of a contiguous tensor)',
    derivatives: [],
    saves: () => [],
  },

  identity: { aten: '(none)', derivatives: [], saves: () => [] },

  zeropad: {
    aten: 'aten::constant_pad_nd',
    derivatives: [
      '- name: constant_pad_nd(Tensor self, SymInt[] pad, Scalar value=0) -> Tensor',
      '  self: constant_pad_nd_backward(grad, pad)',
    ],
    saves: () => [],
  },

  scale: {
    aten: 'aten::mul.Tensor (x * gate, broadcast over H×W)',
    derivatives: [
      '- name: mul.Tensor(Tensor self, Tensor other) -> Tensor',
      '  self: mul_tensor_backward(grad, other, self.scalar_type())',
      '  other: mul_tensor_backward(grad, self, other.scalar_type())',
    ],
    saves: (l) => [
      input(l, 0, 'the map (self, for the gate’s gradient)'),
      input(l, 1, 'the gate (other, for the map’s gradient)'),
    ],
  },

  concat: {
    aten: 'aten::cat',
    derivatives: [
      '- name: cat(Tensor[] tensors, int dim=0) -> Tensor',
      '  tensors: cat_tensors_backward(grad, to_args_sizes_symint(tensors), to_args_scalartypes(tensors), dim)',
    ],
    saves: () => [],
  },

  add: {
    aten: 'aten::add.Tensor / add_',
    derivatives: [
      '- name: add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor',
      '  self: handle_r_to_c(self.scalar_type(), grad)',
    ],
    saves: () => [],
  },

  mean: {
    aten: 'aten::stack + aten::mean.dim',
    derivatives: [
      '- name: mean.dim(Tensor self, int[1]? dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor',
      '  self: mean_backward(grad, self.sym_sizes(), dim, self.sym_numel(), keepdim)',
    ],
    saves: () => [],
  },
};

/** The saved tensors of one layer under its op's rule. */
export function savedTensors(layer: LayerResult, node: LeafOp): SavedTensor[] {
  const rule = SAVED_RULES[node.op] as SavedRule<LeafOpName>;
  return rule.saves(layer, node as LeafOfKind<LeafOpName>);
}

/**
 * Ops whose output is the same storage as their first input: views (flatten, identity) and
 * dropout with p = 0, which returns its input. Everything else writes a new tensor (in-place
 * ReLU and `out += identity` reuse storage too, but only where nothing else keeps the old
 * value, so they never change which distinct tensors are kept).
 */
export function aliasesInput(node: LeafOp): boolean {
  return (
    node.op === 'flatten' || node.op === 'identity' || (node.op === 'dropout' && !(node.p > 0))
  );
}
