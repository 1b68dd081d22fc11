/**
 * The model page's deferred panels: layer table, charts, memory, inspector and model card. They
 * read one deferred copy of the page's choices (`Lower`) and load as their own chunk (see
 * ModelPage).
 */
import { memo } from 'react';
import type { Conventions } from '../engine/conventions';
import type { ChartScale } from '../layout/bars';
import type { ModelDerivation } from '../store/derived';
import { ChartsPanel } from './ChartsPanel';
import { useMemoryMarks } from './memory-marks';
import { Inspector } from './Inspector';
import { LayerTable } from './LayerTable';
import { MemoryPanel } from './MemoryPanel';
import { ModelCard } from './ModelCard';
import { catalogText } from '../i18n';
import { MeasuredPanel } from './landscape/MeasuredPanel';

/** What the deferred panels read: one object, so one deferred value keeps them consistent. */
export interface Lower {
  d: ModelDerivation;
  conventions: Conventions;
  selected: string | null;
  hovered: string | null;
  chartScale: ChartScale;
}

/** Panels still showing the previous model while the new one renders in the background. */
const STALE_STYLE = { opacity: 0.45 } as const;

export const MainPanels = memo(function MainPanels({
  lower: { d, conventions, selected, hovered, chartScale },
  stale,
  onSelect,
  onHover,
  onScaleChange,
}: {
  lower: Lower;
  stale: boolean;
  onSelect(path: string | null): void;
  onHover(path: string | null): void;
  onScaleChange(s: ChartScale): void;
}) {
  const shown = d.analysis ?? d.fallback;
  const marks = useMemoryMarks(d);
  return (
    <div className="model-lower" aria-busy={stale} style={stale ? STALE_STYLE : undefined}>
      {shown && (
        <LayerTable
          analysis={shown}
          conventions={conventions}
          modelKey={d.modelKey}
          selected={selected}
          hovered={hovered}
          onSelect={onSelect}
          onHover={onHover}
          errorPath={d.analysis ? undefined : d.error?.path}
        />
      )}
      {d.analysis && (
        <>
          <ChartsPanel
            analysis={d.analysis}
            conventions={conventions}
            scale={chartScale}
            onScaleChange={onScaleChange}
            selected={selected}
            hovered={hovered}
            marks={marks}
            onSelect={onSelect}
            onHover={onHover}
          />
          {d.spec && (
            <MemoryPanel
              analysis={d.analysis}
              conventions={conventions}
              spec={d.spec}
              selected={selected}
              onSelect={onSelect}
            />
          )}
          <MeasuredPanel id={d.spec?.id} analysis={d.analysis} />
        </>
      )}
    </div>
  );
});

export const InspectorSlot = memo(function InspectorSlot({
  lower: { d, conventions, selected },
  stale,
  onSelect,
}: {
  lower: Lower;
  stale: boolean;
  onSelect(path: string | null): void;
}) {
  const shown = d.analysis ?? d.fallback;
  if (!shown) return null;
  return (
    <div aria-busy={stale} style={stale ? STALE_STYLE : undefined}>
      <Inspector
        analysis={shown}
        conventions={conventions}
        selected={selected ?? (d.analysis ? null : (d.error?.path ?? null))}
        onSelect={onSelect}
        onClose={selected ? () => onSelect(null) : undefined}
      />
    </div>
  );
});

export const CardSlot = memo(function CardSlot({
  lower: { d },
  stale,
}: {
  lower: Lower;
  stale: boolean;
}) {
  if (!d.family) return null;
  const info = d.info ?? d.preset?.info;
  return (
    <div aria-busy={stale} style={stale ? STALE_STYLE : undefined}>
      <ModelCard
        info={info}
        familyName={catalogText(d.family.name)}
        analysis={d.analysis}
        id={d.spec?.id}
      />
    </div>
  );
});
