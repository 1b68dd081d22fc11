import {
  useEffect,
  useLayoutEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { createDiagram, type Diagram } from '../charts/diagram';
import { createVolumes, type VolumesChart } from '../charts/volumes';
import type { Analysis } from '../engine/analysis';
import { shapeText } from '../engine/format';
import { a11y, diagram as t, graphText, graphWords, labelText } from '../i18n';
import {
  allModules,
  defaultExpanded,
  layoutGraph,
  OP_FAMILIES,
  visibleNodes,
} from '../layout/graph';
import { keyNav, type KeyNav, type NavMove } from '../layout/keynav';
import { isTypingTarget } from './keys';
import { useDagre } from './useDagre';
import { layoutVolumes } from '../layout/volumes';
import './diagram.css';

export interface DiagramPanelProps {
  analysis: Analysis;
  /** Changes when the model or its knobs change: the collapse state resets to the default. */
  modelKey: string;
  style: 'graph' | 'volumes';
  /** Leaf or module path. */
  selected: string | null;
  hovered: string | null;
  /** Layers drawn with a mark (the memory panel's "keep the most"). */
  marks?: readonly string[];
  onSelect(path: string | null): void;
  onHover(path: string | null): void;
  /** Presentation mode: the view follows the selection at a zoom where labels are ≥ 18 px. */
  present?: boolean;
}

/** Presentation zoom: the 10 px detail line and 11 px labels show at 18 and 19.8 CSS px. */
export const PRESENT_ZOOM = 1.8;

/** Zoom step of the +/− buttons and keys. */
const ZOOM_STEP = 1.25;
/** Pan step of Shift+arrows, in screen px. */
const PAN_STEP = 80;

/** Arrow keys, Home and End as moves along the network (see src/layout/keynav.ts). */
const MOVES: Record<string, NavMove> = {
  ArrowDown: 'next',
  ArrowUp: 'prev',
  ArrowRight: 'right',
  ArrowLeft: 'left',
  Home: 'first',
  End: 'last',
};

/** The accessible name of a layer or module of `a`: what it is, in words, from engine results. */
export function describer(a: Analysis): (path: string) => string {
  const layers = new Map(a.layers.map((l) => [l.path, l]));
  const modules = new Map(a.modules.map((m) => [m.path, m]));
  return (path) => {
    const l = layers.get(path);
    if (l)
      return a11y.leaf(
        l.name,
        a11y.ops[l.op] ?? l.op,
        labelText(l.label),
        shapeText(l.out),
        l.params,
      );
    const m = modules.get(path);
    if (m)
      return a11y.module(
        m.name,
        graphWords.kind(String(m.kind)),
        m.end - m.start,
        shapeText(m.out),
        m.totals.params,
      );
    return path;
  };
}

/** Which modules are expanded, remembered per model key. */
interface Expansion {
  key: string;
  expanded: ReadonlySet<string>;
}

/** The layer diagram: a collapsible graph, or the papers' stacked volumes. */
export function DiagramPanel(props: DiagramPanelProps) {
  const { analysis, modelKey, style, selected, hovered, marks, present = false } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const chartRef = useRef<Diagram | VolumesChart | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  const [own, setOwn] = useState<Expansion | null>(null);
  // Derived: the user's choice for this model, else the default collapse level.
  const expanded = useMemo(
    () => (own && own.key === modelKey ? own.expanded : defaultExpanded(analysis)),
    [own, modelKey, analysis],
  );
  const setExpanded = (next: ReadonlySet<string>) => setOwn({ key: modelKey, expanded: next });
  // Expand all / collapse all / default view redraw the whole network: show it afresh from its
  // top (a view kept from before points at an unrelated, often empty, region). Toggling one
  // module keeps the reader's view.
  const [views, setViews] = useState(0);
  const showAll = (next: ReadonlySet<string>) => {
    setExpanded(next);
    setViews((n) => n + 1);
  };

  // Null while the dagre library this graph needs is loading (useDagre).
  const lay = useDagre();
  const graph = useMemo(() => {
    if (style !== 'graph') return null;
    // The bench reads this measure: layout time alone, without React and painting.
    const t0 = performance.now();
    const l = lay(() => layoutGraph(analysis, expanded, {}, graphText()));
    if (l) performance.measure('atlas:diagram-layout', { start: t0, end: performance.now() });
    return l;
  }, [style, analysis, expanded, lay]);
  const volumes = useMemo(
    () => (style === 'volumes' ? layoutVolumes(analysis) : null),
    [style, analysis],
  );
  const visible = graph ? graph.nodes.length : (volumes?.volumes.length ?? 0);

  const describeNow = useMemo(() => describer(analysis), [analysis]);
  const describe = useRef(describeNow);
  describe.current = describeNow;

  const toggle = useRef<(path: string) => void>(() => {});
  toggle.current = (path: string) => {
    const next = new Set(expanded);
    if (next.has(path)) {
      for (const p of next) if (p === path || p.startsWith(`${path}/`)) next.delete(p);
    } else {
      next.add(path);
      // Expanding a module inside a collapsed one opens its ancestors too.
      for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1))
        next.add(path.slice(0, i));
    }
    setExpanded(next);
  };

  // One chart per style; it lives until the style changes or the panel unmounts. Layout effects,
  // so the drawing lands in the same paint as the page instead of one frame later.
  useLayoutEffect(() => {
    const svg = svgRef.current!;
    const layer = layerRef.current!;
    const common = {
      layer,
      onSelect: (p: string | null) => handlers.current.onSelect(p),
      onHover: (p: string | null) => handlers.current.onHover(p),
      describe: (p: string) => describe.current(p),
    };
    const chart =
      style === 'graph'
        ? createDiagram(svg, { ...common, onToggle: (p) => toggle.current(p) })
        : createVolumes(svg, common);
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, [style]);

  // ← / → select the previous / next node of the drawing in execution order (the inspector and
  // the URL's layer= follow the selection).
  const order = useMemo(
    () =>
      graph
        ? visibleNodes(analysis, expanded)
        : analysis.layers.filter((l) => l.op !== 'input').map((l) => l.path),
    [graph, analysis, expanded],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      // Handled already: the diagram or the table has focus and moved along its own model.
      if (e.defaultPrevented) return;
      if (e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      e.preventDefault();
      const sel = handlers.current.selected;
      let i = sel === null ? -1 : order.indexOf(sel);
      // A selection hidden inside a collapsed module steps from that module's node.
      if (i < 0 && sel !== null) i = order.findIndex((p) => sel.startsWith(`${p}/`));
      const next =
        e.key === 'ArrowRight' ? Math.min(i + 1, order.length - 1) : i < 0 ? 0 : Math.max(i - 1, 0);
      if (order[next]) handlers.current.onSelect(order[next]);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [order]);

  // Keyboard navigation along the drawing: the graph's boxes and edges, or the volumes in reading
  // order (built from the chart's current arrangement, which depends on the panel's size).
  const navCache = useRef<{ of: unknown; nav: KeyNav } | null>(null);
  const nav = (): KeyNav | null => {
    const chart = chartRef.current;
    const of = graph ?? (chart && 'layout' in chart ? chart.layout() : null);
    if (!of) return null;
    if (navCache.current?.of !== of) {
      const nav =
        'edges' in of
          ? keyNav(of.nodes, of.edges)
          : keyNav(
              of.volumes.map((v) => ({ id: v.id, x: v.x, y: v.row, width: v.width, height: 0.5 })),
              null,
            );
      navCache.current = { of, nav };
    }
    return navCache.current.nav;
  };
  /** After a module is expanded or collapsed from the keyboard: where focus goes next. */
  const pendingFocus = useRef<{ into: boolean; path: string } | null>(null);
  const [help, setHelp] = useState(false);

  const onKeyDown = (e: ReactKeyboardEvent<SVGSVGElement>) => {
    const chart = chartRef.current;
    if (!chart || e.altKey || e.ctrlKey || e.metaKey) return;
    const k = e.key;
    const done = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.shiftKey && k.startsWith('Arrow')) {
      const dx = k === 'ArrowLeft' ? PAN_STEP : k === 'ArrowRight' ? -PAN_STEP : 0;
      const dy = k === 'ArrowUp' ? PAN_STEP : k === 'ArrowDown' ? -PAN_STEP : 0;
      chart.panBy(dx, dy);
      return done();
    }
    const move = MOVES[k];
    if (move) {
      const to = nav()?.move(chart.current(), move);
      if (to) chart.focus(to);
      return done();
    }
    if (k === '+' || k === '=') return (chart.zoomBy(ZOOM_STEP), done());
    if (k === '-' || k === '_') return (chart.zoomBy(1 / ZOOM_STEP), done());
    if (k === '0') return (chart.fit(), done());
    if (k === '?') return (setHelp((h) => !h), done());
    if (k === 'Enter' || k === ' ') {
      const p = chart.current();
      if (p) handlers.current.onSelect(p);
      return done();
    }
    if (k === 'Escape') {
      // With nothing selected, Esc goes on (presentation mode leaves on it).
      if (handlers.current.selected !== null) {
        handlers.current.onSelect(null);
        done();
      }
      return;
    }
    if ((k === 'e' || k === 'E') && graph) {
      const p = chart.current();
      if (!p) return;
      const node = graph.nodes.find((n) => n.id === p);
      if (node?.kind === 'module') {
        pendingFocus.current = { into: true, path: p };
        toggle.current(p);
      } else {
        const parent = analysis.layers.find((l) => l.path === p)?.parent;
        if (parent) {
          pendingFocus.current = { into: false, path: parent };
          toggle.current(parent);
        }
      }
      return done();
    }
  };

  const fitted = useRef<string | null>(null);
  useLayoutEffect(() => {
    const chart = chartRef.current;
    if (!chart || !(graph || volumes)) return;
    const state = { selected, hovered, marks };
    if (graph) (chart as Diagram).update(graph, state);
    else if (volumes) (chart as VolumesChart).update(volumes, state);
    // Fit when a new model or style is shown, or the whole network was redrawn (expand or
    // collapse all, default view); expanding or collapsing one module keeps the user's view.
    const fitKey = `${modelKey}|${style}|${views}`;
    if (present && graph) {
      // Follow the selection (not the hover) at the presentation zoom.
      const key = `present|${modelKey}|${views}|${selected}`;
      if (fitted.current !== key) {
        fitted.current = key;
        (chart as Diagram).present(selected, PRESENT_ZOOM);
      }
    } else if (fitted.current !== fitKey) {
      fitted.current = fitKey;
      if (graph) (chart as Diagram).fit(true);
      else chart.fit();
    }
    const pending = pendingFocus.current;
    if (pending && graph) {
      pendingFocus.current = null;
      const to = pending.into
        ? graph.nodes.find((n) => n.id.startsWith(`${pending.path}/`))?.id
        : pending.path;
      if (to) chart.focus(to);
    }
    performance.mark('atlas:diagram-rendered');
  }, [graph, volumes, selected, hovered, marks, modelKey, style, views, present]);

  const name = analysis.id ?? modelKey;
  const descId = useId();
  return (
    <section className="diagram" aria-label={t.title}>
      <div className="diagram-toolbar" role="toolbar" aria-label={t.toolbar.label}>
        <button
          type="button"
          onClick={() => chartRef.current?.zoomBy(ZOOM_STEP)}
          aria-label={a11y.zoom.in}
          title={a11y.zoom.in}
          data-testid="diagram-zoom-in"
        >
          +
        </button>
        <button
          type="button"
          onClick={() => chartRef.current?.zoomBy(1 / ZOOM_STEP)}
          aria-label={a11y.zoom.out}
          title={a11y.zoom.out}
          data-testid="diagram-zoom-out"
        >
          −
        </button>
        <button type="button" onClick={() => chartRef.current?.fit()} data-testid="diagram-fit">
          {t.toolbar.fit}
        </button>
        {style === 'graph' && (
          <>
            <button
              type="button"
              onClick={() => showAll(allModules(analysis))}
              data-testid="diagram-expand-all"
            >
              {t.toolbar.expandAll}
            </button>
            <button
              type="button"
              onClick={() => showAll(new Set())}
              data-testid="diagram-collapse-all"
            >
              {t.toolbar.collapseAll}
            </button>
            <button
              type="button"
              onClick={() => showAll(defaultExpanded(analysis))}
              data-testid="diagram-reset"
            >
              {t.toolbar.reset}
            </button>
          </>
        )}
        <span className="diagram-count" data-testid="diagram-count">
          {volumes ? t.volumes.caption(volumes.summary) : t.count(visible, analysis.layers.length)}
        </span>
      </div>
      <svg
        ref={svgRef}
        className="diagram-svg"
        data-testid="diagram"
        data-style={style}
        // Absent while the layout waits for dagre: tests and the bench wait for a drawn graph.
        data-visible-nodes={graph || volumes ? visible : undefined}
        aria-busy={!(graph || volumes)}
        role="group"
        aria-label={a11y.diagramName(name, style, visible)}
        aria-describedby={descId}
        onKeyDown={onKeyDown}
      >
        <g ref={layerRef} />
      </svg>
      <p id={descId} className="sr-only">
        {style === 'graph' ? t.ariaGraph(name, visible) : t.ariaVolumes(name, visible)}
      </p>
      <p className="sr-only" aria-live="polite" data-testid="diagram-announce">
        {selected ? a11y.selected(describeNow(selected)) : ''}
      </p>
      <details
        className="diagram-keys"
        open={help}
        onToggle={(e) => setHelp(e.currentTarget.open)}
        data-testid="diagram-keys"
      >
        <summary>{a11y.keys.summary}</summary>
        <p>{a11y.keys.intro}</p>
        <dl>
          {a11y.keys.rows.map(([keys, what]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </details>
      <p className="diagram-hint">{style === 'graph' ? t.hint.graph : t.hint.volumes}</p>
      <ul className="diagram-legend" aria-label={t.legend.title}>
        {OP_FAMILIES.filter((f) => style === 'graph' || f !== 'activation').map((f) => (
          <li key={f}>
            <span className={`diagram-swatch dg-fam-${f}`} aria-hidden="true" />
            {t.legend[f]}
          </li>
        ))}
      </ul>
    </section>
  );
}
