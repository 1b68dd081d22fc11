/**
 * The interface's strings in the current language: what views and charts import.
 *
 * Every namespace of src/i18n/en/ is exported below as an ES-module live binding (`export let`):
 * `setLang('zh')` loads the Chinese twin (src/i18n/zh/, its own chunk, fetched on first use) and
 * reassigns every binding, so code that reads `app.model.summary.params` at render time gets the
 * new language. Nothing may copy a string into a module-level constant: it would keep the
 * language of the moment it was built. The app root is keyed by `lang()`, so a switch re-renders
 * the whole tree (src/views/LanguageRoot.tsx).
 *
 * This module is a leaf: it imports only its own string files (and catalog and layout types),
 * never the store or views. Which language to show is a choice kept in the store and the URL.
 */
import * as en from './en/index';
import * as texts from './catalog-texts';
import type { CatalogTexts } from './catalog-texts';
import type { ModelInfo } from '../catalog/info';
import type { Accuracy } from '../catalog/accuracy';
import type { IlsvrcWinner } from '../catalog/benchmarks';
import type { ReadyComparison } from '../catalog/comparisons';
import type { DepthNote } from '../catalog/depth-notes';
import type { EvalProtocol, PublishedFigure } from '../catalog/info';
import type { Knob } from '../catalog/types';
import type { GraphText } from '../layout/graph/words';

export type { TopicId } from './en/explain';

/** The interface languages: English (the source) and Simplified Chinese. */
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** Each language named in itself, whatever the interface language (the switch shows both). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: '中文' };

/** The BCP 47 tag of each language for `<html lang>` (fonts and screen readers key on it). */
export const LANG_TAGS: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/** One language's strings: the shape of the English source. */
export type Strings = typeof en;

/* The live bindings, one per namespace (tests/unit/i18n-keys.test.ts checks none is missing). */
export let a11y = en.a11y;
export let app = en.app;
export let arithWords = en.arithWords;
export let autogradWords = en.autogradWords;
export let card = en.card;
export let catalog = en.catalog;
export let charts = en.charts;
export let compare = en.compare;
export let diagram = en.diagram;
export let editor = en.editor;
export let engineWords = en.engineWords;
export let errors = en.errors;
export let explain = en.explain;
export let exportText = en.exportText;
export let graphWords = en.graphWords;
export let importText = en.importText;
export let inspector = en.inspector;
export let landscape = en.landscape;
export let measuredPanel = en.measuredPanel;
export let memory = en.memory;
export let NOTATION_WORDS = en.NOTATION_WORDS;
export let notationErrors = en.notationErrors;
export let onnxWords = en.onnxWords;
export let onnxReasons = en.onnxReasons;
export let pwa = en.pwa;
export let savedWords = en.savedWords;
export let schemaDocs = en.schemaDocs;
export let screen = en.screen;
export let settings = en.settings;
export let shell = en.shell;
export let table = en.table;
export let alexnet = en.alexnet;
export let se = en.se;
export let fire = en.fire;
export let dense = en.dense;
export let inception = en.inception;
export let residual = en.residual;
export let fractal = en.fractal;
export let stochasticDepth = en.stochasticDepth;
export let nas = en.nas;
export let smallFilters = en.smallFilters;

/**
 * One setter per namespace, typed by the English index: a namespace added to src/i18n/en/ without
 * a live binding here fails the type-check.
 */
const setters: { [K in keyof Strings]: (v: Strings[K]) => void } = {
  a11y: (v) => (a11y = v),
  app: (v) => (app = v),
  arithWords: (v) => (arithWords = v),
  autogradWords: (v) => (autogradWords = v),
  card: (v) => (card = v),
  catalog: (v) => (catalog = v),
  charts: (v) => (charts = v),
  compare: (v) => (compare = v),
  diagram: (v) => (diagram = v),
  editor: (v) => (editor = v),
  engineWords: (v) => (engineWords = v),
  errors: (v) => (errors = v),
  explain: (v) => (explain = v),
  exportText: (v) => (exportText = v),
  graphWords: (v) => (graphWords = v),
  importText: (v) => (importText = v),
  inspector: (v) => (inspector = v),
  landscape: (v) => (landscape = v),
  measuredPanel: (v) => (measuredPanel = v),
  memory: (v) => (memory = v),
  NOTATION_WORDS: (v) => (NOTATION_WORDS = v),
  notationErrors: (v) => (notationErrors = v),
  onnxWords: (v) => (onnxWords = v),
  onnxReasons: (v) => (onnxReasons = v),
  pwa: (v) => (pwa = v),
  savedWords: (v) => (savedWords = v),
  schemaDocs: (v) => (schemaDocs = v),
  screen: (v) => (screen = v),
  settings: (v) => (settings = v),
  shell: (v) => (shell = v),
  table: (v) => (table = v),
  alexnet: (v) => (alexnet = v),
  se: (v) => (se = v),
  fire: (v) => (fire = v),
  dense: (v) => (dense = v),
  inception: (v) => (inception = v),
  residual: (v) => (residual = v),
  fractal: (v) => (fractal = v),
  stochasticDepth: (v) => (stochasticDepth = v),
  nas: (v) => (nas = v),
  smallFilters: (v) => (smallFilters = v),
};

function apply(s: Strings): void {
  for (const k of Object.keys(setters) as (keyof Strings)[]) {
    (setters[k] as (v: unknown) => void)(s[k]);
  }
}

/** Everything Chinese: the interface strings and the catalog texts, loaded together. */
export interface ZhBundle {
  strings: Strings;
  /** The catalog texts' translation memory: English text → Chinese (src/i18n/catalog-texts.ts). */
  catalog: CatalogTexts;
}

let current: Lang = 'en';
/** The language last asked for: a load that finishes after another request is dropped. */
let requested: Lang = 'en';
let zhCatalog: CatalogTexts | null = null;
let zhLoad: Promise<ZhBundle> | null = null;

/** The loader; tests replace it to simulate a slow or failing network. */
let loadZh = async (): Promise<ZhBundle> => {
  const [zh, zhTexts] = await Promise.all([
    import('./zh/index'),
    import('./zh/catalog-texts/index'),
  ]);
  // A namespace zh/ lacks falls back to English (tests/unit/i18n-keys.test.ts fails on it).
  return { strings: { ...en, ...zh }, catalog: zhTexts.catalogTextsZh };
};

/** The language the interface shows now. */
export function lang(): Lang {
  return current;
}

/**
 * Show the interface in `l`: English at once; Chinese after its chunk has loaded (once, then
 * cached). Resolves to the language shown afterwards, which is not `l` when another call came in
 * while Chinese was loading (the later call wins). A failed load rejects and leaves the
 * language as it was; the next call tries again.
 */
export async function setLang(l: Lang): Promise<Lang> {
  requested = l;
  if (l === 'en') {
    apply(en);
    current = 'en';
    return current;
  }
  zhLoad ??= loadZh();
  let bundle: ZhBundle;
  try {
    bundle = await zhLoad;
  } catch (err) {
    zhLoad = null;
    if (requested === l) requested = current;
    throw err;
  }
  if (requested !== l) return current;
  apply(bundle.strings);
  zhCatalog = bundle.catalog;
  current = 'zh';
  return current;
}

/** Is the Chinese chunk loaded (or the interface English, which needs none)? */
export function isLoaded(l: Lang): boolean {
  return l === 'en' || zhCatalog !== null;
}

/**
 * The catalog's texts (key ideas, notes, recipes, figure notes, knob labels, comparison texts …)
 * in the current language. The catalog keeps English; the Chinese is a translation memory keyed
 * by the English text (src/i18n/catalog-texts.ts, whose pure functions these wrap with the
 * memory of the language shown: null in English); a text with no translation stays English.
 */
export function catalogTexts(): CatalogTexts | null {
  return current === 'zh' ? zhCatalog : null;
}
export const catalogText = (text: string): string => texts.catalogText(text, catalogTexts());
export const localInfo = (info: ModelInfo): ModelInfo => texts.localizeInfo(info, catalogTexts());
export const localFigure = <F extends PublishedFigure>(f: F): F =>
  texts.localizeFigure(f, catalogTexts());
export const figureLabelText = (f: PublishedFigure): string =>
  texts.figureLabelText(f, catalogTexts());
export const protocolTextIn = (p: EvalProtocol): string => texts.protocolTextIn(p, catalogTexts());
export const localAccuracy = (a: Accuracy): Accuracy => texts.localizeAccuracy(a, catalogTexts());
export const localDepthNote = (n: DepthNote): DepthNote =>
  texts.localizeDepthNote(n, catalogTexts());
export const localComparison = (c: ReadyComparison): ReadyComparison =>
  texts.localizeComparison(c, catalogTexts());
export const localWinner = (w: IlsvrcWinner): IlsvrcWinner =>
  texts.localizeWinner(w, catalogTexts());
export const localKnob = (k: Knob): Knob => texts.localizeKnob(k, catalogTexts());
/**
 * A spec node's label (a leaf's, or a module's own label; never a node name) in the current
 * language: words in Chinese, notation as written ("密集块 1：6 层，64 → 256", "conv 7×7, 64, /2").
 */
export const labelText = (label: string): string => texts.labelText(label, catalogTexts());

/** A module's label as shown: its own label in the current language, else its name. */
export const moduleLabelText = (m: { label: string; name: string }): string =>
  m.label === m.name ? m.name : labelText(m.label);

/** What the graph layout writes, in the current language: its words and the labels as shown. */
export const graphText = (): GraphText => ({ ...graphWords, label: labelText });

/** Test hook: replace the Chinese loader (a slow or failing network); `null` restores it. */
export function setZhLoaderForTests(loader: (() => Promise<ZhBundle>) | null): void {
  zhLoad = null;
  zhCatalog = null;
  loadZh = loader ?? defaultLoadZh;
}
const defaultLoadZh = loadZh;

/**
 * The language for a first visit, from the browser's preference list (`navigator.languages`):
 * the first entry we have decides (`zh`, `zh-CN`, `zh-TW`, `zh-Hans-SG` … → Chinese; `en*` →
 * English), so a reader who lists English before Chinese gets English; no match → English.
 */
export function browserLang(languages: readonly string[] | undefined): Lang {
  for (const tag of languages ?? []) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
