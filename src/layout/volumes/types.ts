/** What the stacked-volumes layout returns: drafts (what is drawn) and placed volumes (where). */
import type { Shape } from '../../engine/analysis';
import type { OpFamily } from '../op-family';

/** One drawn box (a stream): front face at (x, y) sized w × h, receding by (dx, −dy). */
export interface Cuboid {
  x: number;
  y: number;
  w: number;
  h: number;
  dx: number;
  dy: number;
}

/** What one volume is, before it is placed: streams at scale 1 around the axis y = 0, x = 0. */
export interface VolumeDraft {
  /** Leaf or module path (the selection key). */
  id: string;
  kind: 'leaf' | 'module';
  family: OpFamily;
  /** Name above the box: `conv3`, `inception4a`, `transition1/conv`. */
  label: string;
  /** Shape below the box: `256×13×13`, or `2 × 128×27×27` for two towers. */
  detail: string;
  /** Hover text: full path, op or module kind, shape. */
  title: string;
  shape: Shape;
  /** One cuboid per stream (AlexNet's towers), top to bottom. */
  streams: Cuboid[];
}

export interface VolumeSummary {
  /** Volumes drawn. */
  volumes: number;
  /** Layers of the network on the inference path, the input not counted. */
  layers: number;
  /** Branched modules (residual, Inception, dense, fire, cells) drawn as their output volume. */
  modules: number;
  /** Their kinds (`bottleneck`, `inception`, `normal-cell` …), in order of first appearance. */
  kinds: string[];
  /** Sequences too long for the budget, drawn as one volume: name and number of parts. */
  closed: { label: string; parts: number }[];
}

export interface VolumeSet {
  volumes: VolumeDraft[];
  summary: VolumeSummary;
}

/** A placed volume: its streams scaled and moved into the panel's coordinates. */
export interface Volume extends VolumeDraft {
  /** Row of the paragraph, 0 at the top. */
  row: number;
  /** Horizontal extent of the slot (box plus label room). */
  x: number;
  width: number;
  /** Centre line of the text and baselines of the two lines. */
  cx: number;
  labelY: number;
  detailY: number;
}

export interface VolumesLayout {
  volumes: Volume[];
  /** Flow lines as polylines, each ending in an arrowhead at its last point. */
  links: { points: [number, number][] }[];
  width: number;
  height: number;
  /** Top edge of the drawing. */
  top: number;
  rows: number;
  /** Box scale chosen for the panel (1 = the scales above). */
  scale: number;
  font: { label: number; detail: number };
  /** The set this layout places, and the panel it was made for. */
  set: VolumeSet;
  panel: { width: number; height: number };
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
