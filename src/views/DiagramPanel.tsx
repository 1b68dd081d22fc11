import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createDiagram, type Diagram } from '../charts/diagram';
import { createVolumes, type VolumesChart } from '../charts/volumes';
import type { Analysis } from '../engine/analysis';
import { diagram as t } from '../i18n';
import {
  allModules,
  defaultExpanded,
  layoutGraph,
  OP_FAMILIES,
  visibleNodes,
} from '../layout/graph';
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
    const l = lay(() => layoutGraph(analysis, expanded));
    if (l) performance.measure('atlas:diagram-layout', { start: t0, end: performance.now() });
    return l;
  }, [style, analysis, expanded, lay]);
  const volumes = useMemo(
    () => (style === 'volumes' ? layoutVolumes(analysis) : null),
    [style, analysis],
  );
  const visible = graph ? graph.nodes.length : (volumes?.volumes.length ?? 0);

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
    performance.mark('atlas:diagram-rendered');
  }, [graph, volumes, selected, hovered, marks, modelKey, style, views, present]);

  const name = analysis.id ?? modelKey;
  return (
    <section className="diagram" aria-label={t.title}>
      <div className="diagram-toolbar" role="toolbar" aria-label={t.toolbar.label}>
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
        role="img"
        aria-label={style === 'graph' ? t.ariaGraph(name, visible) : t.ariaVolumes(name, visible)}
      >
        <g ref={layerRef} />
      </svg>
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
