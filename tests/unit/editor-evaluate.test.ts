/**
 * The editor's checks, without a browser: problems point at the line and layer path with the
 * rule, and completion offers what the spec's JSON Schema allows at the cursor.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/catalog/index';
import { specJsonSchema } from '../../src/engine/index';
import { evaluate, problemText } from '../../src/views/edit/evaluate';
import { locatePath } from '../../src/views/edit/json-tree';
import * as i18n from '../../src/i18n/index';
import { completeAt, schemaShown } from '../../src/views/edit/schema-complete';

const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

describe('evaluate', () => {
  it('a valid notation gives the analysis', () => {
    const r = evaluate('input 1x28x28, conv5-20/p0, maxpool, fc-10', 'notation');
    // conv 1→20, 5×5: 20·25 + 20 = 520; 20×12×12 = 2880 → fc 10: 28,800 + 10 = 28,810 (hand count).
    expect(r.ok && r.analysis.totals.params).toBe(520 + 28_810);
  });

  it('an engine error in the notation points at its item, path and rule', () => {
    const text = 'input 3x16x16,\nconv3-8, maxpool ×4,\nconv3-8/p0, fc-10';
    const r = evaluate(text, 'notation');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // 16 → four 2×2 pools → 1×1; a 3×3 conv without padding cannot fit.
    expect(r.problem).toMatchObject({ line: 3, path: 'conv5_1', rule: 'kernel-fits' });
    expect(text.slice(r.problem.from, r.problem.to)).toBe('conv3-8/p0');
    expect(problemText(r.problem)).toMatch(/^line 3 · conv5_1 · kernel-fits: /);
  });

  it('a notation syntax error names the token', () => {
    const r = evaluate('conv3-64,\nconv3-12x', 'notation');
    expect(!r.ok && r.problem).toMatchObject({ line: 2, rule: 'notation' });
    expect(!r.ok && r.problem.detail).toMatch(/^"conv3-12x": /);
  });

  it('a JSON syntax error points at the first bad character', () => {
    const text = '{\n  "root": {\n    "op": "block",,\n  }\n}';
    const r = evaluate(text, 'json');
    expect(!r.ok && r.problem).toMatchObject({ line: 3, rule: 'syntax' });
  });

  it('a spec error in JSON points at the layer named by the path', () => {
    const spec = JSON.parse(JSON.stringify(buildModel('vgg16')));
    spec.root.layers[1].layers[2].layers[2].kernel = 99; // features/stage3/conv3_2
    const text = JSON.stringify(spec, null, 2);
    const r = evaluate(text, 'json');
    expect(!r.ok && r.problem).toMatchObject({
      path: 'features/stage3/conv3_2',
      rule: 'kernel-fits',
    });
    expect(!r.ok && r.problem.line).toBe(lineOf(text, '"name": "conv3_2"'));
  });

  it('locates a repeat copy at its body', () => {
    const text = JSON.stringify(
      {
        root: {
          op: 'block',
          name: 'n',
          layers: [{ op: 'repeat', name: 'stack', count: 3, body: { op: 'relu', name: 'act' } }],
        },
      },
      null,
      2,
    );
    const r = locatePath(text, 'stack/act2')!;
    expect(text.slice(r.from, r.to)).toBe('"name": "act"');
  });
});

describe('schema completion', () => {
  it('inside quotes, replaces up to the closing quote and inserts the rest', () => {
    const text = '{"root": {"op": "block", "name": "n", "layers": [{"op": "conv", "k"}]}}';
    const pos = text.indexOf('"k"') + 2;
    const r = completeAt(text, pos, specJsonSchema())!;
    expect(text.slice(r.from, r.to)).toBe('k"');
    expect(r.options.find((o) => o.label === 'kernel')?.apply).toBe('kernel": ');
  });

  const schema = specJsonSchema();
  const labels = (text: string, pos = text.indexOf('|')) =>
    completeAt(text.replace('|', ''), pos, schema)?.options.map((o) => o.label) ?? [];

  it('offers every op name as the value of "op"', () => {
    const ops = labels('{"root": {"op": "block", "name": "n", "layers": [{"op": "|"}]}}');
    expect(ops).toEqual(expect.arrayContaining(['conv', 'pool', 'fc', 'block', 'parallel']));
  });

  it("offers a conv's remaining fields once its op is known", () => {
    const keys = labels(
      '{"root": {"op": "block", "name": "n", "layers": [{"op": "conv", "name": "c", |}]}}',
    );
    expect(keys).toEqual(expect.arrayContaining(['out', 'kernel', 'stride', 'padding', 'groups']));
    expect(keys).not.toContain('op');
    expect(keys).not.toContain('mode');
  });

  it("offers a pool's modes", () => {
    expect(
      labels('{"root": {"op": "block", "name": "n", "layers": [{"op": "pool", "mode": "|"}]}}'),
    ).toEqual(['max', 'avg']);
  });
});

describe('schema completion in the language shown', () => {
  // The op value "conv": its help is conv's `doc` (src/engine/ops/conv.ts), whose Chinese is
  // src/i18n/zh/schema-docs.ts.
  const text = '{"root": {"op": "block", "name": "n", "layers": [{"op": "|"}]}}';
  const convInfo = () =>
    completeAt(text.replace('|', ''), text.indexOf('|'), schemaShown())?.options.find(
      (o) => o.label === 'conv',
    )?.info;

  it('gives each op’s help in English, then in Chinese after a switch', async () => {
    await i18n.setLang('en');
    expect(convInfo()).toBe(
      'convolution: `out` filters of `kernel` over the input channels (or `groups` of them)',
    );
    await i18n.setLang('zh');
    expect(convInfo()).toBe(
      '卷积：`out` 个大小为 `kernel` 的卷积核作用于输入通道（或其中的 `groups` 组）',
    );
    await i18n.setLang('en');
  });
});
