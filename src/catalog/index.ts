/**
 * The catalog registry: families (builders with knobs) and presets (the ids users and the
 * issues name). One line per family file below.
 */
import { SpecError } from '../engine/errors';
import { resolveKnobs } from './knobs';
import type { CatalogSpec, Family, KnobValue, KnobValues, Preset } from './types';
import { lenetFamily, lenetPresets } from './lenet';
import { alexnetFamily, alexnetPresets, alexnetTorchvisionFamily, zfnetFamily } from './alexnet';
import { ninFamily, ninPresets } from './nin';
import { inceptionDemoFamily, inceptionDemoPresets } from './inception-demo';
import { vggFamily, vggPresets } from './vgg';
import { densenetFamily, densenetPresets } from './densenet';
import { squeezenetFamily, squeezenetPresets } from './squeezenet';
import { fractalnetFamily, fractalnetPresets } from './fractalnet';
import { googlenetFamily, googlenetPresets } from './googlenet';
import { inceptionV4Family, inceptionResnetV2Family, inceptionV4Presets } from './inception-v4';
import { nasnetFamily, nasnetPresets } from './nasnet';
import { resnetFamily, resnextFamily, resnetCifarFamily, resnetPresets } from './resnet';
import { wrnFamily, wrnPresets } from './wrn';
import { senetFamily, senetPresets } from './senet';

export type {
  CatalogSpec,
  Family,
  Knob,
  KnobChoice,
  KnobValue,
  KnobValues,
  Preset,
  Era,
} from './types';
export {
  parseFamilyKnob,
  parseKnob,
  resolveKnobs,
  type FamilyKnobParse,
  type KnobParse,
} from './knobs';
export {
  accuracyPercent,
  countMatches,
  engineCount,
  ENGINE_QUANTITIES,
  errorPercent,
  figureLabel,
  figureText,
  protocolKey,
  protocolText,
  topOne,
  type AccuracyFigure,
  type Citation,
  type CountFigure,
  type CountQuantity,
  type Dataset,
  type EvalProtocol,
  type ModelInfo,
  type PublishedFigure,
  type RecipeItem,
  type ShapeFigure,
} from './info';

const FAMILY_LIST: Family[] = [
  lenetFamily,
  alexnetFamily,
  alexnetTorchvisionFamily,
  zfnetFamily,
  ninFamily,
  inceptionDemoFamily,
  vggFamily,
  googlenetFamily,
  resnetFamily,
  resnetCifarFamily,
  wrnFamily,
  resnextFamily,
  senetFamily,
  densenetFamily,
  squeezenetFamily,
  inceptionV4Family,
  inceptionResnetV2Family,
  fractalnetFamily,
  nasnetFamily,
];
const PRESET_LIST: Preset[] = [
  ...lenetPresets,
  ...alexnetPresets,
  ...ninPresets,
  ...inceptionDemoPresets,
  ...vggPresets,
  ...googlenetPresets,
  ...resnetPresets,
  ...wrnPresets,
  ...senetPresets,
  ...densenetPresets,
  ...squeezenetPresets,
  ...inceptionV4Presets,
  ...fractalnetPresets,
  ...nasnetPresets,
];

export const families: ReadonlyMap<string, Family> = new Map(FAMILY_LIST.map((f) => [f.id, f]));
export const presets: ReadonlyMap<string, Preset> = new Map(PRESET_LIST.map((p) => [p.id, p]));

/** Every preset id, in catalog order. */
export function listIds(): string[] {
  return PRESET_LIST.map((p) => p.id);
}

export interface Resolved {
  family: Family;
  preset?: Preset;
  values: KnobValues;
}

/**
 * Resolve an id (a preset such as `resnet50`, or a family such as `resnet`) and knob overrides
 * to a family and complete knob values. Throws SpecError `unknown-model` / `bad-knob`.
 */
export function resolve(
  id: string,
  overrides: Record<string, KnobValue | undefined> = {},
): Resolved {
  const preset = presets.get(id);
  const family = families.get(preset ? preset.family : id);
  if (!family) {
    throw new SpecError('', 'unknown-model', { code: 'unknown-model', id });
  }
  const values = resolveKnobs(family, { ...(preset?.values ?? {}), ...overrides });
  return { family, preset, values };
}

/** Build the spec for an id and knob overrides. */
export function buildModel(
  id: string,
  overrides: Record<string, KnobValue | undefined> = {},
): CatalogSpec {
  const { family, preset, values } = resolve(id, overrides);
  const spec = family.build(values);
  const sameAsPreset =
    preset &&
    Object.keys(overrides).every(
      (k) =>
        overrides[k] === undefined ||
        String(overrides[k]) ===
          String(preset.values[k] ?? family.knobs.find((kn) => kn.key === k)?.default),
    );
  return { ...spec, id: sameAsPreset ? preset.id : id, info: preset?.info ?? spec.info };
}

/** The preset whose knob values equal these, if any (so `resnet?depth=50` shows ResNet-50's card). */
export function presetFor(familyId: string, values: KnobValues): Preset | undefined {
  const family = families.get(familyId);
  if (!family) return undefined;
  return PRESET_LIST.find((p) => {
    if (p.family !== familyId) return false;
    const full = resolveKnobs(family, p.values);
    return family.knobs.every((k) => String(full[k.key]) === String(values[k.key]));
  });
}
