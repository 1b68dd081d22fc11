/**
 * Notation text → spec (grammar.ts holds the grammar). Errors name the line, the column and the
 * token that broke a rule; the spec's leaves map back to the text they came from, so the editor
 * can point an engine error (which names a layer path) at its line.
 */
import type { BlockNode, Pair, SpecNode } from '../engine/types';
import { notationText, type NotationMessage, type NotationPart } from './messages';
import {
  DEFAULT_INPUT,
  LRN_DEFAULTS,
  MAX_REPEAT,
  MAX_SIZE,
  type ConvOptions,
  type Item,
} from './grammar';

/** Where a piece of the text is: 0-based offset, 1-based line and column, length in characters. */
export interface Span {
  offset: number;
  length: number;
  line: number;
  column: number;
}

export class NotationError extends Error {
  readonly span: Span;
  /** The item of the text that broke a rule, as written. */
  readonly token: string;
  /** What is wrong, as data: the editor says it in the language shown. */
  readonly msg: NotationMessage;
  /** The English sentence of `msg` (the CLI and the tests read it). */
  readonly detail: string;
  constructor(span: Span, token: string, msg: NotationMessage) {
    const detail = notationText(msg);
    super(`line ${span.line}, column ${span.column}: "${token}": ${detail}`);
    this.name = 'NotationError';
    this.span = span;
    this.token = token;
    this.msg = msg;
    this.detail = detail;
  }
}

export interface ParsedNotation {
  spec: { root: BlockNode };
  /** Leaf path → the item of the text it came from (implied layers map to their item too). */
  spans: Map<string, Span>;
}

/** A span from an offset in `text`. */
export function spanAt(text: string, offset: number, length: number): Span {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, length, line, column: offset - lineStart + 1 };
}

interface RawItem {
  text: string;
  offset: number;
}

/** Split into items at commas and line breaks, dropping comments and empty items. */
function splitItems(text: string): RawItem[] {
  const out: RawItem[] = [];
  const re = /[^,\n#]+|#[^\n]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].startsWith('#')) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) out.push({ text: t, offset: m.index + lead });
  }
  return out;
}

type Fail = (msg: NotationMessage) => never;

function int(raw: string | undefined, what: NotationPart, fail: Fail, min = 1): number {
  if (raw === undefined || !/^\d+$/.test(raw)) fail({ code: 'not-whole', what });
  const n = Number(raw);
  if (n < min || n > MAX_SIZE) fail({ code: 'out-of-range', what, min, max: MAX_SIZE });
  return n;
}

function size(raw: string | undefined, what: NotationPart, fail: Fail, min = 1): [number, number] {
  if (raw === undefined || raw === '') fail({ code: 'missing-size', what });
  const parts = raw.split(/[x×]/);
  if (parts.length > 2) fail({ code: 'size-form', what });
  const h = int(parts[0], what, fail, min);
  return [h, parts.length === 2 ? int(parts[1], what, fail, min) : h];
}

const PLAIN: Record<string, Extract<Item, { kind: 'plain' }>['op']> = {
  relu: 'relu',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  softmax: 'softmax',
  'soft-max': 'softmax',
  bn: 'bn',
  flatten: 'flatten',
};

/** One layer word (without its repeat), lower-cased, into an Item. */
function parseLayer(word: string, fail: Fail): Item {
  const [head, ...optList] = word.split('/');
  let m: RegExpExecArray | null;
  if ((m = /^conv(\d+(?:[x×]\d+)?)-(\S*)$/.exec(head))) {
    const kernel = size(m[1], 'conv-window', fail);
    const out = int(m[2], 'conv-channels', fail);
    const opts: ConvOptions = { bias: true };
    for (const o of optList) {
      let v: RegExpExecArray | null;
      if ((v = /^s(.*)$/.exec(o))) opts.stride = size(v[1], 'stride', fail);
      else if (o === 'psame' || o === 'pvalid') opts.padding = o === 'psame' ? 'same' : 'valid';
      else if ((v = /^p(.*)$/.exec(o))) opts.padding = size(v[1], 'padding', fail, 0);
      else if ((v = /^d(.*)$/.exec(o))) opts.dilation = size(v[1], 'dilation', fail);
      else if ((v = /^g(.*)$/.exec(o))) opts.groups = int(v[1], 'groups', fail);
      else if (o === 'bn') opts.bn = true;
      else if (o === 'nobias') opts.bias = false;
      else if (o === 'relu' || o === 'linear') opts.relu = o === 'relu';
      else fail({ code: 'conv-option', option: o });
    }
    return { kind: 'conv', kernel, out, opts };
  }
  if (/^conv/.test(head)) fail({ code: 'conv-form' });
  if ((m = /^(max|avg)pool(\S*)$/.exec(head))) {
    const item: Extract<Item, { kind: 'pool' }> = {
      kind: 'pool',
      mode: m[1] as 'max' | 'avg',
      kernel: m[2] ? size(m[2], 'pool-window', fail) : [2, 2],
    };
    for (const o of optList) {
      let v: RegExpExecArray | null;
      if (o === 'ceil') item.ceil = true;
      else if (o === 'global') item.global = true;
      else if ((v = /^out(.*)$/.exec(o))) item.output = size(v[1], 'pool-output', fail);
      else if ((v = /^s(.*)$/.exec(o))) item.stride = size(v[1], 'stride', fail);
      else if ((v = /^p(.*)$/.exec(o))) item.padding = size(v[1], 'padding', fail, 0);
      else fail({ code: 'pool-option', option: o });
    }
    return item;
  }
  if ((m = /^fc-(\S*)$/.exec(head))) {
    const item: Extract<Item, { kind: 'fc' }> = {
      kind: 'fc',
      out: int(m[1], 'fc-outputs', fail),
      bias: true,
    };
    for (const o of optList) {
      if (o === 'nobias') item.bias = false;
      else if (o === 'relu' || o === 'linear') item.relu = o === 'relu';
      else fail({ code: 'fc-option', option: o });
    }
    return item;
  }
  if (/^fc/.test(head)) fail({ code: 'fc-form' });
  const noOpts = () => {
    if (optList.length) fail({ code: 'no-options', layer: head });
  };
  if ((m = /^dropout(?:-(.*))?$/.exec(head))) {
    noOpts();
    if (m[1] === undefined) return { kind: 'dropout', p: 0.5 };
    const p = Number(m[1]);
    if (!/^(0|0?\.\d+)$/.test(m[1]) || !(p >= 0 && p < 1)) fail({ code: 'dropout-p' });
    return { kind: 'dropout', p };
  }
  if ((m = /^lrn(\d*)$/.exec(head))) {
    noOpts();
    return { kind: 'lrn', size: m[1] ? int(m[1], 'lrn-size', fail) : 5 };
  }
  if (PLAIN[head]) {
    noOpts();
    return { kind: 'plain', op: PLAIN[head] };
  }
  return fail({ code: 'unknown-layer', layer: head });
}

const REPEAT_RE = /(?:\s*×\s*|\s+[x*]\s*)(\S+)$/;

interface Placed {
  item: Item;
  span: Span;
}

/** Parse the items of a text, with the input shape (the `input` item or the default). */
export function parseItems(text: string): { input: number[]; items: Placed[] } {
  const raws = splitItems(text);
  let input = [...DEFAULT_INPUT];
  const items: Placed[] = [];
  raws.forEach((raw, idx) => {
    const whole = spanAt(text, raw.offset, raw.text.length);
    const fail: Fail = (msg) => {
      throw new NotationError(whole, raw.text, msg);
    };
    const lower = raw.text.toLowerCase();
    const im = /^input[\s-]*(.*)$/.exec(lower);
    if (im) {
      if (idx !== 0) fail({ code: 'input-not-first' });
      const dims = im[1].split(/\s*[x×]\s*/);
      if (dims.length !== 1 && dims.length !== 3) fail({ code: 'input-form' });
      input = dims.map((d) => int(d, 'input-size', fail));
      return;
    }
    let word = lower;
    let count = 1;
    const rm = REPEAT_RE.exec(lower);
    if (rm) {
      word = lower.slice(0, rm.index).trim();
      count = int(rm[1], 'repeat-count', fail);
      if (count > MAX_REPEAT) fail({ code: 'repeat-max', max: MAX_REPEAT });
    }
    if (/\s/.test(word)) {
      const at = word.search(/\s/);
      fail({ code: 'unexpected', word: word.slice(at).trim(), after: word.slice(0, at) });
    }
    const item = parseLayer(word, fail);
    for (let i = 0; i < count; i++) items.push({ item, span: whole });
  });
  return { input, items };
}

/** The spec nodes of one item, named by the stage rule of grammar.ts. */
function pairOut(p: [number, number]): Pair {
  return p[0] === p[1] ? p[0] : p;
}

/** Parse a notation text into a spec (a flat chain named by stage) and its leaf spans. */
export function parseNotation(text: string): ParsedNotation {
  const { input, items } = parseItems(text);
  const spans = new Map<string, Span>();
  const layers: SpecNode[] = [{ op: 'input', name: 'input', shape: input }];
  let lastWeight = -1;
  items.forEach((p, i) => {
    if (p.item.kind === 'conv' || p.item.kind === 'fc') lastWeight = i;
  });
  let flat = input.length === 1;
  let stage = 1;
  let inStage = 0;
  let after = ''; // the suffix the next ReLU/BN/dropout takes: "3_2" after conv3_2, "6" after fc6
  const counters = new Map<string, number>();
  const push = (node: SpecNode, span: Span) => {
    layers.push(node);
    spans.set(node.name, span);
  };
  const counted = (op: string) => {
    const n = (counters.get(op) ?? 0) + 1;
    counters.set(op, n);
    return `${op}${n}`;
  };
  const unique = (name: string) => (spans.has(name) ? counted(name + '_') : name);

  items.forEach(({ item, span }, i) => {
    switch (item.kind) {
      case 'conv': {
        inStage++;
        after = `${stage}_${inStage}`;
        const o = item.opts;
        const pad = o.padding ?? [Math.floor(item.kernel[0] / 2), Math.floor(item.kernel[1] / 2)];
        const node: SpecNode = {
          op: 'conv',
          name: unique(`conv${after}`),
          out: item.out,
          kernel: pairOut(item.kernel),
          ...(o.stride ? { stride: pairOut(o.stride) } : {}),
          ...(typeof pad === 'string'
            ? { padding: pad }
            : pad[0] || pad[1]
              ? { padding: pairOut(pad) }
              : {}),
          ...(o.dilation ? { dilation: pairOut(o.dilation) } : {}),
          ...(o.groups ? { groups: o.groups } : {}),
          ...(o.bias ? {} : { bias: false }),
        };
        push(node, span);
        if (o.bn) push({ op: 'bn', name: unique(`bn${after}`) }, span);
        if (o.relu ?? i !== lastWeight) push({ op: 'relu', name: unique(`relu${after}`) }, span);
        return;
      }
      case 'pool': {
        const name = unique(`pool${stage}`);
        push(
          {
            op: 'pool',
            name,
            mode: item.mode,
            ...(item.global
              ? { global: true }
              : item.output
                ? { output: pairOut(item.output) }
                : {
                    kernel: pairOut(item.kernel),
                    ...(item.stride ? { stride: pairOut(item.stride) } : {}),
                    ...(item.padding ? { padding: pairOut(item.padding) } : {}),
                    ...(item.ceil ? { ceil: true } : {}),
                  }),
          },
          span,
        );
        stage++;
        inStage = 0;
        after = `${stage - 1}`;
        return;
      }
      case 'fc': {
        if (!flat) {
          push({ op: 'flatten', name: unique('flatten') }, span);
          flat = true;
        }
        after = `${stage}`;
        push(
          {
            op: 'fc',
            name: unique(`fc${stage}`),
            out: item.out,
            ...(item.bias ? {} : { bias: false }),
          },
          span,
        );
        if (item.relu ?? i !== lastWeight) push({ op: 'relu', name: unique(`relu${after}`) }, span);
        stage++;
        inStage = 0;
        return;
      }
      case 'dropout':
        push(
          { op: 'dropout', name: unique(after ? `drop${after}` : counted('drop')), p: item.p },
          span,
        );
        return;
      case 'lrn':
        push({ op: 'lrn', name: counted('lrn'), size: item.size, ...LRN_DEFAULTS }, span);
        return;
      case 'plain': {
        if (item.op === 'flatten') flat = true;
        const named = (item.op === 'relu' || item.op === 'bn') && after;
        push({ op: item.op, name: named ? unique(`${item.op}${after}`) : counted(item.op) }, span);
        return;
      }
    }
  });
  return {
    spec: { root: { op: 'block', name: 'net', kind: 'network', layers } },
    spans,
  };
}
