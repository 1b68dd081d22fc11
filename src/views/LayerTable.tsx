import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import type { Analysis, LayerResult, ModuleResult } from '../engine/analysis';
import { BYTES, bytesText, computeFigure, type Conventions } from '../engine/conventions';
import { fmt, shapeText } from '../engine/format';
import { opFamily } from '../engine/index';
import { graphWords, labelText, table } from '../i18n';
import './table.css';

export interface LayerTableProps {
  analysis: Analysis;
  conventions: Conventions;
  /** Changes when the model changes: collapse and sort state start over. */
  modelKey: string;
  selected: string | null;
  hovered: string | null;
  onSelect(path: string | null): void;
  onHover(path: string | null): void;
  /** A path to mark as failing (the engine's error at another input). */
  errorPath?: string;
}

export type SortKey = 'path' | 'op' | 'out' | 'params' | 'compute' | 'memory' | 'rf';
type Sort = { key: SortKey; dir: 1 | -1 } | null;

/** A row is a module (group header with subtotals) or a leaf. */
export type Row =
  | { kind: 'module'; path: string; depth: number; module: ModuleResult }
  | { kind: 'leaf'; path: string; depth: number; layer: LayerResult };

/** Row height in px: fixed, so the visible window is computed from the scroll offset. */
export const ROW_HEIGHT = 28;
/** Above this many rows only the visible window (plus some overscan) is rendered. */
export const WINDOW_MIN_ROWS = 200;
const OVERSCAN = 12;
const FALLBACK_VIEWPORT = 560;

interface Index {
  modules: Map<string, ModuleResult>;
  layers: Map<string, LayerResult>;
}

function buildIndex(a: Analysis): Index {
  return {
    modules: new Map(a.modules.map((m) => [m.path, m])),
    layers: new Map(a.layers.map((l) => [l.path, l])),
  };
}

/** Rows in module order: each module's header, then (unless collapsed) its children. */
export function groupedRows(a: Analysis, idx: Index, collapsed: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  const walk = (m: ModuleResult, depth: number) => {
    for (const child of m.children) {
      const sub = idx.modules.get(child);
      if (sub) {
        rows.push({ kind: 'module', path: child, depth, module: sub });
        if (!collapsed.has(child)) walk(sub, depth + 1);
      } else {
        const layer = idx.layers.get(child);
        if (layer) rows.push({ kind: 'leaf', path: child, depth, layer });
      }
    }
  };
  walk(a.modules[0], 0);
  return rows;
}

function leafValue(l: LayerResult, key: SortKey): number | string {
  switch (key) {
    case 'path':
      return l.path;
    case 'op':
      return l.op;
    case 'out':
      return l.activations;
    case 'params':
      return l.params;
    case 'compute':
      return l.macs;
    case 'memory':
      return l.activations;
    case 'rf':
      return l.rf.size[0] * l.rf.size[1];
  }
}

/** Leaves only, sorted by one column (ties keep execution order). */
export function sortedRows(a: Analysis, sort: NonNullable<Sort>): Row[] {
  const rows = a.layers.map((layer, i) => ({ layer, i }));
  rows.sort((x, y) => {
    const vx = leafValue(x.layer, sort.key);
    const vy = leafValue(y.layer, sort.key);
    const c =
      typeof vx === 'number' && typeof vy === 'number'
        ? vx - vy
        : String(vx).localeCompare(String(vy));
    return c !== 0 ? c * sort.dir : x.i - y.i;
  });
  return rows.map(({ layer }) => ({ kind: 'leaf', path: layer.path, depth: 0, layer }));
}

function ancestors(path: string): string[] {
  const parts = path.split('/');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('/'));
  return out;
}

const COLUMNS: SortKey[] = ['path', 'op', 'out', 'params', 'compute', 'memory', 'rf'];

export function LayerTable(props: LayerTableProps) {
  const { analysis, conventions, modelKey, selected, hovered, onSelect, onHover, errorPath } =
    props;
  const idx = useMemo(() => buildIndex(analysis), [analysis]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [sort, setSort] = useState<Sort>(null);
  const [keyOfState, setKeyOfState] = useState(modelKey);
  if (keyOfState !== modelKey) {
    // A new model: start from its default view (React's "adjust state during render" pattern).
    setKeyOfState(modelKey);
    setCollapsed(new Set());
    setSort(null);
  }

  // A selection from elsewhere (diagram, URL) inside a collapsed group opens that group.
  const target = selected ?? errorPath ?? null;
  useEffect(() => {
    if (!target) return;
    setCollapsed((c) => {
      const hidden = ancestors(target).filter((p) => c.has(p));
      if (!hidden.length) return c;
      const next = new Set(c);
      for (const p of hidden) next.delete(p);
      return next;
    });
  }, [target]);

  const rows = useMemo(
    () => (sort ? sortedRows(analysis, sort) : groupedRows(analysis, idx, collapsed)),
    [analysis, idx, collapsed, sort],
  );

  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && el.clientHeight > 0) setViewport(el.clientHeight);
  }, []);

  // Keep the selected (or failing) row in view.
  const targetIndex = useMemo(
    () => (target ? rows.findIndex((r) => r.path === target) : -1),
    [rows, target],
  );
  useEffect(() => {
    const el = scroller.current;
    if (!el || targetIndex < 0) return;
    const top = targetIndex * ROW_HEIGHT;
    const view = el.clientHeight || viewport;
    const head = ROW_HEIGHT; // the sticky header covers one row
    if (top < el.scrollTop + head || top + ROW_HEIGHT > el.scrollTop + view - head) {
      el.scrollTop = Math.max(0, top - view / 3);
      setScrollTop(el.scrollTop);
    }
  }, [targetIndex, viewport]);

  // Keyboard: the rows are one tab stop (roving tabindex): the row last moved to, else the
  // selected one, else the first. ↑ ↓ Home End PageUp PageDown move, Enter or Space selects, Esc
  // clears, → ← open and close a module's row.
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const stopPath =
    (focusPath && rows.some((r) => r.path === focusPath) && focusPath) ||
    (selected && rows.some((r) => r.path === selected) && selected) ||
    rows[0]?.path ||
    null;
  const wantFocus = useRef(false);
  useEffect(() => {
    if (!wantFocus.current || !focusPath) return;
    wantFocus.current = false;
    const rowsShown = scroller.current?.querySelectorAll<HTMLElement>('tr[data-path]') ?? [];
    for (const el of rowsShown)
      if (el.getAttribute('data-path') === focusPath) el.focus({ preventScroll: true });
  });
  const onRowKey = (e: ReactKeyboardEvent<HTMLTableSectionElement>) => {
    const tr = e.target as HTMLElement;
    if (tr.tagName !== 'TR' || e.altKey || e.ctrlKey || e.metaKey) return;
    const path = tr.getAttribute('data-path');
    const i = rows.findIndex((r) => r.path === path);
    if (!path || i < 0) return;
    const page = Math.max(
      1,
      Math.floor((scroller.current?.clientHeight || viewport) / ROW_HEIGHT) - 2,
    );
    const to: Record<string, number> = {
      ArrowDown: i + 1,
      ArrowUp: i - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: i + page,
      PageUp: i - page,
    };
    const row = rows[i];
    if (e.key in to) {
      const j = Math.max(0, Math.min(rows.length - 1, to[e.key]));
      const el = scroller.current;
      if (el) {
        // Bring the row into the scrolled area (below the sticky header) before it is focused.
        const top = j * ROW_HEIGHT;
        const view = el.clientHeight || viewport;
        if (
          top < el.scrollTop + ROW_HEIGHT ||
          top + ROW_HEIGHT > el.scrollTop + view - ROW_HEIGHT
        ) {
          el.scrollTop = Math.max(0, top - view / 3);
          setScrollTop(el.scrollTop);
        }
      }
      wantFocus.current = true;
      setFocusPath(rows[j].path);
    } else if (e.key === 'Enter' || e.key === ' ') onSelect(path);
    else if (e.key === 'Escape') {
      if (selected === null) return;
      onSelect(null);
    } else if (row.kind === 'module' && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      if (collapsed.has(path) === (e.key === 'ArrowRight')) toggle(path);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const windowed = rows.length > WINDOW_MIN_ROWS;
  const first = windowed ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = windowed
    ? Math.min(rows.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN)
    : rows.length;

  const toggle = useCallback((path: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(path)) next.delete(path);
      else next.add(path);
      return next;
    });
  }, []);

  const bytes = BYTES[conventions.precision] * conventions.batch;
  const computeName = table.columns[conventions.compute] + table.batchSuffix(conventions.batch);
  const memoryName = table.columns.memory;
  const header: Record<SortKey, string> = {
    path: table.columns.path,
    op: table.columns.op,
    out: table.columns.out,
    params: table.columns.params,
    compute: computeName,
    memory: memoryName,
    rf: table.columns.rf,
  };
  const clickSort = (key: SortKey) =>
    setSort((s) =>
      !s || s.key !== key
        ? { key, dir: key === 'path' || key === 'op' ? 1 : -1 }
        : s.dir === (key === 'path' || key === 'op' ? 1 : -1)
          ? { key, dir: s.dir === 1 ? -1 : 1 }
          : null,
    );

  const total = analysis.totals;
  const allModules = analysis.modules.slice(1).map((m) => m.path);

  return (
    <section className="table" aria-label={table.heading} data-testid="layer-table">
      <div className="table-bar">
        <h2>{table.heading}</h2>
        <span className="table-count">{table.rows(total.layers)}</span>
        {sort ? (
          <button type="button" onClick={() => setSort(null)}>
            {table.unsort}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => setCollapsed(new Set())}>
              {table.expandAll}
            </button>
            <button type="button" onClick={() => setCollapsed(new Set(allModules))}>
              {table.collapseAll}
            </button>
          </>
        )}
      </div>
      <p className="table-note">{table.conventions(conventions.precision, conventions.batch)}</p>
      <div
        className="table-scroll"
        ref={scroller}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onMouseLeave={() => onHover(null)}
      >
        <table>
          <colgroup>
            <col className="table-col-path" />
            <col className="table-col-op" />
            <col className="table-col-out" />
            <col className="table-col-params" />
            <col className="table-col-compute" />
            <col className="table-col-memory" />
            <col className="table-col-rf" />
          </colgroup>
          <thead>
            <tr>
              {COLUMNS.map((key) => (
                <th
                  key={key}
                  scope="col"
                  className={`table-h-${key}`}
                  aria-sort={
                    sort?.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'
                  }
                >
                  <button
                    type="button"
                    onClick={() => clickSort(key)}
                    title={`${table.sortBy(header[key])}${key === 'rf' ? ` (${table.columns.rfLong})` : ''}`}
                  >
                    {header[key]}
                    <span className="table-sort-mark">
                      {sort?.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody onKeyDown={onRowKey}>
            {first > 0 && (
              <tr className="table-spacer" style={{ height: first * ROW_HEIGHT }} aria-hidden />
            )}
            {rows.slice(first, last).map((r) => (
              <TableRow
                key={r.path}
                row={r}
                sorted={!!sort}
                bytes={bytes}
                conventions={conventions}
                collapsed={collapsed.has(r.path)}
                selected={selected === r.path}
                stop={stopPath === r.path}
                hovered={hovered === r.path}
                failing={errorPath === r.path}
                onToggle={toggle}
                onSelect={onSelect}
                onHover={onHover}
              />
            ))}
            {last < rows.length && (
              <tr
                className="table-spacer"
                style={{ height: (rows.length - last) * ROW_HEIGHT }}
                aria-hidden
              />
            )}
          </tbody>
          <tfoot>
            <tr className="table-total" data-testid="table-total">
              <th scope="row">
                {analysis.hasTrainingOnly ? table.totalWithTraining : table.total}
              </th>
              <td />
              <td>{shapeText(analysis.output)}</td>
              <td className="num" data-testid="table-total-params">
                {fmt(total.params)}
              </td>
              <td className="num" data-testid="table-total-compute">
                {fmt(computeFigure(total.macs, conventions))}
              </td>
              <td className="num">{bytesText(total.storedValues * bytes)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

interface RowProps {
  row: Row;
  sorted: boolean;
  bytes: number;
  conventions: Conventions;
  collapsed: boolean;
  selected: boolean;
  /** The rows' one tab stop. */
  stop: boolean;
  hovered: boolean;
  failing: boolean;
  onToggle(path: string): void;
  onSelect(path: string | null): void;
  onHover(path: string | null): void;
}

function rfText(size: readonly [number, number]): string {
  return `${size[0]}×${size[1]}`;
}

/** Memoized: a hover or selection change re-renders only the rows whose flags changed. */
const TableRow = memo(function TableRow(p: RowProps) {
  const { row } = p;
  const cls = [
    'table-row',
    `table-${row.kind}`,
    p.selected ? 'is-selected' : '',
    p.hovered ? 'is-hovered' : '',
    p.failing ? 'is-failing' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    className: cls,
    'data-path': row.path,
    'aria-selected': p.selected,
    tabIndex: p.stop ? 0 : -1,
    onClick: () => p.onSelect(row.path),
    onMouseEnter: () => p.onHover(row.path),
    style: { height: ROW_HEIGHT },
  };
  const indent = { paddingLeft: 6 + row.depth * 14 };
  if (row.kind === 'module') {
    const m = row.module;
    return (
      <tr {...common}>
        <th scope="row" style={indent} title={m.path}>
          <button
            type="button"
            className="table-toggle"
            aria-expanded={!p.collapsed}
            aria-label={p.collapsed ? table.expand(m.name) : table.collapse(m.name)}
            onClick={(e) => {
              e.stopPropagation();
              p.onToggle(m.path);
            }}
          >
            {p.collapsed ? '▸' : '▾'}
          </button>
          <span className="table-name">{m.name}</span>
          {m.label !== m.name && <span className="table-label">{labelText(m.label)}</span>}
        </th>
        <td className="table-kind">{graphWords.kind(String(m.kind))}</td>
        <td>{shapeText(m.out)}</td>
        <td className="num">{fmt(m.totals.params)}</td>
        <td className="num">{fmt(computeFigure(m.totals.macs, p.conventions))}</td>
        <td className="num">{bytesText(m.totals.storedValues * p.bytes)}</td>
        <td>{rfText(m.rf.size)}</td>
      </tr>
    );
  }
  const l = row.layer;
  return (
    <tr {...common} data-op={l.op}>
      <th scope="row" style={indent} title={l.path}>
        <span className={`table-dot op-fam-${opFamily(l.op)}`} aria-hidden />
        <span className="table-name">{p.sorted ? l.path : l.name}</span>
        {l.trainingOnly && <span className="table-tag">{table.trainingOnly}</span>}
      </th>
      <td title={labelText(l.label)}>{l.op}</td>
      <td>{shapeText(l.out)}</td>
      <td className="num">{fmt(l.params)}</td>
      <td className="num">{fmt(computeFigure(l.macs, p.conventions))}</td>
      <td
        className={`num${l.inPlace ? ' is-inplace' : ''}`}
        title={l.inPlace ? table.inPlace : undefined}
      >
        {l.inPlace ? `(${bytesText(l.activations * p.bytes)})` : bytesText(l.activations * p.bytes)}
      </td>
      <td>{rfText(l.rf.size)}</td>
    </tr>
  );
});
