/** Element-wise merges of equal shapes: the residual add and FractalNet's mean join. */
import { SpecError } from '../errors';
import { shapeText } from '../format';
import type { OpDef } from './def';
import { maxRf, product } from './shared';
import type { SavedRule } from './saved';

/**
 * A merge of two or more equal shapes with `extra` operations per element beyond the n − 1 adds
 * (the mean's one divide).
 */
export function elementwiseMerge<K extends 'add' | 'mean'>(
  op: K,
  o: { doc: string; label: string; extra: number; saved: SavedRule<K> },
): OpDef<K> {
  return {
    op,
    doc: o.doc,
    family: 'merge',
    fields: {} as OpDef<K>['fields'],
    arity: [2, Infinity],
    view: false,
    inPlace: false,
    saved: o.saved,
    evaluate(_node, { path, shapes, rfs }) {
      const first = shapes[0];
      for (const s of shapes) {
        if (s.length !== first.length || s.some((n, i) => n !== first[i])) {
          throw new SpecError(path, 'add-shapes', {
            code: 'merge-shapes',
            op,
            shapes: shapes.map(shapeText),
          });
        }
      }
      return {
        out: first,
        label: o.label,
        rf: maxRf(rfs),
        elementwise: product(first) * (shapes.length - 1 + o.extra),
      };
    },
  };
}
