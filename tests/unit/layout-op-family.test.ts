/**
 * Op colour families: the diagram's (nodes and volumes) and the bar charts' (columns), from the
 * one table in src/layout/op-family.ts. Expected rows follow the legends: the diagram has a white
 * `other` family for ops that compute nothing of their own; the bar legend has no `other` and
 * draws those with the pale activation colour, and draws zero padding (a spatial resize) as pool.
 */
import { describe, expect, it } from 'vitest';
import { OP_FAMILIES, barFamily, opFamily } from '../../src/layout/op-family';

// [op, diagram family, bar family], one row per leaf op of the README's op list.
const ROWS: [string, string, string][] = [
  ['input', 'input', 'input'],
  ['conv', 'conv', 'conv'],
  ['pool', 'pool', 'pool'],
  ['zeropad', 'other', 'pool'],
  ['lrn', 'norm', 'norm'],
  ['bn', 'norm', 'norm'],
  ['relu', 'activation', 'act'],
  ['tanh', 'activation', 'act'],
  ['sigmoid', 'activation', 'act'],
  ['softmax', 'activation', 'act'],
  ['dropout', 'other', 'act'],
  ['flatten', 'other', 'act'],
  ['identity', 'other', 'act'],
  ['fc', 'fc', 'fc'],
  ['scale', 'merge', 'merge'],
  ['concat', 'merge', 'merge'],
  ['add', 'merge', 'merge'],
  ['mean', 'merge', 'merge'],
];

describe('op families', () => {
  it.each(ROWS)('%s: diagram %s, bars %s', (op, diagram, bars) => {
    expect(opFamily(op)).toBe(diagram);
    expect(barFamily(op)).toBe(bars);
  });

  it('every diagram family is in the legend, and a name that is no op is `other`', () => {
    for (const [op] of ROWS) expect(OP_FAMILIES).toContain(opFamily(op));
    expect(opFamily('toString')).toBe('other');
    expect(opFamily('constructor')).toBe('other');
  });
});
