/**
 * Knob values are checked in one place, from the family's declaration: the URL, the command
 * line and code get the same rule and the same message.
 */
import { describe, expect, it } from 'vitest';
import { expectBadKnob } from '../helpers';
import { families, parseFamilyKnob, resolveKnobs } from '../../src/catalog/index';
import { block, fc, flatten, input } from '../../src/catalog/blocks';
import { choice, classesKnob, defineFamily, int } from '../../src/catalog/knobs';
import { analyze, engineText, parseSpec } from '../../src/engine/index';
import { parseHash } from '../../src/store/url';
import { noticeText } from '../../src/views/notices';

const resnet = families.get('resnet')!;

describe('parseFamilyKnob', () => {
  it.each([
    // Whole numbers in decimal digits only: hex, exponents and Infinity are not knob values.
    ['classes', '10', true],
    ['classes', '0x10', false],
    ['classes', '1e3', false],
    ['classes', 'Infinity', false],
    ['classes', ' 10', false],
    ['classes', '10.5', false],
    ['classes', '0', false],
    ['classes', '100001', false],
    ['depth', '101', true],
    ['depth', '100', false],
    ['stride', '1x1', true],
    ['stride', '2x2', false],
  ] as const)('resnet %s = "%s" → %s', (key, raw, ok) => {
    expect(parseFamilyKnob(resnet, key, raw).ok).toBe(ok);
  });

  it('names the knob and the rule', () => {
    /** The English sentence of a refused value (the message is data: a code and its values). */
    const why = (key: string, raw: string) => {
      const r = parseFamilyKnob(resnet, key, raw);
      return r.ok ? undefined : engineText(r.msg);
    };
    expect(parseFamilyKnob(resnet, 'depth', '37')).toEqual({
      ok: false,
      msg: {
        code: 'knob-value',
        label: 'Depth',
        key: 'depth',
        // resnet's depth choices (src/catalog/resnet.ts)
        why: { code: 'one-of', values: ['18', '34', '50', '101', '152'] },
      },
    });
    expect(why('depth', '37')).toBe('Depth (depth) must be one of 18, 34, 50, 101, 152');
    expect(why('classes', '0x10')).toBe(
      'Classes (classes) must be written in decimal digits (e.g. 16 or 0.5)',
    );
    expect(why('classes', 'ten')).toBe('Classes (classes) must be a number');
    expect(why('dept', '50')).toMatch(/has no knob "dept"; its knobs are depth, block/);
  });

  it('the URL reports the same message and keeps only good values', () => {
    const { state, notices } = parseHash('#/model/resnet?depth=37&classes=0x10&width=2');
    expect(state.knobs).toEqual({ width: '2' });
    expect(notices.map(noticeText)).toEqual([
      'Ignored depth="37": Depth (depth) must be one of 18, 34, 50, 101, 152.',
      'Ignored classes="0x10": Classes (classes) must be written in decimal digits (e.g. 16 or 0.5).',
    ]);
  });
});

describe('resolveKnobs and Family.build', () => {
  it('fills defaults and converts URL text to the declared types', () => {
    expect(resolveKnobs(resnet, { depth: '101', width: '2' })).toEqual({
      depth: 101,
      block: 'auto',
      stride: '3x3',
      width: 2,
      classes: 1000,
    });
  });

  it('a family checks values handed to build directly, not only through the catalog', () => {
    expect(() => families.get('vgg')!.build({ depth: 17 })).toThrow(
      /must be one of 11, 13, 16, 19/,
    );
    expectBadKnob('vgg', { depth: 17 }, /must be one of 11, 13, 16, 19/);
  });
});

describe('defineFamily', () => {
  const toy = defineFamily({
    id: 'toy',
    name: 'Toy',
    knobs: {
      size: choice([8, 16], { label: 'Size', default: 8, labels: { 16: 'large' }, help: 'Side.' }),
      width: int({ label: 'Width', default: 4, min: 1, max: 64, suggest: [4, 8], help: 'Ch.' }),
      classes: classesKnob(3),
    },
    build: (v) => ({
      root: block('toy', 'network', [
        input([1, v.size, v.size]),
        flatten('flatten'),
        fc('fc', v.classes * v.width),
      ]),
    }),
  });

  it('describes the knobs in declaration order for forms and URLs', () => {
    expect(toy.knobs.map((k) => [k.key, k.kind, k.default])).toEqual([
      ['size', 'choice', 8],
      ['width', 'int', 4],
      ['classes', 'int', 3],
    ]);
    expect(toy.knobs[0].choices).toEqual([
      { value: 8, label: '8' },
      { value: 16, label: 'large' },
    ]);
    // An int knob's suggestions travel as its choices; any value in range is still accepted.
    expect(toy.knobs[1].choices?.map((c) => c.value)).toEqual([4, 8]);
    expect(parseFamilyKnob(toy, 'width', '5').ok).toBe(true);
  });

  it('hands build typed, complete values', () => {
    const a = analyze(parseSpec(toy.build({ size: '16', width: '2' })));
    // Input 1×16×16; fc out = classes · width = 3 · 2; params 256·6 + 6.
    expect([a.input, a.output, a.totals.params]).toEqual([[1, 16, 16], [6], 256 * 6 + 6]);
  });
});
