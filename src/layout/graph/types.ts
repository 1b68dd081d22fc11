/**
 * What a graph layout returns: absolute boxes and polylines for the renderer in
 * src/charts/diagram.ts. Units: pixels at zoom 1; x grows right, y grows down; data flows top to
 * bottom.
 */
import type { OpFamily } from '../op-family';

export interface Point {
  x: number;
  y: number;
}

export interface DiagramNode {
  /** Leaf path or collapsed-module path (the selection key). */
  id: string;
  kind: 'leaf' | 'module';
  /** Leaf op, or the module's kind. */
  op: string;
  family: OpFamily;
  /** First line: the op label (`conv 3×3, 64, /2`) or the module's name. */
  label: string;
  /** Second line: output shape C×H×W, and for a module its kind and leaf count. */
  detail: string;
  /** Leaves this node stands for (1 for a leaf). */
  leaves: number;
  /** Top-left corner and size, absolute. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramEdge {
  source: string;
  target: string;
  /** Shape of the value flowing along the edge (the producer's output). */
  shape: string;
  points: Point[];
}

/** The frame of an expanded module: clicking its header collapses it. */
export interface GroupBox {
  id: string;
  label: string;
  kind: string;
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Height of the header band at the top (holds the label). */
  header: number;
}

export interface GraphLayout {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Outermost first, so inner boxes draw on top. */
  groups: GroupBox[];
  width: number;
  height: number;
}
