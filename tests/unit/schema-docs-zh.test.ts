/**
 * The spec format's help in Chinese (src/i18n/zh/schema-docs.ts): every description of the JSON
 * Schema (each op's and field's `doc`, src/engine/schema.ts) has a Chinese twin, none is left
 * over, and the Chinese holds no English word but op names, field names, values as written and
 * notation. The English schema (the CLI's `--schema`) is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { schemaDescriptions, specJsonSchema } from '../../src/engine/schema';
import { OPS } from '../../src/engine/ops/index';
import { schemaDocs as zh } from '../../src/i18n/zh/schema-docs';

/**
 * Latin words of 3+ letters the Chinese may keep: op names, field names and values as a spec
 * writes them, module kinds, functions in formulas, and proper names.
 */
const ALLOWED = new Set([
  ...Object.keys(OPS),
  ...['block', 'parallel', 'repeat', 'body', 'count', 'from', 'name', 'shape', 'out', 'kernel'],
  ...['groups', 'global', 'output', 'size', 'full', 'same', 'valid', 'stage', 'inception'],
  ...['residual', 'fire', 'max', 'min', 'exp', 'tanh', 'TensorFlow', 'Caffe', 'vgg', 'CNN'],
]);

describe('the schema help in Chinese', () => {
  const english = new Set(schemaDescriptions());

  it('has a Chinese twin for every description and no other', () => {
    // 71 descriptions today: the ops' and fields' docs and the spec's own fields.
    expect(english.size).toBeGreaterThan(60);
    expect([...english].filter((d) => !(d in zh))).toEqual([]);
    expect(Object.keys(zh).filter((d) => !english.has(d))).toEqual([]);
  });

  it('is Chinese, with no English word but names and notation', () => {
    const bad = Object.entries(zh).flatMap(([en, z]) => {
      const words = (z.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ALLOWED.has(w));
      return !/[\u3400-\u9fff]/.test(z) || words.length > 0 ? [`${en} → ${z}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('says the schema in Chinese, and the English schema stays as it was', () => {
    const said = schemaDescriptions(specJsonSchema((d) => zh[d] ?? d));
    expect([...said].filter((d) => english.has(d))).toEqual([]);
    expect(specJsonSchema((d) => d)).toEqual(specJsonSchema());
    // The BN op's help, as the editor would show it.
    const bn = (specJsonSchema((d) => zh[d] ?? d).$defs as Record<string, { description: string }>)
      .bn;
    expect(bn.description).toBe('批量归一化：每个通道有可学习的 γ 和 β，滑动均值和方差作为缓冲区');
  });
});
