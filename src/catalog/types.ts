/**
 * Catalog types: a family is one builder with the knobs its papers vary; a preset is a named
 * setting of those knobs (ResNet-50 = resnet with depth 50). Users' own specs need neither.
 */
import type { ModelSpec } from '../engine/types';
import type { ModelInfo } from './info';

export type {
  AccuracyFigure,
  Citation,
  CountFigure,
  CountQuantity,
  Dataset,
  EvalProtocol,
  ModelInfo,
  PublishedFigure,
  RecipeItem,
  ShapeFigure,
} from './info';

export type KnobValue = number | string | boolean;
export type KnobValues = Record<string, KnobValue>;

export interface KnobChoice {
  value: KnobValue;
  label: string;
}

/** One parameter of a family, described well enough for a form and a URL. */
export interface Knob {
  key: string;
  label: string;
  kind: 'int' | 'number' | 'choice' | 'bool';
  default: KnobValue;
  /** For int/number knobs: the accepted range. */
  min?: number;
  max?: number;
  step?: number;
  /** For choice knobs: the accepted values; for int knobs: values worth suggesting. */
  choices?: readonly KnobChoice[];
  /** What the knob means, in one sentence. */
  help: string;
}

/**
 * Where a catalog card sits on the catalog page: LeNet→AlexNet→ZFNet; the 2014 winners; the
 * ResNet family and its improvements; efficient networks; searched networks; the lecture's demos.
 */
export type Era = 'early' | '2014' | 'resnet' | 'efficient' | 'searched' | 'demo';

export interface Family {
  /** Family id, usable in URLs: `#/model/resnet?depth=50`. */
  id: string;
  name: string;
  knobs: readonly Knob[];
  /**
   * Build a spec from knob values (checked against `knobs`, defaults filled). Throws a SpecError
   * with rule `bad-knob` for a bad value or an impossible combination (CIFAR ResNet depth not
   * 6n+2). Families are made by `defineFamily`, which types the builder's values.
   */
  build(values: KnobValues): CatalogSpec;
}

/** A spec built by the catalog: its info is the full catalog metadata. */
export interface CatalogSpec extends ModelSpec {
  info?: ModelInfo;
}

export interface Preset {
  /** Catalog id, exactly as the issues name it: `resnet50`. */
  id: string;
  family: string;
  /** Knob values that differ from the family defaults. */
  values: KnobValues;
  era: Era;
  info: ModelInfo;
}
