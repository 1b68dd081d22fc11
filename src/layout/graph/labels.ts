/** The text of diagram nodes and group headers (the widths of the boxes follow from it). */
import type { Analysis, LayerResult, ModuleResult, Shape } from '../../engine/analysis';
import { opFamily } from '../op-family';
import type { DiagramNode } from './types';
import type { GraphText } from './words';
import type { Index } from './visibility';

/** Shape as text, C×H×W order: [256, 56, 56] → "256×56×56". */
export function shapeText(s: Shape): string {
  return s.join('×');
}

/** The module's one weight layer (conv or fc), if it has exactly one. */
function weightLeaf(a: Analysis, m: ModuleResult): LayerResult | undefined {
  let found: LayerResult | undefined;
  for (let i = m.start; i < m.end; i++) {
    const l = a.layers[i];
    if (l.op === 'conv' || l.op === 'fc') {
      if (found) return undefined;
      found = l;
    }
  }
  return found;
}

export type NodeText = Omit<DiagramNode, 'x' | 'y' | 'width' | 'height'>;

/** A module's label as shown: its own label in the language of `text`, else its name. */
function moduleLabel(m: ModuleResult, text: GraphText): string {
  return m.label === m.name ? m.name : text.label(m.label);
}

/**
 * Label, detail line and colour family of a visible node (a leaf or a collapsed module), in the
 * language of `text`.
 */
export function nodeText(a: Analysis, ix: Index, id: string, text: GraphText): NodeText {
  const li = ix.leafIndex.get(id);
  if (li !== undefined) {
    const l = a.layers[li];
    return {
      id,
      kind: 'leaf',
      op: l.op,
      family: opFamily(l.op),
      label: text.label(l.label),
      detail: shapeText(l.out),
      leaves: 1,
    };
  }
  const m = ix.modules.get(id)!;
  const n = m.end - m.start;
  // A collapsed conv unit reads best as its one conv: `conv 3×3, 64 +2`.
  const w = m.label === m.name ? weightLeaf(a, m) : undefined;
  const label = w ? `${m.name}: ${text.label(w.label)}` : moduleLabel(m, text);
  return {
    id,
    kind: 'module',
    op: String(m.kind),
    family: 'module',
    label,
    detail: text.moduleDetail(shapeText(m.out), text.kind(String(m.kind)), n),
    leaves: n,
  };
}

/**
 * A frame's header: the module's label and, when it adds something, its kind as the language
 * shows it ("Dense block 1: … · dense-block"; not "Stage 1: … · stage" nor "辅助分类器 1 … ·
 * 辅助分类器", whose label already names it; "features" once).
 */
export function groupLabel(m: ModuleResult, text: GraphText): string {
  if (m.label === m.kind) return text.kind(m.label);
  const label = moduleLabel(m, text);
  const kind = text.kind(String(m.kind));
  return label.toLowerCase().includes(kind.toLowerCase()) ? label : `${label} · ${kind}`;
}
