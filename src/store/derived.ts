/**
 * Results derived from the store's choices. Nothing here is stored in the store: the analysis is
 * recomputed from (modelId, knobs, input) and kept in a small cache so switching back and forth
 * between models and re-renders are free.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  buildModel,
  resolve,
  type ModelInfo,
  type Family,
  type KnobValues,
  type Preset,
} from '../catalog/index';
import type { Analysis, Shape } from '../engine/analysis';
import { analyze } from '../engine/analyze';
import type { Conventions } from '../engine/conventions';
import { SpecError, isSpecError } from '../engine/errors';
import type { ModelSpec } from '../engine/types';
import { useAppStore } from './index';
import {
  SAVED_WORDS,
  savedIdOf,
  savedNetworks,
  savedText,
  useSavedNetworks,
  type NetworkSource,
  type SavedMessage,
} from './saved/index';
import { SHARED_PREFIX, readSharePayload } from './saved/share';

/** A network the user made: saved in this browser (`mine:<id>`) or opened from a share link. */
export interface UserNetwork {
  kind: 'saved' | 'shared';
  /**
   * Its name: the user's, as saved or as the link carries it. A link with no name gets the
   * English default here and `unnamed`: a view shows `savedWords.sharedName` in the language
   * shown instead (the store cannot know the language).
   */
  name: string;
  unnamed?: true;
  /** The saved network's id (kind `saved`). */
  id?: string;
  origin?: string;
  source: NetworkSource;
}

export interface ModelDerivation {
  /** Changes when the model or its knobs change (not with the input): resets per-model view state. */
  modelKey: string;
  /** Set for user networks (which have no family, preset or knobs). */
  user?: UserNetwork;
  family?: Family;
  preset?: Preset;
  values?: KnobValues;
  spec?: ModelSpec;
  /** The catalog's descriptive data (paper, published figures) — catalog entries only. */
  info?: ModelInfo;
  /** The analysis at the chosen input; undefined when `error` is set. */
  analysis?: Analysis;
  /** Why there is no analysis: unknown model, impossible knobs, or an input the network rejects. */
  error?: SpecError;
  /**
   * Why a share link could not be opened, as the saved-network store's message: the page says
   * it with i18n's `savedWords` in the language shown (`error` holds the same in English, as the
   * engine's `bad-share`).
   */
  userProblem?: SavedMessage;
  /**
   * When the chosen input is rejected: the same network at its default input, so the page can
   * still show the layer the error names. Never shown as if it were the chosen input's result.
   */
  fallback?: Analysis;
}

const CACHE_SIZE = 8;
const cache = new Map<string, ModelDerivation>();

function toSpecError(e: unknown): SpecError {
  if (isSpecError(e)) return e;
  // Not a rule the spec broke but an exception nobody foresaw (a bug): no code can word it, so
  // its own text is the message's value, the one place the engine's messages carry raw text.
  return new SpecError('', 'wrong-type', {
    code: 'internal',
    text: e instanceof Error ? e.message : String(e),
  });
}

/** Build and analyze a model for these choices (cached on the three inputs). */
export function deriveModel(
  modelId: string,
  knobs: Record<string, string>,
  input: readonly number[] | null,
): ModelDerivation {
  const savedId = savedIdOf(modelId);
  const saved = savedId === null ? undefined : savedNetworks().get(savedId);
  // A saved network changes when edited: its modification time is part of the key.
  const modelKey = `${modelId}?${Object.entries(knobs)
    .map(([k, v]) => `${k}=${v}`)
    .join('&')}${saved ? `@${saved.modified}` : ''}`;
  const key = `${modelKey}|${input ? input.join('x') : ''}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const out: ModelDerivation = { modelKey };
  if (savedId !== null) {
    if (saved) {
      out.spec = saved.spec;
      out.user = { kind: 'saved', id: saved.id, name: saved.name, source: saved.source };
      if (saved.origin) out.user.origin = saved.origin;
    } else {
      out.error = new SpecError('', 'unknown-model', { code: 'no-saved', id: savedId });
    }
  } else if (modelId.startsWith(SHARED_PREFIX)) {
    const r = readSharePayload(modelId.slice(SHARED_PREFIX.length));
    if (r.ok) {
      out.spec = r.spec;
      out.user = { kind: 'shared', name: r.name ?? SAVED_WORDS.sharedName(), source: r.source };
      if (r.name === null) out.user.unnamed = true;
    } else {
      out.userProblem = r.msg;
      out.error = new SpecError('', 'unknown-model', { code: 'bad-share', why: savedText(r.msg) });
    }
  } else {
    try {
      const r = resolve(modelId, knobs);
      out.family = r.family;
      out.preset = r.preset;
      out.values = r.values;
      const built = buildModel(modelId, knobs);
      out.spec = built;
      if (built.info) out.info = built.info;
    } catch (e) {
      out.error = toSpecError(e);
    }
  }
  if (out.spec) {
    try {
      out.analysis = analyze(out.spec, input ? { input: input as Shape } : {});
    } catch (e) {
      out.error = toSpecError(e);
      if (input) {
        try {
          out.fallback = analyze(out.spec);
        } catch {
          // The default input fails too: nothing to show but the message.
        }
      }
    }
  }
  cache.set(key, out);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return out;
}

/** The current model's spec, analysis (or error), memoized on (modelId, knobs, input). */
export function useModelAnalysis(): ModelDerivation {
  const { modelId, knobs, input } = useAppStore(
    useShallow((s) => ({ modelId: s.modelId, knobs: s.knobs, input: s.input })),
  );
  // Saved networks change when edited or renamed: a new snapshot re-derives.
  const saved = useSavedNetworks();
  return useMemo(() => {
    void saved;
    return deriveModel(modelId, knobs, input);
  }, [modelId, knobs, input, saved]);
}

/** The display conventions (batch, precision, MACs/FLOPs) as one object. */
export function useConventions(): Conventions {
  const { compute, precision, batch } = useAppStore(
    useShallow((s) => ({ compute: s.compute, precision: s.precision, batch: s.batch })),
  );
  return useMemo(() => ({ compute, precision, batch }), [compute, precision, batch]);
}

/** What a catalog card shows, derived from the preset's analysis at its default input. */
export interface CardSummary {
  params: number;
  macs: number;
  /** One bar per sampled leaf along depth: log10 of its output elements (the glyph). */
  glyph: number[];
  /** Output channels of the same sampled leaves. */
  channels: number[];
  error?: string;
}

const summaries = new Map<string, CardSummary>();

/** Longest glyph, in bars: deeper networks are sampled (largest value per bin). */
const GLYPH_BARS = 48;

export function cardSummary(id: string): CardSummary {
  const hit = summaries.get(id);
  if (hit) return hit;
  let s: CardSummary;
  try {
    const a = analyze(buildModel(id));
    const shaped = a.layers.filter((l) => l.op === 'conv' || l.op === 'fc' || l.op === 'pool');
    const bins = Math.min(GLYPH_BARS, shaped.length);
    const glyph: number[] = [];
    const channels: number[] = [];
    for (let b = 0; b < bins; b++) {
      const from = Math.floor((b * shaped.length) / bins);
      const to = Math.max(from + 1, Math.floor(((b + 1) * shaped.length) / bins));
      let act = 0;
      let ch = 0;
      for (let i = from; i < to; i++) {
        act = Math.max(act, shaped[i].activations);
        ch = Math.max(ch, shaped[i].out[0]);
      }
      glyph.push(Math.log10(Math.max(1, act)));
      channels.push(ch);
    }
    s = { params: a.inference.params, macs: a.inference.macs, glyph, channels };
  } catch (e) {
    s = { params: NaN, macs: NaN, glyph: [], channels: [], error: String(e) };
  }
  summaries.set(id, s);
  return s;
}

/** True once a card's summary has been computed (the catalog fills them in without blocking). */
export function hasCardSummary(id: string): boolean {
  return summaries.has(id);
}
