/**
 * Compound layout: each open module is laid out on its own, bottom-up, with its direct visible
 * children as items (an open child is a box of its own computed size); then, top-down, every
 * module's content is moved to its absolute place. A group box therefore contains its children by
 * construction, siblings never overlap, and a strategy only ever sees one module's worth of items
 * at a time, which keeps a fully expanded ResNet-1202 (about 4,800 visible leaves) fast.
 */
import type { Analysis } from '../../engine/analysis';
import { groupLabel, nodeText, type NodeText } from './labels';
import type { LocalGraph } from './local';
import { DEFAULT_LAYOUT, type LayoutConfig, type LayoutOptions } from './options';
import { absoluteEdges, portOffsets, routeEdges, withTwinOutputs } from './routing';
import { STRATEGIES, isCell } from './strategies/index';
import type { DiagramNode, GraphLayout, GroupBox } from './types';
import { indexOf, visibility } from './visibility';
import { ENGLISH_GRAPH_TEXT, type GraphText } from './words';
import { charCounts } from '../text-width';

/** Width in px of one line of node text: narrow characters at `charWidth`, CJK at `wideCharWidth`. */
function lineWidth(text: string, o: LayoutConfig): number {
  const { narrow, wide } = charCounts(text);
  return narrow * o.charWidth + wide * o.wideCharWidth;
}

/** Lay out one local graph with the first strategy that takes it. */
function layoutLocal(g: LocalGraph, o: LayoutConfig): void {
  if (g.items.size === 0) return;
  withTwinOutputs(g, () => {
    for (const s of STRATEGIES) if (s.layout(g, o)) return;
  });
}

/**
 * Lay out the visible graph. Returns absolute node boxes, edge polylines (one per lifted edge,
 * running through the ports of the modules it crosses) and group boxes for open modules. Box
 * text is written in the language of `text` (English by default) and boxes are sized to it.
 */
export function layoutGraph(
  a: Analysis,
  expanded: ReadonlySet<string>,
  options: LayoutOptions = {},
  text: GraphText = ENGLISH_GRAPH_TEXT,
): GraphLayout {
  const o: LayoutConfig = { ...DEFAULT_LAYOUT, ...options };
  const ix = indexOf(a);
  const vis = visibility(a, expanded);

  // Container (open module) of each visible node and of each open module.
  const parentOf = (id: string): string => {
    const li = ix.leafIndex.get(id);
    if (li !== undefined) return a.layers[li].parent;
    return ix.modules.get(id)!.parent ?? '';
  };
  const seq = (path: string): number =>
    ix.leafIndex.get(path) ?? ix.modules.get(path)?.start ?? Number.MAX_SAFE_INTEGER;
  const cellPath = (path: string) => {
    const cm = ix.modules.get(path);
    return !!cm && isCell(cm);
  };

  const graphs = new Map<string, LocalGraph>();
  for (const m of a.modules) {
    if (!vis.open.has(m.path)) continue;
    graphs.set(m.path, {
      module: m.path,
      items: new Map(),
      order: [],
      edges: new Map(),
      width: 0,
      height: 0,
      ox: 0,
      oy: 0,
      cell: isCell(m),
      seq,
      cellPath,
    });
  }

  // Visible nodes and their sizes.
  const texts = new Map<string, NodeText>();
  for (const id of vis.nodes) {
    const t = nodeText(a, ix, id, text);
    texts.set(id, t);
    const textW = Math.max(lineWidth(t.label, o), lineWidth(t.detail, o));
    const pad = o.nodePadX + (t.kind === 'module' ? o.moduleTogglePad : 0);
    const width = Math.max(o.minNodeWidth, Math.ceil(textW + pad));
    const height = t.kind === 'module' ? o.nodeHeight + o.moduleExtraHeight : o.nodeHeight;
    const g = graphs.get(parentOf(id))!;
    const cm = ix.modules.get(id);
    g.items.set(id, { id, width, height, cx: 0, cy: 0, port: false, cell: !!cm && isCell(cm) });
  }
  // Open modules (except the root) are items of their parent's graph; order follows children.
  for (const g of graphs.values()) {
    const m = ix.modules.get(g.module)!;
    for (const c of m.children) {
      if (g.items.has(c)) g.order.push(c);
      else if (graphs.has(c)) {
        const cm = ix.modules.get(c)!;
        g.items.set(c, { id: c, width: 0, height: 0, cx: 0, cy: 0, port: false, cell: isCell(cm) });
        g.order.push(c);
      }
    }
  }

  const routes = routeEdges(a, ix, vis, graphs, parentOf);

  // Bottom-up: lay out each open module's content; its box size feeds its parent.
  const openList = a.modules.filter((m) => vis.open.has(m.path));
  for (let k = openList.length - 1; k >= 0; k--) {
    const g = graphs.get(openList[k].path)!;
    for (const id of g.order) {
      const child = graphs.get(id);
      if (child) {
        const it = g.items.get(id)!;
        // Wide enough for its header label (`− name · kind`: two characters for the toggle).
        const header = groupLabel(ix.modules.get(id)!, text);
        const labelW = lineWidth(header, o) + 2 * o.charWidth + o.headerPadX;
        it.width = Math.max(child.width + 2 * o.groupPad, o.minNodeWidth + 2 * o.groupPad, labelW);
        it.height = child.height + o.groupPad * 2 + o.groupHeader;
        it.attach = portOffsets(child);
      }
    }
    layoutLocal(g, o);
  }

  // Top-down: absolute origins. The root's content starts at (0, 0).
  const root = graphs.get('')!;
  root.ox = 0;
  root.oy = 0;
  const groups: GroupBox[] = [];
  for (const m of openList) {
    const g = graphs.get(m.path)!;
    for (const id of g.order) {
      const child = graphs.get(id);
      if (!child) continue;
      const it = g.items.get(id)!;
      const x = g.ox + it.cx - it.width / 2;
      const y = g.oy + it.cy - it.height / 2;
      child.ox = x + o.groupPad + (it.width - 2 * o.groupPad - child.width) / 2;
      child.oy = y + o.groupHeader + o.groupPad;
      const cm = ix.modules.get(id)!;
      groups.push({
        id,
        label: groupLabel(cm, text),
        kind: String(cm.kind),
        depth: cm.depth,
        x,
        y,
        width: it.width,
        height: it.height,
        header: o.groupHeader,
      });
    }
  }

  const nodes: DiagramNode[] = vis.nodes.map((id) => {
    const g = graphs.get(parentOf(id))!;
    const it = g.items.get(id)!;
    return {
      ...texts.get(id)!,
      x: g.ox + it.cx - it.width / 2,
      y: g.oy + it.cy - it.height / 2,
      width: it.width,
      height: it.height,
    };
  });

  return {
    nodes,
    edges: absoluteEdges(routes, graphs),
    groups,
    width: root.width,
    height: root.height,
  };
}
