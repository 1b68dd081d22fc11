/**
 * The dagre library loads on demand (src/layout/graph/strategies/dagre.ts): a layout that needs it
 * says so with DagreNotLoaded until it has been loaded; networks that chains, cells and spines
 * lay out never need it. The test setup provides dagre to every other test, so this one takes
 * fresh copies of the layout modules, which have not been given it.
 */
import { expect, it, vi } from 'vitest';
import { analyzeId } from '../helpers';

it('needs dagre only for graphs no hand-written strategy takes, and lays them out once loaded', async () => {
  vi.resetModules();
  const graph = await import('../../src/layout/graph');
  expect(graph.dagreLoaded()).toBe(false);
  // LeNet-5 and ResNet-50 are a chain and a spine of residual cells: no dagre.
  for (const id of ['lenet5', 'resnet50']) {
    const a = analyzeId(id);
    expect(graph.layoutGraph(a, graph.defaultExpanded(a)).nodes.length).toBeGreaterThan(0);
  }
  // GoogLeNet at its default level opens its Inception modules: four parallel branches, which
  // go to dagre.
  const g = analyzeId('googlenet');
  const open = graph.defaultExpanded(g);
  expect(open.has('stage3/inception3a')).toBe(true);
  expect(() => graph.layoutGraph(g, open)).toThrow(graph.DagreNotLoaded);
  await graph.loadDagre();
  expect(graph.dagreLoaded()).toBe(true);
  const layout = graph.layoutGraph(g, open);
  expect(layout.nodes.some((n) => n.id.startsWith('stage3/inception3a/branch'))).toBe(true);
});
