/**
 * The app store: choices only (which page and model, knob overrides, selection, settings, view).
 * Engine results are never stored: src/store/derived.ts computes them from these choices.
 * `createAppStore()` makes a fresh store (one per test, one per app).
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { presetFor, presets, resolveKnobs } from '../catalog/index';
import type { ComputeUnit, Precision } from '../engine/conventions';
import type { Optimizer } from '../engine/memory/budget';
import {
  URL_DEFAULTS,
  familyOf,
  parseHash,
  pickUrlState,
  serializeHash,
  type ChartScale,
  type DiagramStyle,
  type InputShape,
  type Lang,
  type Notice,
  type Page,
  type Theme,
  type UrlState,
} from './url';
import { compareSlice, type CompareSlice } from './compare';

export * from './url';

export interface RouteSlice {
  page: Page;
  modelId: string;
  knobs: Record<string, string>;
  query: string;
  openCatalog(): void;
  /** Open a model; selection and input go back to the model's defaults. */
  openModel(id: string, knobs?: Record<string, string>): void;
  /**
   * Change one knob of the current model. The id becomes canonical: a preset id when the values
   * equal a preset (`vgg` + depth 19 → `vgg19`), else the family id with the non-default knobs.
   */
  setKnob(key: string, value: string): void;
  setQuery(q: string): void;
  /** The saved networks (no id), or the editor for one saved network. */
  openEditor(savedId?: string): void;
}

export interface SelectionSlice {
  /** Selected leaf or module path. */
  selected: string | null;
  hovered: string | null;
  select(path: string | null): void;
  hover(path: string | null): void;
}

export interface SettingsSlice {
  input: InputShape | null;
  batch: number;
  precision: Precision;
  compute: ComputeUnit;
  optimizer: Optimizer;
  /** Card size in GiB for "the largest batch that fits". */
  card: number;
  setInput(input: InputShape | null): void;
  setOptimizer(o: Optimizer): void;
  setCard(gib: number): void;
  setBatch(n: number): void;
  setPrecision(p: Precision): void;
  setCompute(c: ComputeUnit): void;
}

export interface ViewSlice {
  diagramStyle: DiagramStyle;
  chartScale: ChartScale;
  /** Mark the layers that keep the most for backward in the diagram and charts. */
  memoryMarks: boolean;
  setMemoryMarks(on: boolean): void;
  setDiagramStyle(s: DiagramStyle): void;
  setChartScale(s: ChartScale): void;
}

/** Walk-throughs and how the page is shown (presentation mode, embed, theme). */
export interface ShowSlice {
  topic: string;
  step: number;
  present: boolean;
  embed: boolean;
  theme: Theme;
  /** Go to step n (1-based) of the current walk-through. */
  setStep(n: number): void;
  setPresent(on: boolean): void;
  setTheme(t: Theme): void;
}

/** The interface language (src/i18n/index.ts shows it; this is the choice). */
export interface LanguageSlice {
  /** The language chosen: the URL's pin, else the remembered choice, else the browser's. */
  language: Lang;
  /** The language the URL pins (`?lang=`), or null (src/store/url.ts UrlState.lang). */
  lang: Lang | null;
  /** The reader switches: a URL that pinned a language now pins this one. */
  setLanguage(l: Lang): void;
}

export interface NoticeSlice {
  /** Lines shown in the notice bar (e.g. URL values that were ignored). */
  notices: Notice[];
  dismissNotices(): void;
  /** Replace the URL-carried fields (from a hash), adding notices for ignored values. */
  applyUrl(state: UrlState, notices?: Notice[]): void;
}

export type AppState = RouteSlice &
  SelectionSlice &
  SettingsSlice &
  ViewSlice &
  NoticeSlice &
  CompareSlice &
  ShowSlice &
  LanguageSlice;
export type AppStore = StoreApi<AppState>;

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

const routeSlice = (set: Set, get: Get): RouteSlice => ({
  page: URL_DEFAULTS.page,
  modelId: URL_DEFAULTS.modelId,
  knobs: {},
  query: '',
  openCatalog: () =>
    set({
      page: 'catalog',
      modelId: '',
      topic: '',
      knobs: {},
      selected: null,
      hovered: null,
      input: null,
    }),
  openModel: (id, knobs = {}) =>
    set({
      page: 'model',
      modelId: id,
      topic: '',
      knobs,
      selected: null,
      hovered: null,
      input: null,
    }),
  setKnob: (key, value) => {
    const { modelId, knobs } = get();
    const family = familyOf(modelId);
    if (!family) return;
    const preset = family.id === modelId ? undefined : modelId;
    // Full values the user now asks for: the preset's (if any), then the URL's, then this knob.
    let values;
    try {
      values = resolveKnobs(family, {
        ...(preset ? familyValues(preset) : {}),
        ...knobs,
        [key]: value,
      });
    } catch {
      // An impossible single value: keep it in the URL so the page shows the engine's message.
      set({ knobs: { ...knobs, [key]: value }, selected: null });
      return;
    }
    const match = presetFor(family.id, values);
    if (match) {
      set({ modelId: match.id, knobs: {}, selected: null });
      return;
    }
    const defaults = resolveKnobs(family, {});
    const overrides: Record<string, string> = {};
    for (const k of family.knobs) {
      if (String(values[k.key]) !== String(defaults[k.key]))
        overrides[k.key] = String(values[k.key]);
    }
    set({ modelId: family.id, knobs: overrides, selected: null });
  },
  setQuery: (query) => set({ query }),
  openEditor: (savedId = '') =>
    set({ page: 'edit', modelId: savedId, knobs: {}, selected: null, hovered: null, input: null }),
});

/** A preset's knob values (those that differ from the family defaults) as URL strings. */
function familyValues(presetId: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(presets.get(presetId)?.values ?? {})) out[k] = String(v);
  return out;
}

const selectionSlice = (set: Set): SelectionSlice => ({
  selected: null,
  hovered: null,
  select: (selected) => set({ selected }),
  hover: (hovered) => set({ hovered }),
});

const settingsSlice = (set: Set): SettingsSlice => ({
  input: null,
  batch: URL_DEFAULTS.batch,
  precision: URL_DEFAULTS.precision,
  compute: URL_DEFAULTS.compute,
  optimizer: URL_DEFAULTS.optimizer,
  card: URL_DEFAULTS.card,
  setInput: (input) => set({ input }),
  setOptimizer: (optimizer) => set({ optimizer }),
  setCard: (card) => set({ card }),
  setBatch: (batch) => set({ batch }),
  setPrecision: (precision) => set({ precision }),
  setCompute: (compute) => set({ compute }),
});

const viewSlice = (set: Set): ViewSlice => ({
  diagramStyle: URL_DEFAULTS.diagramStyle,
  chartScale: URL_DEFAULTS.chartScale,
  memoryMarks: false,
  setMemoryMarks: (memoryMarks) => set({ memoryMarks }),
  setDiagramStyle: (diagramStyle) => set({ diagramStyle }),
  setChartScale: (chartScale) => set({ chartScale }),
});

const showSlice = (set: Set): ShowSlice => ({
  topic: URL_DEFAULTS.topic,
  step: URL_DEFAULTS.step,
  present: URL_DEFAULTS.present,
  embed: URL_DEFAULTS.embed,
  theme: URL_DEFAULTS.theme,
  setStep: (step) => set({ step }),
  setPresent: (present) => set({ present }),
  setTheme: (theme) => set({ theme }),
});

const languageSlice = (set: Set): LanguageSlice => ({
  language: 'en',
  lang: URL_DEFAULTS.lang,
  setLanguage: (language) => set((s) => ({ language, lang: s.lang === null ? null : language })),
});

const noticeSlice = (set: Set): NoticeSlice => ({
  notices: [],
  dismissNotices: () => set({ notices: [] }),
  applyUrl: (state, notices = []) =>
    set((s) => ({
      ...state,
      // A URL that pins a language switches to it; one that names none keeps the current one.
      language: state.lang ?? s.language,
      hovered: null,
      // A notice names values of the link that opened this page: it stays while the URL is
      // rewritten without them (same page, same model) and goes when the reader goes elsewhere.
      // (An empty list stays the same array: subscribers see no change.)
      notices:
        notices.length > 0
          ? notices
          : (state.page === s.page && state.modelId === s.modelId) || s.notices.length === 0
            ? s.notices
            : [],
    })),
});

/**
 * A fresh store. `initial` holds URL fields and, for the app, the language to start in (the
 * remembered or browser language: src/views/language.ts `startLanguage`); a URL pin read later
 * by `syncHash` overrides it.
 */
export function createAppStore(initial: Partial<UrlState> & { language?: Lang } = {}): AppStore {
  return createStore<AppState>()((set, get) => ({
    ...routeSlice(set, get),
    ...selectionSlice(set),
    ...settingsSlice(set),
    ...viewSlice(set),
    ...showSlice(set),
    ...noticeSlice(set),
    ...languageSlice(set),
    ...compareSlice(set as never),
    ...initial,
    ...(initial.lang ? { language: initial.lang } : {}),
  }));
}

/** The route part of a state: a change here is a new history entry; anything else replaces it. */
function routeKey(s: UrlState): string {
  return JSON.stringify([s.page, s.modelId, s.topic, s.knobs, s.compare]);
}

let entrySeq = 0;
/** A fresh id for a history entry: unique within the tab, across reloads (the time prefix). */
const newEntryId = () => `${Date.now().toString(36)}.${++entrySeq}`;

/**
 * The id of the window's current history entry (`history.state.entry`), given one if it has none
 * (an entry made by a link click carries no state). The store keeps it when it replaces the hash,
 * so a page can remember its scroll position per entry (views/scroll-memory.ts).
 */
export function historyEntryId(win: Window = window): string {
  const state = win.history.state as { entry?: string } | null;
  if (state && typeof state.entry === 'string') return state.entry;
  const entry = newEntryId();
  win.history.replaceState({ ...(state ?? {}), entry }, '', win.location.href);
  return entry;
}

/**
 * Keep the store and the window's hash in step, both ways: the hash is read at start and on
 * back/forward or a typed URL; store changes write it (a model change pushes a history entry,
 * other changes replace the current one). Returns the function that stops syncing.
 */
export function syncHash(store: AppStore, win: Window = window): () => void {
  const fromHash = () => {
    const { state, notices } = parseHash(win.location.hash);
    const current = pickUrlState(store.getState());
    if (serializeHash(current) !== serializeHash(state) || notices.length) {
      store.getState().applyUrl(state, notices);
    }
    // Canonical spelling (bad values dropped, defaults left out).
    const canonical = serializeHash(pickUrlState(store.getState()));
    if (canonical !== (win.location.hash || '#/'))
      win.history.replaceState(win.history.state, '', canonical);
  };
  fromHash();
  const unsubscribe = store.subscribe((s, prev) => {
    const next = pickUrlState(s);
    const hash = serializeHash(next);
    if (hash === (win.location.hash || '#/')) return;
    const push = routeKey(next) !== routeKey(pickUrlState(prev));
    if (push) win.history.pushState({ entry: newEntryId() }, '', hash);
    else win.history.replaceState(win.history.state, '', hash);
  });
  win.addEventListener('hashchange', fromHash);
  win.addEventListener('popstate', fromHash);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', fromHash);
    win.removeEventListener('popstate', fromHash);
  };
}

const StoreContext = createContext<AppStore | null>(null);

export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

/** Read from the app store; for selectors returning objects, wrap them in `useShallow`. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs an <AppStoreProvider>');
  return useStore(store, selector);
}

/** The store itself (for event handlers that read without subscribing). */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi needs an <AppStoreProvider>');
  return store;
}
