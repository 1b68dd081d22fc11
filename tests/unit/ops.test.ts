/**
 * The op registry: every op declared once, families resolved, the README's op list derived from
 * it, and the op added after the registry (prelu) counted by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LEAF_OPS,
  OPS,
  OP_FAMILIES,
  analyze,
  opFamily,
  parseSpec,
  type Field,
} from '../../src/engine/index';
import { checkValue } from '../../src/engine/fields';
import { widestAdaptiveWindow } from '../../src/engine/ops/pool';

const net = (shape: number[], ...layers: unknown[]) =>
  analyze(
    parseSpec({
      root: {
        op: 'block',
        name: 'net',
        layers: [{ op: 'input', name: 'input', shape }, ...layers],
      },
    }),
  );

describe('the registry', () => {
  it('lists every op once, each with a doc, a known family and a sane arity', () => {
    expect(LEAF_OPS).toEqual(Object.keys(OPS));
    for (const op of LEAF_OPS) {
      const d = OPS[op];
      expect(d.op).toBe(op);
      expect(d.doc.length).toBeGreaterThan(10);
      expect(OP_FAMILIES).toContain(d.family);
      expect(d.arity[0]).toBeLessThanOrEqual(d.arity[1]);
      // A view is also in place: it adds no values at all.
      if (d.view) expect(d.inPlace).toBe(true);
      for (const [key, f] of Object.entries(d.fields as Record<string, Field>)) {
        expect(f.doc, `${op}.${key}`).not.toBe('');
        if (f.default !== undefined)
          expect(checkValue(f, f.default), `${op}.${key}`).toBeUndefined();
      }
    }
  });

  it('resolves the two drifting family tables into one (graph and bars disagreed on 4 ops)', () => {
    // The decision, op by op: zero padding, dropout and the views are "other" (the diagram's
    // choice; the bar chart had put zeropad with pools and the others with activations).
    expect(Object.fromEntries(LEAF_OPS.map((op) => [op, opFamily(op)]))).toEqual({
      input: 'input',
      conv: 'conv',
      pool: 'pool',
      lrn: 'norm',
      bn: 'norm',
      relu: 'activation',
      prelu: 'activation',
      tanh: 'activation',
      sigmoid: 'activation',
      softmax: 'activation',
      dropout: 'other',
      flatten: 'other',
      fc: 'fc',
      zeropad: 'other',
      identity: 'other',
      scale: 'merge',
      concat: 'merge',
      add: 'merge',
      mean: 'merge',
    });
    expect(opFamily('block')).toBe('other');
  });

  it('the README lists exactly the registry’s ops, in its order', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const m = /`op` is one of `([^`]+)`/.exec(readme.replace(/\n/g, ' '));
    expect(m?.[1].split(/\s+/)).toEqual([...LEAF_OPS]);
  });
});

describe('adaptive pooling’s widest window, closed form against counting', () => {
  it('equals the widest of ⌈(i+1)·n/m⌉ − ⌊i·n/m⌋ over i for n, m up to 64', () => {
    for (let n = 1; n <= 64; n++)
      for (let m = 1; m <= 64; m++) {
        let widest = 0;
        for (let i = 0; i < m; i++)
          widest = Math.max(widest, Math.ceil(((i + 1) * n) / m) - Math.floor((i * n) / m));
        expect(widestAdaptiveWindow(n, m), `${n} → ${m}`).toBe(widest);
      }
  });
});

describe('prelu (He et al. 2015), added as one module', () => {
  it('one shared slope by default, one per channel when asked (PyTorch nn.PReLU(), nn.PReLU(64))', () => {
    const shared = net([64, 8, 8], { op: 'prelu', name: 'a' }).layers[1];
    const perChannel = net([64, 8, 8], { op: 'prelu', name: 'a', perChannel: true }).layers[1];
    expect(shared.params).toBe(1);
    expect(perChannel.params).toBe(64);
    expect(perChannel.out).toEqual([64, 8, 8]);
    // A compare and a multiply per element: 2·64·8·8 = 8,192.
    expect(perChannel.elementwise).toBe(8192);
    expect(perChannel.macs).toBe(0);
    // Not in place: its input is kept for the slope's gradient, so its output is stored.
    expect(perChannel.inPlace).toBe(false);
    expect(perChannel.rf.size).toEqual([1, 1]);
  });

  it('is validated from its declaration: a typo and a wrong type are refused', () => {
    expect(() => net([3, 8, 8], { op: 'prelu', name: 'a', perchannel: true })).toThrow(
      'a: unknown field "perchannel" — did you mean "perChannel"? [unknown-field]',
    );
    expect(() => net([3, 8, 8], { op: 'prelu', name: 'a', perChannel: 1 })).toThrow(
      'a: prelu.perChannel must be true or false, got 1 [wrong-type]',
    );
  });
});
