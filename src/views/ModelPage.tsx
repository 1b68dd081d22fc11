import { lazy, memo, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { defaultInput } from '../engine/analyze';
import { shapeText } from '../engine/format';
import { say } from '../engine';
import { app, engineWords, savedWords } from '../i18n';
import { useConventions, useModelAnalysis, type ModelDerivation } from '../store/derived';
import { useAppStore } from '../store/index';
import { CompareWith } from './compare/CompareWith';
import { ModelSummary as Summary } from './ModelSummary';
import { RuleBroken } from './RuleBroken';
import { ModelActions } from './edit/ModelActions';
import { UserNetworkPanel } from './edit/UserNetworkPanel';
import { KnobsPanel } from './KnobsPanel';
import { useMemoryMarks } from './memory-marks';
import type { Lower } from './LowerPanels';
import { SettingsPanel } from './SettingsPanel';
import './model.css';

// The panels below and beside the diagram (table, charts, memory, inspector, card) and the code
// only they use (d3-scale, d3-shape, the bar layouts) load as a separate file, fetched by the
// deferred render after the diagram's commit: the first diagram does not wait for their download
// and compilation.
const lowerPanels = () => import('./LowerPanels');
const MainPanels = lazy(() => lowerPanels().then((m) => ({ default: m.MainPanels })));
const InspectorSlot = lazy(() => lowerPanels().then((m) => ({ default: m.InspectorSlot })));
const CardSlot = lazy(() => lowerPanels().then((m) => ({ default: m.CardSlot })));
// The diagram (its layouts, D3 renderers, d3-zoom): a file of its own, fetched when the first
// model page renders, so the catalog and the other pages start without it.
const DiagramPanel = lazy(() =>
  import('./DiagramPanel').then((m) => ({ default: m.DiagramPanel })),
);
// The export menu and its SVG/PNG/table writers: a file of their own, off the first load.
const ExportBar = lazy(() => import('./export/ExportBar').then((m) => ({ default: m.ExportBar })));

/** One architecture: knobs, settings, diagram, charts, layer table, inspector and model card. */
export function ModelPage() {
  const d = useModelAnalysis();
  const conventions = useConventions();
  const {
    modelId,
    knobs,
    selected,
    hovered,
    select,
    hover,
    diagramStyle,
    chartScale,
    setChartScale,
    present,
  } = useAppStore(
    useShallow((s) => ({
      present: s.present,
      diagramStyle: s.diagramStyle,
      chartScale: s.chartScale,
      setChartScale: s.setChartScale,
      modelId: s.modelId,
      knobs: s.knobs,
      selected: s.selected,
      hovered: s.hovered,
      select: s.select,
      hover: s.hover,
    })),
  );

  // The diagram is what the reader waits for: it renders with the urgent update. The panels below
  // and beside it (table, charts, memory, inspector, card) read a deferred copy of the same
  // choices, so React draws them in a background render after the diagram has been committed
  // (and on the first visit, after it has appeared); on a model switch they keep the previous
  // model, dimmed, for that one background render.
  const lowerNow = useMemo<Lower>(
    () => ({ d, conventions, selected, hovered, chartScale }),
    [d, conventions, selected, hovered, chartScale],
  );
  const lower = useDeferredValue<Lower | null>(lowerNow, null);
  // The knobs and settings join in the commit right after the page's first one (a frame later),
  // so the first diagram does not wait for their render and layout; afterwards they render with
  // every urgent update, so a knob never lags its input.
  const [sideShown, setSideShown] = useState(false);
  useEffect(() => setSideShown(true), []);
  const stale = lower !== null && lower.d !== d;
  const marks = useMemoryMarks(d);
  // Below 1,200 px the inspector is a side sheet shown while a layer is selected (model.css).
  const inspecting = lower !== null && lower.selected !== null;
  useSheetEscape(inspecting && !present, select);

  if (!d.family && !d.user) {
    return (
      <main className="model model-missing">
        <p className="model-error" role="alert" data-testid="model-error">
          {d.error?.rule !== 'unknown-model'
            ? d.error && <RuleBroken error={d.error} testId="model-error" />
            : modelId.includes(':')
              ? // A saved or shared network that cannot be read: the store's reason.
                d.userProblem
                ? say(savedWords, d.userProblem)
                : say(engineWords, d.error.msg)
              : app.model.unknown(modelId)}
        </p>
        <a href="#/">{app.model.backToCatalog}</a>
      </main>
    );
  }

  const info = d.info ?? d.preset?.info;
  // A shared link with no name gets the default name of the language shown.
  const userName = d.user?.unnamed ? savedWords.sharedName() : d.user?.name;
  const name = userName ?? info?.name ?? d.family?.name ?? modelId;

  return (
    <main className="model" data-testid="model-page" data-model={modelId}>
      <div className="model-head">
        <h1>{name}</h1>
        {d.analysis && <Summary analysis={d.analysis} conventions={conventions} />}
        {d.analysis && (
          <Suspense fallback={null}>
            <ExportBar analysis={d.analysis} spec={d.spec} name={name} style={diagramStyle} />
          </Suspense>
        )}
        <ModelActions d={d} />
        <CompareWith id={modelId} knobs={knobs} />
      </div>
      {d.error && (
        <div className="model-error" role="alert" data-testid="model-error">
          <RuleBroken
            error={d.error}
            lead={<strong>{app.model.invalidHeading}</strong>}
            pathLead={app.model.atLayer}
            onPath={select}
            testId="model-error"
          />
          {d.fallback && <p>{app.model.fallbackNote(shapeText(d.fallback.input))}</p>}
        </div>
      )}
      <div className={inspecting ? 'model-grid is-inspecting' : 'model-grid'}>
        {sideShown ? <SidePanels d={d} raw={knobs} /> : <div className="model-side" />}
        <div className="model-main">
          {d.analysis && (
            <>
              <StyleSwitch />
              <Suspense fallback={<div className="diagram diagram-loading" />}>
                <DiagramPanel
                  analysis={d.analysis}
                  modelKey={d.modelKey}
                  style={diagramStyle}
                  selected={selected}
                  hovered={hovered}
                  marks={marks}
                  onSelect={select}
                  onHover={hover}
                  present={present}
                />
              </Suspense>
            </>
          )}
          {lower && (
            <Suspense fallback={null}>
              <MainPanels
                lower={lower}
                stale={stale}
                onSelect={select}
                onHover={hover}
                onScaleChange={setChartScale}
              />
            </Suspense>
          )}
        </div>
        <div className="model-inspector">
          {lower && (
            <Suspense fallback={null}>
              <InspectorSlot lower={lower} stale={stale} onSelect={select} />
            </Suspense>
          )}
        </div>
      </div>
      {lower && (
        <Suspense fallback={null}>
          <CardSlot lower={lower} stale={stale} />
        </Suspense>
      )}
    </main>
  );
}

/** The width below which the inspector is a side sheet (model.css's media query). */
const SHEET_QUERY = '(max-width: 1199.98px)';

/**
 * Esc closes the inspector's side sheet (clearing the selection) while it is shown, unless a field
 * or another handler took the key. Presenting, Esc leaves presentation instead (Presentation.tsx).
 */
function useSheetEscape(open: boolean, select: (path: string | null) => void) {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (typeof window.matchMedia !== 'function' || !window.matchMedia(SHEET_QUERY).matches)
        return;
      const t = e.target as HTMLElement | null;
      if (t?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
      select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, select]);
}

/**
 * Knobs and settings: they change only with the model (not with hover or selection), so they are
 * memoized on the derivation. The settings' own state starts over with each model (its `key`).
 */
const SidePanels = memo(function SidePanels({
  d,
  raw,
}: {
  d: ModelDerivation;
  raw: Record<string, string>;
}) {
  // The model's own input (what the settings' "default" means), not the chosen one.
  const modelInput = d.spec ? defaultInput(d.spec) : [3, 224, 224];
  return (
    <div className="model-side">
      {d.family ? (
        <KnobsPanel family={d.family} values={d.values} raw={raw} />
      ) : (
        d.user && <UserNetworkPanel user={d.user} spec={d.spec} />
      )}
      <SettingsPanel key={d.modelKey} defaultInput={modelInput} />
    </div>
  );
});

/** Graph / stacked-volumes switch (the style lives in the store and the URL). */
const StyleSwitch = memo(function StyleSwitch() {
  const style = useAppStore((s) => s.diagramStyle);
  const setStyle = useAppStore((s) => s.setDiagramStyle);
  const t = app.model.style;
  return (
    <div className="model-style" role="group" aria-label={t.label}>
      {(['graph', 'volumes'] as const).map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={style === v}
          className={style === v ? 'is-active' : ''}
          onClick={() => setStyle(v)}
          data-testid={`style-${v}`}
        >
          {t[v]}
        </button>
      ))}
    </div>
  );
});
