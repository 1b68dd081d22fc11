// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveModel } from '../../src/store/derived';
import {
  URL_DEFAULTS,
  createAppStore,
  parseHash,
  pickUrlState,
  serializeHash,
  syncHash,
  type UrlState,
  type CompareItem,
} from '../../src/store/index';
import { noticeText } from '../../src/views/notices';

describe('createAppStore', () => {
  it('gives every test a fresh store with the URL defaults', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().openModel('vgg16');
    a.getState().select('features/stage1/conv1_1');
    expect(a.getState().modelId).toBe('vgg16');
    expect(b.getState().modelId).toBe('');
    expect(pickUrlState(b.getState())).toEqual(URL_DEFAULTS);
  });

  it('holds choices only: no analysis, spec or totals in the state', () => {
    const s = createAppStore();
    s.getState().openModel('vgg16');
    s.getState().setInput([3, 227, 227]);
    s.getState().select('classifier/fc6');
    const data = Object.entries(s.getState()).filter(([, v]) => typeof v !== 'function');
    expect(data.map(([k]) => k).sort()).toEqual(
      [
        'batch',
        'card',
        'chartScale',
        'compare',
        'compute',
        'diagramStyle',
        'hovered',
        'input',
        'knobs',
        'memoryMarks',
        'modelId',
        'notices',
        'optimizer',
        'page',
        'precision',
        'query',
        'selected',
        'timed',
        'topic',
        'step',
        'present',
        'embed',
        'theme',
        'lang',
        'language',
      ].sort(),
    );
    expect(JSON.stringify(data)).not.toMatch(/"layers"|"totals"|"params"/);
  });

  it('derives the analysis from the choices, memoized on (model, knobs, input)', () => {
    const a = deriveModel('vgg16', {}, null);
    expect(deriveModel('vgg16', {}, null)).toBe(a);
    // torchvision vgg16 num_params (tests/fixtures torch-reference-subset.json "vgg16").
    expect(a.analysis!.totals.params).toBe(138_357_544);
    const b = deriveModel('vgg16', {}, [3, 32, 32]);
    expect(b.analysis!.input).toEqual([3, 32, 32]);
    // Hand: at 32×32 the five 2×2 pools leave 1×1, the adaptive pool repeats it to 7×7.
    expect(b.analysis!.layers.find((l) => l.path === 'features/stage5/pool5')!.out).toEqual([
      512, 1, 1,
    ]);
  });

  it('keeps the error and a default-input fallback when the input is too small', () => {
    const d = deriveModel('vgg16', {}, [3, 16, 16]);
    expect(d.analysis).toBeUndefined();
    // Hand: 16 → 8 → 4 → 2 → 1 after pool4, so pool5's 2×2 window no longer fits.
    expect(d.error!.path).toBe('features/stage5/pool5');
    expect(d.error!.rule).toBe('kernel-fits');
    expect(d.fallback!.input).toEqual([3, 224, 224]);
  });

  it('reports unknown models and impossible knobs as errors, not crashes', () => {
    expect(deriveModel('nope', {}, null).error!.rule).toBe('unknown-model');
    expect(deriveModel('vgg', { depth: '17' }, null).error!.rule).toBe('bad-knob');
  });

  it('canonicalizes knob changes: a preset id when the values match one', () => {
    const s = createAppStore();
    s.getState().openModel('vgg16');
    s.getState().setKnob('depth', '19');
    expect([s.getState().modelId, s.getState().knobs]).toEqual(['vgg19', {}]);
    s.getState().setKnob('classes', '10');
    expect([s.getState().modelId, s.getState().knobs]).toEqual([
      'vgg',
      { depth: '19', classes: '10' },
    ]);
    s.getState().setKnob('classes', '1000');
    expect([s.getState().modelId, s.getState().knobs]).toEqual(['vgg19', {}]);
  });
});

describe('URL table', () => {
  it('round-trips a full model URL', () => {
    const hash =
      '#/model/vgg?depth=19&batchNorm=true&layer=features/stage3/conv3_1&input=3x227x227&batch=8&precision=fp16&compute=flops&style=volumes&scale=log';
    const { state, notices } = parseHash(hash);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      page: 'model',
      modelId: 'vgg',
      knobs: { depth: '19', batchNorm: 'true' },
      selected: 'features/stage3/conv3_1',
      input: [3, 227, 227],
      batch: 8,
      precision: 'fp16',
      compute: 'flops',
      diagramStyle: 'volumes',
      chartScale: 'log',
    });
    expect(serializeHash(state)).toBe(hash);
  });

  it('writes defaults as nothing: the catalog is #/ and a plain model is #/model/<id>', () => {
    expect(serializeHash(URL_DEFAULTS)).toBe('#/');
    expect(serializeHash({ ...URL_DEFAULTS, page: 'model', modelId: 'vgg16' })).toBe(
      '#/model/vgg16',
    );
    expect(serializeHash({ ...URL_DEFAULTS, query: 'res net' })).toBe('#/?q=res%20net');
  });

  it('round-trips any valid state (property)', () => {
    const state = fc.record({
      page: fc.constant('model' as const),
      modelId: fc.constantFrom('vgg16', 'vgg19', 'vgg'),
      knobs: fc.record(
        {
          depth: fc.constantFrom('11', '13', '16', '19'),
          batchNorm: fc.constantFrom('true', 'false'),
          classes: fc.integer({ min: 1, max: 100000 }).map(String),
        },
        { requiredKeys: [] },
      ),
      query: fc.constant(''),
      selected: fc.option(
        fc
          .array(fc.stringMatching(/^[a-z0-9_.-]{1,8}$/), { minLength: 1, maxLength: 4 })
          .map((p) => p.join('/')),
        { nil: null },
      ),
      input: fc.option(
        fc.tuple(
          fc.integer({ min: 1, max: 4096 }),
          fc.integer({ min: 1, max: 8192 }),
          fc.integer({ min: 1, max: 8192 }),
        ),
        { nil: null },
      ),
      batch: fc.integer({ min: 1, max: 4096 }),
      precision: fc.constantFrom(
        'fp32' as const,
        'fp16' as const,
        'bf16' as const,
        'int8' as const,
      ),
      optimizer: fc.constantFrom('sgd' as const, 'momentum' as const, 'adam' as const),
      card: fc.integer({ min: 1, max: 4096 }),
      compute: fc.constantFrom('macs' as const, 'flops' as const),
      diagramStyle: fc.constantFrom('graph' as const, 'volumes' as const),
      chartScale: fc.constantFrom('linear' as const, 'log' as const),
      compare: fc.constant<CompareItem[]>([]),
      timed: fc.constant(null),
      topic: fc.constant(''),
      step: fc.constant(1),
      present: fc.boolean(),
      embed: fc.boolean(),
      theme: fc.constantFrom(
        'auto' as const,
        'light' as const,
        'dark' as const,
        'projector' as const,
      ),
      lang: fc.constantFrom(null, 'en' as const, 'zh' as const),
    });
    fc.assert(
      fc.property(state, (s: UrlState) => {
        const back = parseHash(serializeHash(s));
        expect(back.notices).toEqual([]);
        expect(back.state).toEqual(s);
      }),
      { numRuns: 200 },
    );
  });

  it('drops bad values to their defaults, one notice each, never throwing', () => {
    const parsed = parseHash(
      '#/model/vgg16?batch=0&precision=fp64&input=3x0x224&depth=17&foo=1&style=3d&layer=a//b',
    );
    const { state } = parsed;
    // The notices as the notice bar words them in English.
    const notices = parsed.notices.map(noticeText);
    expect(state).toEqual({ ...URL_DEFAULTS, page: 'model', modelId: 'vgg16' });
    expect(notices).toHaveLength(7);
    expect(notices.join('\n')).toMatch(/batch="0".*between 1 and 4096/);
    expect(notices.join('\n')).toMatch(/depth="17"/);
    expect(notices.join('\n')).toMatch(/VGG has no knob "foo"/);
  });

  it('reads a walk-through route with its step, and the display fields on any page', () => {
    const { state, notices } = parseHash('#/explain/inception?step=4&present=1&theme=dark');
    expect(notices).toEqual([]);
    expect(state).toEqual({
      ...URL_DEFAULTS,
      page: 'explain',
      topic: 'inception',
      step: 4,
      present: true,
      theme: 'dark',
    });
    expect(serializeHash(state)).toBe('#/explain/inception?step=4&present=1&theme=dark');
    // step belongs to walk-throughs; embed to every page.
    const m = parseHash('#/model/vgg16?step=2&embed=1&present=yes');
    expect(m.state.step).toBe(1);
    expect(m.state.embed).toBe(true);
    expect(m.notices).toEqual([
      { code: 'ignored', key: 'present', raw: 'yes', why: { code: 'flag' } },
    ]);
    expect(m.notices.map(noticeText)).toEqual(['Ignored present="yes": must be 1 or 0.']);
  });

  it('falls back to the catalog for an unknown page', () => {
    const { state, notices } = parseHash('#/nowhere/else');
    expect(state.page).toBe('catalog');
    expect(notices).toHaveLength(1);
  });
});

describe('syncHash', () => {
  it('reads the hash, writes store changes back, and follows back/forward', async () => {
    window.history.replaceState(null, '', '#/model/vgg16?layer=classifier/fc6&batch=4');
    const store = createAppStore();
    const stop = syncHash(store, window);
    expect(store.getState()).toMatchObject({
      page: 'model',
      modelId: 'vgg16',
      selected: 'classifier/fc6',
      batch: 4,
    });

    store.getState().select('features/stage1/conv1_1');
    expect(window.location.hash).toBe('#/model/vgg16?layer=features/stage1/conv1_1&batch=4');
    const before = window.history.length;
    store.getState().openModel('vgg19');
    expect(window.location.hash).toBe('#/model/vgg19?batch=4');
    // A model change is a new history entry; a selection change is not.
    expect(window.history.length).toBe(before + 1);

    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    window.history.back();
    await popped;
    expect(store.getState().modelId).toBe('vgg16');
    expect(store.getState().selected).toBe('features/stage1/conv1_1');
    stop();
  });

  it('shows a notice for a bad URL and rewrites it to the canonical form', () => {
    window.history.replaceState(null, '', '#/model/vgg16?batch=-3');
    const store = createAppStore();
    const stop = syncHash(store, window);
    expect(store.getState().batch).toBe(1);
    expect(noticeText(store.getState().notices[0])).toMatch(/batch="-3"/);
    expect(window.location.hash).toBe('#/model/vgg16');
    stop();
  });

  it('keeps a notice while the page stays, and drops it when the reader goes to another model', () => {
    window.history.replaceState(null, '', '#/model/resnet?depth=37');
    const store = createAppStore();
    const stop = syncHash(store, window);
    // The rewrite to the canonical URL (without depth=37) keeps the notice.
    expect(window.location.hash).toBe('#/model/resnet');
    expect(store.getState().notices).toHaveLength(1);
    // Another knob on the same model: still the link that opened this page.
    store.getState().applyUrl({ ...store.getState(), selected: 'stem/conv1' });
    expect(store.getState().notices).toHaveLength(1);
    // Another model: the notice spoke of the old link and goes.
    store.getState().applyUrl({ ...store.getState(), modelId: 'densenet121' });
    expect(store.getState().notices).toEqual([]);
    stop();
  });
});
