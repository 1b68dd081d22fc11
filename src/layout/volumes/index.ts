/**
 * "Stacked volumes" geometry, the style of the AlexNet and VGG papers' figures: 3-D boxes, one per
 * output volume on the main path, drawn in oblique projection and read like a paragraph. Two
 * phases: `layoutVolumes(a)` (select.ts) decides WHAT is drawn, independent of the panel;
 * `arrangeVolumes(set, w, h)` (arrange.ts) decides WHERE, for a panel of w × h px. measure.ts
 * holds the box scales and the text width estimate both read.
 */
export { column, side, textWidth, thickness, FONT } from './measure';
export { layoutVolumes, volumeItems, VOLUME_BUDGET, type VolumesOptions } from './select';
export { arrangeVolumes, boxRect, fitTransform, textBoxes } from './arrange';
export type {
  Cuboid,
  Rect,
  Volume,
  VolumeDraft,
  VolumeSet,
  VolumeSummary,
  VolumesLayout,
} from './types';
