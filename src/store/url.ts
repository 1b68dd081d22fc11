/**
 * The URL hash is the app's shareable state. One table below lists every field the hash may
 * carry, with its type, default and validation; `parseHash` and `serializeHash` are the only
 * places that read or write the hash text.
 *
 * Routes: `#/` is the catalog (`#/?q=res` keeps a search); `#/model/<id>?…` is one architecture,
 * where <id> is a preset (`resnet50`) or a family (`resnet`) and every query key that is not in
 * the table is one of that family's knobs (`#/model/resnet?depth=50`); `#/explain/<topic>?step=3`
 * is a walk-through at one of its steps. `present=1`, `embed=1`, `theme=` and `lang=` work on every page.
 *
 * User networks: `#/model/mine:<id>` shows a network saved in this browser like a catalog entry,
 * `#/model/shared:<payload>` one carried by a share link (src/store/saved/). `#/edit` lists the
 * saved networks and `#/edit/<id>` edits one (the id without `mine:`, in `modelId`).
 * `#/compare/<item>,<item>…` puts 2–6 networks side by side; an item is an id with its knobs
 * after `;` (`#/compare/alexnet,resnet;depth=101;stride=1x1`). `#/landscape` charts the catalog.
 */
import { families, parseFamilyKnob, presets } from '../catalog/index';
import type { ComputeUnit, Precision } from '../engine/conventions';
import type { EngineMessage } from '../engine/messages';
import { CHART_SCALES, type ChartScale } from '../layout/bars/chart-scale';
import { OPTIMIZERS, type Optimizer } from '../engine/memory/budget';
import type { Lang } from '../i18n/index';

export type Page = 'catalog' | 'model' | 'edit' | 'import' | 'compare' | 'landscape' | 'explain';
/** `auto`: light, or projector in presentation mode. */
export type Theme = 'auto' | 'light' | 'dark' | 'projector';
export type DiagramStyle = 'graph' | 'volumes';
export type { ChartScale, Lang };
/** An input shape C×H×W (channels, height, width), batch excluded. */
export type InputShape = [number, number, number];

/** One network of a comparison: a preset or family id and its knob overrides (URL strings). */
export interface CompareItem {
  id: string;
  knobs: Record<string, string>;
}

/** How many networks a comparison holds. */
export const COMPARE_LIMITS = { min: 2, max: 6 } as const;
/** How many measured networks the landscape's timing chart draws at once (one colour each). */
export const TIMED_MAX = 8;

/** Everything the hash can carry. `hovered` and notices are not here: they are not shareable. */
export interface UrlState {
  page: Page;
  /** Preset id (`vgg16`) or family id (`vgg`); '' on the catalog page. */
  modelId: string;
  /** Walk-through topic (`inception`); '' off the explain pages. */
  topic: string;
  /** Walk-through step, 1-based. */
  step: number;
  /** Presentation mode: full screen, chrome hidden, projector theme unless one is chosen. */
  present: boolean;
  /** Embed form: no chrome, fits an iframe. */
  embed: boolean;
  theme: Theme;
  /**
   * The interface language the URL pins (`?lang=zh`), or null when the URL names none. The
   * language shown is the store's `language`: this pin when there is one, else the reader's
   * remembered choice or browser language. The URL carries it only when it carried it already
   * (a link someone pinned keeps its pin as they switch); a plain link stays language-free, so
   * a shared link opens in each reader's own language.
   */
  lang: Lang | null;
  /** Knob overrides as the URL spells them (strings); validated against the family's knobs. */
  knobs: Record<string, string>;
  /** Catalog search text. */
  query: string;
  /** Selected leaf or module path (`features/stage3/conv3_1`). */
  selected: string | null;
  /** Input C×H×W; null = the model's own default. */
  input: InputShape | null;
  /** Images per batch: multiplies compute and activation memory. */
  batch: number;
  /** Bytes per value: fp32 = 4, fp16 = bf16 = 2, int8 = 1. */
  precision: Precision;
  /** The optimizer of the training-memory budget (its state per parameter). */
  optimizer: Optimizer;
  /** The card the budget is held against, in GiB (cards sold as "16 GB" hold 16 GiB). */
  card: number;
  /** MACs or FLOPs (= 2 × MACs). */
  compute: ComputeUnit;
  diagramStyle: DiagramStyle;
  chartScale: ChartScale;
  /** The networks of `#/compare/…`, in order. */
  compare: CompareItem[];
  /** Measured networks drawn in the landscape's time-vs-batch chart (gpu-h200.json keys). */
  timed: string[] | null;
}

export const URL_DEFAULTS: UrlState = {
  page: 'catalog',
  modelId: '',
  topic: '',
  step: 1,
  present: false,
  embed: false,
  theme: 'auto',
  lang: null,
  knobs: {},
  query: '',
  selected: null,
  input: null,
  batch: 1,
  precision: 'fp32',
  optimizer: 'momentum',
  card: 16,
  compute: 'macs',
  diagramStyle: 'graph',
  chartScale: 'linear',
  compare: [],
  timed: null,
};

/**
 * Largest accepted sizes in the URL: far beyond any real use. They do not keep every count below
 * 2^53 (a deep, wide network on an 8192×8192 input can pass it, e.g. WRN-1000-32); the engine
 * refuses such a count with a SpecError naming the layer (src/engine/limits.ts), which the page
 * shows as its error, rather than show a rounded figure.
 */
export const LIMITS = { channels: 4096, spatial: 8192, batch: 4096, cardGiB: 4096 } as const;

/**
 * Why a URL value was refused, as a code and its numbers, not a sentence: the notice bar words it
 * in the language shown (src/i18n/en/shell.ts `notices.why`). `knob` carries the catalog's own
 * message (an engine message: the same data the command line words), which the notice frames.
 */
export type Why =
  | { code: 'oneOf'; values: readonly string[] }
  | { code: 'whole' }
  | { code: 'between'; min: number; max: number }
  | { code: 'flag' }
  | { code: 'shape' }
  | { code: 'shapePart'; part: Why }
  | { code: 'tooLong' }
  | { code: 'layerPath' }
  | { code: 'nets'; max: number }
  | { code: 'unknownModel' }
  | { code: 'knob'; msg: EngineMessage };

/** One ignored URL value (or page) for the notice bar. */
export type Notice =
  | { code: 'unknownPage'; page: string }
  | { code: 'ignored'; key: string; raw: string; why: Why; model?: string }
  | { code: 'compareUnknown'; id: string }
  | { code: 'compareFull'; id: string; max: number };

type Parsed<T> = { ok: true; value: T } | { ok: false; why: Why };

/** One URL field: its key in the query string, which page carries it, and how to read/write it. */
interface Field<K extends keyof UrlState> {
  state: K;
  key: string;
  /** The pages that carry it (`any`: every page). */
  page: Page | 'any' | readonly Page[];
  parse(raw: string): Parsed<UrlState[K]>;
  write(v: UrlState[K]): string;
}

function field<K extends keyof UrlState>(f: Field<K>): Field<K> {
  return f;
}

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: string): Parsed<T> =>
    (values as readonly string[]).includes(raw)
      ? { ok: true, value: raw as T }
      : { ok: false, why: { code: 'oneOf', values } };
}

function intIn(raw: string, min: number, max: number): Parsed<number> {
  if (!/^\d+$/.test(raw)) return { ok: false, why: { code: 'whole' } };
  const n = Number(raw);
  if (n < min || n > max) return { ok: false, why: { code: 'between', min, max } };
  return { ok: true, value: n };
}

const flag = (raw: string): Parsed<boolean> =>
  raw === '1' || raw === 'true'
    ? { ok: true, value: true }
    : raw === '0' || raw === 'false'
      ? { ok: true, value: false }
      : { ok: false, why: { code: 'flag' } };

/** `3x224x224` (also `3×224×224`) → [3, 224, 224]. */
export function parseInput(raw: string): Parsed<InputShape> {
  const parts = raw.split(/[x×*,]/i);
  if (parts.length !== 3) return { ok: false, why: { code: 'shape' } };
  const c = intIn(parts[0], 1, LIMITS.channels);
  const h = intIn(parts[1], 1, LIMITS.spatial);
  const w = intIn(parts[2], 1, LIMITS.spatial);
  for (const p of [c, h, w])
    if (!p.ok) return { ok: false, why: { code: 'shapePart', part: p.why } };
  return { ok: true, value: [c.ok ? c.value : 0, h.ok ? h.value : 0, w.ok ? w.value : 0] };
}

/** The table: every URL-state field but the route itself and the knobs. */
export const URL_FIELDS = [
  field({
    state: 'query',
    key: 'q',
    page: 'catalog',
    parse: (raw) =>
      raw.length <= 100 ? { ok: true, value: raw } : { ok: false, why: { code: 'tooLong' } },
    write: (v) => v,
  }),
  field({
    state: 'selected',
    key: 'layer',
    page: 'model',
    parse: (raw) =>
      /^[^/]+(\/[^/]+)*$/.test(raw)
        ? { ok: true, value: raw }
        : { ok: false, why: { code: 'layerPath' } },
    write: (v) => v ?? '',
  }),
  field({
    state: 'input',
    key: 'input',
    page: ['model', 'compare'],
    parse: parseInput,
    write: (v) => v?.join('x') ?? '',
  }),
  field({
    state: 'batch',
    key: 'batch',
    page: 'any',
    parse: (raw) => intIn(raw, 1, LIMITS.batch),
    write: String,
  }),
  field({
    state: 'precision',
    key: 'precision',
    page: 'any',
    parse: oneOf<Precision>(['fp32', 'fp16', 'bf16', 'int8']),
    write: (v) => v,
  }),
  field({
    state: 'optimizer',
    key: 'optimizer',
    page: 'model',
    parse: oneOf<Optimizer>(OPTIMIZERS),
    write: (v) => v,
  }),
  field({
    state: 'card',
    key: 'card',
    page: 'model',
    parse: (raw) => intIn(raw, 1, LIMITS.cardGiB),
    write: String,
  }),
  field({
    state: 'compute',
    key: 'compute',
    page: 'any',
    parse: oneOf<ComputeUnit>(['macs', 'flops']),
    write: (v) => v,
  }),
  field({
    state: 'diagramStyle',
    key: 'style',
    page: 'model',
    parse: oneOf<DiagramStyle>(['graph', 'volumes']),
    write: (v) => v,
  }),
  field({
    state: 'chartScale',
    key: 'scale',
    page: 'model',
    parse: oneOf<ChartScale>(CHART_SCALES),
    write: (v) => v,
  }),
  field({
    state: 'timed',
    key: 'nets',
    page: 'landscape',
    parse: (raw) => {
      const ids = raw.split(',').filter((x) => x !== '');
      return ids.length > 0 && ids.length <= TIMED_MAX && ids.every((x) => /^[\w.-]+$/.test(x))
        ? { ok: true, value: ids }
        : { ok: false, why: { code: 'nets', max: TIMED_MAX } };
    },
    write: (v) => v?.join(',') ?? '',
  }),
  field({
    state: 'step',
    key: 'step',
    page: 'explain',
    parse: (raw) => intIn(raw, 1, 99),
    write: String,
  }),
  field({ state: 'present', key: 'present', page: 'any', parse: flag, write: () => '1' }),
  field({ state: 'embed', key: 'embed', page: 'any', parse: flag, write: () => '1' }),
  field({
    state: 'theme',
    key: 'theme',
    page: 'any',
    parse: oneOf<Theme>(['auto', 'light', 'dark', 'projector']),
    write: (v) => v,
  }),
  field({
    state: 'lang',
    key: 'lang',
    page: 'any',
    parse: oneOf<Lang>(['en', 'zh']),
    write: (v) => v ?? '',
  }),
] as const;

/** Does field `f` belong on `page`? */
function onPage(f: { page: Page | 'any' | readonly Page[] }, page: Page): boolean {
  return f.page === 'any' || f.page === page || (Array.isArray(f.page) && f.page.includes(page));
}

const RESERVED = new Set<string>(URL_FIELDS.map((f) => f.key));

export interface ParseResult {
  state: UrlState;
  /** One line per value that was ignored, for the visible notice. */
  notices: Notice[];
}

/** Family of a model id (a preset's family, or the id itself when it names a family). */
export function familyOf(modelId: string) {
  const preset = presets.get(modelId);
  return families.get(preset ? preset.family : modelId);
}

/** Read a hash (`#/model/vgg16?layer=…`). Never throws: bad values fall back with a notice. */
export function parseHash(hash: string): ParseResult {
  const notices: Notice[] = [];
  const state: UrlState = { ...URL_DEFAULTS, knobs: {} };
  const text = hash.replace(/^#/, '');
  const q = text.indexOf('?');
  const pathPart = q >= 0 ? text.slice(0, q) : text;
  const params = new URLSearchParams(q >= 0 ? text.slice(q + 1) : '');

  const m = /^\/model\/([^/?]+)\/?$/.exec(pathPart);
  const e = /^\/edit(?:\/([^/?]+))?\/?$/.exec(pathPart);
  const cmp = /^\/compare\/?([^/?]*)\/?$/.exec(pathPart);
  const x = /^\/explain\/([^/?]+)\/?$/.exec(pathPart);
  if (m) {
    state.page = 'model';
    state.modelId = safeDecode(m[1]);
  } else if (x) {
    state.page = 'explain';
    state.topic = safeDecode(x[1]);
  } else if (e) {
    state.page = 'edit';
    state.modelId = e[1] ? safeDecode(e[1]) : '';
  } else if (/^\/import\/?$/.test(pathPart)) {
    state.page = 'import';
  } else if (cmp) {
    state.page = 'compare';
    state.compare = parseCompareItems(cmp[1], notices);
  } else if (pathPart === '/landscape' || pathPart === '/landscape/') {
    state.page = 'landscape';
  } else if (pathPart !== '' && pathPart !== '/') {
    notices.push({ code: 'unknownPage', page: pathPart });
  }

  for (const f of URL_FIELDS) {
    const raw = params.get(f.key);
    if (raw === null) continue;
    if (!onPage(f, state.page)) continue;
    const r = f.parse(raw) as Parsed<never>;
    if (r.ok) (state as unknown as Record<string, unknown>)[f.state] = r.value;
    else notices.push({ code: 'ignored', key: f.key, raw, why: r.why });
  }

  if (state.page === 'model') {
    const family = familyOf(state.modelId);
    for (const [key, raw] of params) {
      if (RESERVED.has(key)) continue;
      if (!family) {
        notices.push({ code: 'ignored', key, raw, why: { code: 'unknownModel' } });
        continue;
      }
      // The family's knob declaration checks the value (the same rule as the command line).
      const r = parseFamilyKnob(family, key, raw);
      if (r.ok) state.knobs[key] = raw;
      else notices.push({ code: 'ignored', key, raw, why: { code: 'knob', msg: r.msg } });
    }
  }
  return { state, notices };
}

/**
 * `alexnet,resnet;depth=101` (as the hash spells it: pieces percent-encoded) → items. Unknown ids and impossible knob values are dropped with a
 * notice; past the sixth network the rest are dropped.
 */
export function parseCompareItems(text: string, notices: Notice[]): CompareItem[] {
  const items: CompareItem[] = [];
  for (const part of text.split(',')) {
    if (part === '') continue;
    const [id, ...pairs] = part.split(';').map(safeDecode);
    const family = familyOf(id);
    if (!family) {
      notices.push({ code: 'compareUnknown', id });
      continue;
    }
    if (items.length >= COMPARE_LIMITS.max) {
      notices.push({ code: 'compareFull', id, max: COMPARE_LIMITS.max });
      continue;
    }
    const knobs: Record<string, string> = {};
    for (const kv of pairs) {
      const eq = kv.indexOf('=');
      const key = eq > 0 ? kv.slice(0, eq) : kv;
      const raw = eq > 0 ? kv.slice(eq + 1) : '';
      const r = parseFamilyKnob(family, key, raw);
      if (r.ok) knobs[key] = raw;
      else
        notices.push({ code: 'ignored', key, raw, why: { code: 'knob', msg: r.msg }, model: id });
    }
    items.push({ id, knobs });
  }
  return items;
}

/** Items → `alexnet,resnet;depth=101` (the path part after `#/compare/`). */
export function compareText(items: readonly CompareItem[]): string {
  return items
    .map((it) =>
      [it.id, ...Object.entries(it.knobs).map(([k, v]) => `${k}=${v}`)]
        .map((piece) => encodeURIComponent(piece).replace(/%3D/g, '='))
        .join(';'),
    )
    .join(',');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Keep `/` (layer paths) and `,` (id lists) readable; escape everything else a value needs. */
function enc(v: string): string {
  return encodeURIComponent(v)
    .replace(/%2F/g, '/')
    .replace(/%2C/g, ',')
    .replace(/%C3%97/g, '×');
}

/** A model id in the route: `:` (mine:, shared:) and lz-string's `+` and `$` stay as they are. */
function encPath(v: string): string {
  return encodeURIComponent(v).replace(/%3A/g, ':').replace(/%2B/g, '+').replace(/%24/g, '$');
}

/** Write the hash for a state; fields at their default are left out, so URLs stay short. */
export function serializeHash(s: UrlState): string {
  const parts: string[] = [];
  if (s.page === 'model') {
    for (const [k, v] of Object.entries(s.knobs)) parts.push(`${enc(k)}=${enc(v)}`);
  }
  for (const f of URL_FIELDS) {
    if (!onPage(f, s.page)) continue;
    const v = s[f.state];
    const d = URL_DEFAULTS[f.state];
    if (v === null || v === '' || JSON.stringify(v) === JSON.stringify(d)) continue;
    parts.push(`${f.key}=${enc((f.write as (x: typeof v) => string)(v))}`);
  }
  const base =
    s.page === 'model'
      ? `#/model/${encPath(s.modelId)}`
      : s.page === 'explain'
        ? `#/explain/${enc(s.topic)}`
        : s.page === 'edit'
          ? `#/edit${s.modelId ? `/${encPath(s.modelId)}` : ''}`
          : s.page === 'import'
            ? '#/import'
            : s.page === 'compare'
              ? `#/compare/${compareText(s.compare)}`
              : s.page === 'landscape'
                ? '#/landscape'
                : '#/';
  return parts.length ? `${base}?${parts.join('&')}` : base;
}

/** The fields of any state object that the URL carries. */
export function pickUrlState(s: UrlState): UrlState {
  return {
    page: s.page,
    modelId: s.modelId,
    topic: s.topic,
    step: s.step,
    present: s.present,
    embed: s.embed,
    theme: s.theme,
    lang: s.lang,
    knobs: s.knobs,
    query: s.query,
    selected: s.selected,
    input: s.input,
    batch: s.batch,
    precision: s.precision,
    optimizer: s.optimizer,
    card: s.card,
    compute: s.compute,
    diagramStyle: s.diagramStyle,
    chartScale: s.chartScale,
    compare: s.compare,
    timed: s.timed,
  };
}
