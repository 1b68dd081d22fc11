import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSpec, cifarResnet, twoInputCells } from '../helpers';
import type { Analysis } from '../../src/engine/index';
import {
  allModules,
  defaultExpanded,
  layoutGraph,
  visibleNodes,
  type GraphLayout,
} from '../../src/layout/graph';
import { analyzeId } from '../helpers';

/** Brute-force lifted edges, straight from the definition: map both ends to their representative. */
function liftedEdges(a: Analysis, expanded: ReadonlySet<string>): Set<string> {
  const nodes = new Set(visibleNodes(a, expanded));
  const rep = (path: string): string => {
    if (nodes.has(path)) return path;
    const parts = path.split('/');
    for (let k = 1; k < parts.length; k++) {
      const p = parts.slice(0, k).join('/');
      if (nodes.has(p)) return p;
    }
    throw new Error(`no visible node for ${path}`);
  };
  const out = new Set<string>();
  for (const l of a.layers)
    for (const p of l.inputs) {
      const u = rep(p);
      const v = rep(l.path);
      if (u !== v) out.add(`${u} -> ${v}`);
    }
  return out;
}

const overlaps = (
  p: { x: number; y: number; width: number; height: number },
  q: { x: number; y: number; width: number; height: number },
) =>
  p.x < q.x + q.width - 0.5 &&
  q.x < p.x + p.width - 0.5 &&
  p.y < q.y + q.height - 0.5 &&
  q.y < p.y + p.height - 0.5;

function checkGeometry(a: Analysis, L: GraphLayout) {
  // No two node boxes overlap (sweep over y to keep it fast on big graphs).
  const byY = [...L.nodes].sort((p, q) => p.y - q.y);
  for (let i = 0; i < byY.length; i++)
    for (let j = i + 1; j < byY.length && byY[j].y < byY[i].y + byY[i].height; j++)
      expect(overlaps(byY[i], byY[j]), `${byY[i].id} overlaps ${byY[j].id}`).toBe(false);
  // Every node lies inside the box of each expanded module that holds it; boxes nest.
  const groups = new Map(L.groups.map((g) => [g.id, g]));
  const inside = (
    n: { x: number; y: number; width: number; height: number },
    g: { x: number; y: number; width: number; height: number },
  ) =>
    n.x >= g.x - 0.01 &&
    n.y >= g.y - 0.01 &&
    n.x + n.width <= g.x + g.width + 0.01 &&
    n.y + n.height <= g.y + g.height + 0.01;
  for (const n of [...L.nodes, ...L.groups]) {
    const parts = n.id.split('/');
    for (let k = 1; k < parts.length; k++) {
      const g = groups.get(parts.slice(0, k).join('/'));
      if (g) expect(inside(n, g), `${n.id} outside ${g.id}`).toBe(true);
    }
  }
  // Edge polylines start at their source box and end at their target box.
  const nodes = new Map(L.nodes.map((n) => [n.id, n]));
  for (const e of L.edges) {
    const s = nodes.get(e.source)!;
    const t = nodes.get(e.target)!;
    const p0 = e.points[0];
    const p1 = e.points[e.points.length - 1];
    expect(Math.abs(p0.x - (s.x + s.width / 2)) <= s.width / 2 + 1).toBe(true);
    expect(Math.abs(p0.y - (s.y + s.height / 2)) <= s.height / 2 + 1).toBe(true);
    expect(Math.abs(p1.x - (t.x + t.width / 2)) <= t.width / 2 + 1).toBe(true);
    expect(Math.abs(p1.y - (t.y + t.height / 2)) <= t.height / 2 + 1).toBe(true);
  }
  expect(a.layers.length).toBeGreaterThan(0);
}

describe('visible nodes at collapse levels', () => {
  const vgg = analyzeId('vgg16');
  const resnet50 = analyzeId('resnet50');

  it('vgg16: 41 leaves fully expanded, 5 top-level items collapsed', () => {
    // 40 layers + the input leaf (CLI `analyze vgg16`: totals.layers 40).
    expect(visibleNodes(vgg, allModules(vgg))).toHaveLength(41);
    // Root children of the vgg builder: input, features, avgpool, flatten, classifier.
    expect(visibleNodes(vgg, new Set())).toEqual([
      'input',
      'features',
      'avgpool',
      'flatten',
      'classifier',
    ]);
    // Small net: the default is fully expanded.
    expect(visibleNodes(vgg, defaultExpanded(vgg))).toHaveLength(41);
  });

  it('resnet50: stages only, then 16 bottleneck blocks', () => {
    // Collapsed: input, stem, layer1..layer4, avgpool, flatten, fc.
    expect(visibleNodes(resnet50, new Set())).toHaveLength(9);
    // Expanding the four stages shows their 3 + 4 + 6 + 3 = 16 blocks (He et al. 2016, Table 1).
    const stages = new Set(['layer1', 'layer2', 'layer3', 'layer4']);
    expect(visibleNodes(resnet50, stages)).toHaveLength(9 - 4 + 16);
    expect(visibleNodes(resnet50, allModules(resnet50))).toHaveLength(resnet50.layers.length);
  });

  it('default collapse level stays within 150 nodes and collapses ResNet-1202 to its stages', () => {
    for (const a of [resnet50, analyzeId('googlenet'), analyzeId('densenet121')]) {
      const n = visibleNodes(a, defaultExpanded(a)).length;
      expect(n).toBeLessThanOrEqual(150);
      expect(n).toBeGreaterThan(20);
    }
    const r1202 = analyzeSpec(cifarResnet(200));
    // 6·200 + 2 = 1202 deep; a repeat of 199 blocks cannot open within 150 nodes.
    const d = defaultExpanded(r1202);
    expect(d.has('stage1/rest')).toBe(false);
    expect(visibleNodes(r1202, d).length).toBeLessThanOrEqual(150);
  });

  it('a collapsed module stands for exactly its leaves (counts add up)', () => {
    fc.assert(
      fc.property(
        fc.subarray([...allModules(resnet50)], {
          maxLength: Math.min(40, allModules(resnet50).size),
        }),
        (paths) => {
          const ex = new Set(paths);
          const nodes = visibleNodes(resnet50, ex);
          const byPath = new Map(resnet50.modules.map((m) => [m.path, m]));
          const leaves = nodes.reduce((s, id) => {
            const m = byPath.get(id);
            return s + (m ? m.end - m.start : 1);
          }, 0);
          expect(leaves).toBe(resnet50.layers.length);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('lifted edges', () => {
  it('residual stage collapsed: one edge in, one edge out', () => {
    const a = analyzeSpec(cifarResnet(2));
    const L = layoutGraph(a, new Set(['stem']));
    const es = L.edges.map((e) => `${e.source} -> ${e.target}`);
    expect(es).toContain('stem/relu -> stage1');
    expect(es).toContain('stage1 -> stage2');
    expect(es.filter((e) => e.startsWith('stage1 '))).toHaveLength(1);
  });

  it('an expanded residual block shows the add reading both the branch and the block input', () => {
    const a = analyzeSpec(cifarResnet(2));
    const ex = new Set(['stage1', 'stage1/block1', 'stage1/block1/res']);
    const es = new Set(layoutGraph(a, ex).edges.map((e) => `${e.source} -> ${e.target}`));
    // The empty shortcut passes stem/relu straight to the add.
    expect(es.has('stem -> stage1/block1/res/main')).toBe(true);
    expect(es.has('stem -> stage1/block1/res/add')).toBe(true);
    expect(es.has('stage1/block1/res/main -> stage1/block1/res/add')).toBe(true);
  });

  it('NASNet-style cells read the two previous cells', () => {
    const a = analyzeSpec(twoInputCells(4));
    const es = new Set(layoutGraph(a, new Set()).edges.map((e) => `${e.source} -> ${e.target}`));
    expect(es.has('cell1 -> cell3')).toBe(true);
    expect(es.has('cell2 -> cell3')).toBe(true);
  });

  it('equal the brute-force lifting for random collapse levels (googlenet, densenet121)', () => {
    for (const a of [analyzeId('googlenet'), analyzeId('densenet121')]) {
      const mods = [...allModules(a)];
      fc.assert(
        fc.property(fc.subarray(mods, { maxLength: Math.min(60, mods.length) }), (paths) => {
          const ex = new Set(paths);
          const got = new Set(layoutGraph(a, ex).edges.map((e) => `${e.source} -> ${e.target}`));
          expect(got).toEqual(liftedEdges(a, ex));
        }),
        { numRuns: 8 },
      );
    }
  });
});

describe('layout geometry', () => {
  it('resnet50, googlenet, nasnet-a-large: no overlaps, groups contain children', () => {
    for (const id of ['resnet50', 'googlenet', 'nasnet-a-large']) {
      const a = analyzeId(id);
      checkGeometry(a, layoutGraph(a, defaultExpanded(a)));
      checkGeometry(a, layoutGraph(a, allModules(a)));
    }
  }, 60_000);

  it('fully expanded ResNet-1202 (synthetic, 4,211 leaves) lays out every leaf', () => {
    const a = analyzeSpec(cifarResnet(200));
    const L = layoutGraph(a, allModules(a));
    expect(L.nodes).toHaveLength(a.layers.length);
    checkGeometry(a, L);
  }, 60_000);
});

describe('spine fast path (chain + side column + skip lanes)', () => {
  it('a ResNet-50 bottleneck: main path in one column, downsample and shortcut beside it', () => {
    const a = analyzeId('resnet50');
    const L = layoutGraph(a, defaultExpanded(a));
    checkGeometry(a, L);
    const nodes = new Map(L.nodes.map((n) => [n.id, n]));
    const cx = (n: { x: number; width: number }) => n.x + n.width / 2;
    // torchvision Bottleneck: conv1 bn1 relu conv2 bn2 relu conv3 bn3, add(identity), relu.
    const main = ['conv1', 'bn1', 'relu1', 'conv2', 'bn2', 'relu2', 'conv3', 'bn3', 'add', 'relu'];
    for (const b of ['layer1/block1', 'layer1/block2']) {
      const col = main.map((c) => nodes.get(`${b}/${c}`)!);
      for (const n of col) expect(cx(n)).toBeCloseTo(cx(col[0]), 6);
      for (let k = 1; k < col.length; k++) expect(col[k].y).toBeGreaterThan(col[k - 1].y);
      const colRight = Math.max(...col.map((n) => n.x + n.width));
      const add = nodes.get(`${b}/add`)!;
      // The add reads exactly two things: bn3 (straight above it) and the shortcut.
      const into = L.edges.filter((e) => e.target === add.id);
      expect(into).toHaveLength(2);
      const shortcut = into.find((e) => e.source !== `${b}/bn3`)!;
      if (b === 'layer1/block1') {
        // Projection shortcut: the collapsed downsample module sits right of the column,
        // between the block's first layer and its add.
        const ds = nodes.get(`${b}/downsample`)!;
        expect(shortcut.source).toBe(ds.id);
        expect(ds.x).toBeGreaterThan(colRight);
        expect(ds.y).toBeGreaterThan(col[0].y);
        expect(ds.y + ds.height).toBeLessThan(add.y);
      } else {
        // Identity shortcut from the previous block's output: a lane right of the column.
        expect(shortcut.source).toBe('layer1/block1/relu');
        const xs = shortcut.points.map((p) => p.x);
        expect(Math.max(...xs)).toBeGreaterThan(colRight);
      }
      // The shortcut ends on the add's right side, at its mid-height.
      const last = shortcut.points[shortcut.points.length - 1];
      expect(last.x).toBeCloseTo(add.x + add.width, 6);
      expect(last.y).toBeCloseTo(add.y + add.height / 2, 6);
    }
  });

  it('side children that would share rows go to dagre (Inception), still without overlaps', () => {
    const a = analyzeId('googlenet');
    const L = layoutGraph(a, defaultExpanded(a));
    checkGeometry(a, L);
    // Inception 3a's four branches (Szegedy et al. 2015, Fig. 2b) sit side by side: every pair
    // shares rows, which the side column forbids.
    const br = L.groups.filter((g) => /^stage3\/inception3a\/branch\d$/.test(g.id));
    expect(br).toHaveLength(4);
    for (const p of br)
      for (const q of br) expect(p.y < q.y + q.height && q.y < p.y + p.height).toBe(true);
  });
});

describe('frame headers', () => {
  it('name the module and its kind, the kind once when it is also the name', () => {
    const a = analyzeId('vgg16');
    const g = layoutGraph(a, defaultExpanded(a));
    const label = (id: string) => g.groups.find((b) => b.id === id)!.label;
    // VGG-16's `features` module is of kind "features"; its stages are of kind "stage".
    expect(label('features')).toBe('features');
    // The kind "stage" is not repeated after a label that names it.
    expect(label('features/stage1')).toBe('Stage 1: 2× conv 3×3, 64');
  });
});

describe('layout options', () => {
  it('a changed rank gap is laid out anew, not served from the cache of the default one', () => {
    // Inception 3a open, its branches collapsed: four 38 px module boxes (nodeHeight 34 + 4) in
    // one rank and the 34 px concat in the next, laid out by dagre. Top to top, the concat sits
    // one branch height plus one rank gap below the branches: 38 + 22 = 60 px at the default
    // rankSep, 38 + 40 = 78 px at rankSep 40. The boxes' sizes do not depend on the rank gap, so
    // a cache keyed on sizes alone would serve the 60 px layout again.
    const a = analyzeId('googlenet');
    const open = new Set(['stage3', 'stage3/inception3a']);
    for (const [rankSep, drop] of [
      [22, 60],
      [40, 78],
      [22, 60],
    ]) {
      const L = layoutGraph(a, open, { rankSep });
      const y = (id: string) => L.nodes.find((n) => n.id === `stage3/inception3a/${id}`)!.y;
      for (const b of ['branch1', 'branch2', 'branch3', 'branch4'])
        expect(y('concat') - y(b)).toBe(drop);
    }
  });
});
