import { describe, expect, it } from 'vitest';
import { analyze, parseSpec, SpecError } from '../../src/engine/index';

const spec = (kernel: unknown, input = [128, 4, 4]) =>
  parseSpec({
    root: {
      op: 'block',
      name: 'net',
      layers: [
        { op: 'input', name: 'input', shape: input },
        { op: 'conv', name: 'conv', out: 768, kernel, bias: false },
      ],
    },
  });

describe('conv with a full kernel (TF-slim NASNet auxiliary head)', () => {
  it('takes the whole map: 1×1 output, weights K_h·K_w·C_in·C_out', () => {
    const a = analyze(spec('full'));
    const conv = a.layers[1];
    expect(conv.out).toEqual([768, 1, 1]);
    // Hand: 4·4·128·768 = 1,572,864 weights, one output position → MACs equal weights.
    expect(conv.params).toBe(1_572_864);
    expect(conv.macs).toBe(1_572_864);
    expect(conv.label).toBe('conv 4×4, 768');
  });

  it('follows the input: at 6×6 the same spec has a 6×6 kernel', () => {
    const a = analyze(spec('full'), { input: [128, 6, 6] });
    expect(a.layers[1].params).toBe(6 * 6 * 128 * 768);
  });

  it('rejects other strings with the rule and the path', () => {
    expect(() => spec('whole')).toThrow(SpecError);
    expect(() => spec('whole')).toThrow(
      'conv: conv.kernel must be a number, [h, w] or "full", got "whole"',
    );
  });
});
