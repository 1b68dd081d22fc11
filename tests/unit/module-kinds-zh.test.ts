/**
 * A module's kind (a spec value: `bottleneck`, `dense-block` …) shows in the diagram frames, the
 * collapsed boxes, the layer table and the inspector. In Chinese every kind the catalog uses is
 * named in the lecture's terms (src/i18n/zh/graph.ts), except `stem` and `mlpconv`, kept as
 * written like the catalog texts keep them; a kind no one named (a user's own) stays as written.
 */
import { describe, expect, it } from 'vitest';
import { listIds, buildModel } from '../../src/catalog/index';
import { analyze } from '../../src/engine/analyze';
import { graphWords as en } from '../../src/i18n/en/graph';
import { graphWords as zh } from '../../src/i18n/zh/graph';

const KEPT = new Set(['stem', 'mlpconv']);
const kinds = new Set<string>();
for (const id of listIds()) {
  for (const m of analyze(buildModel(id)).modules) kinds.add(String(m.kind));
}

describe('module kinds in Chinese', () => {
  it('the catalog uses many kinds (the walk found them)', () => {
    // ResNet's stage and bottleneck, DenseNet's dense-block and transition, GoogLeNet's
    // aux-classifier, NASNet's cells: at least these must be found.
    for (const k of ['stage', 'bottleneck', 'dense-block', 'transition', 'aux-classifier'])
      expect(kinds).toContain(k);
  });

  it.each([...kinds].sort())('%s is named in Chinese', (kind) => {
    expect(en.kind(kind)).toBe(kind);
    const said = zh.kind(kind);
    if (KEPT.has(kind)) expect(said).toBe(kind);
    else expect(said).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a kind no table names is shown as written', () => {
    expect(zh.kind('my-block')).toBe('my-block');
    expect(zh.kind('toString')).toBe('toString');
  });
});
