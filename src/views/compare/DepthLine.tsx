/**
 * The model card's depth line: the engine's depth (conv + fc layers on the longest path) and,
 * where the paper counts differently, the paper's count and why (src/catalog/depth-notes.ts).
 */
import { DEPTH_NOTES } from '../../catalog/depth-notes';
import type { Analysis } from '../../engine/analysis';
import { card, localDepthNote, shell } from '../../i18n';

export function DepthLine({ id, analysis }: { id?: string; analysis: Analysis }) {
  const source = id ? DEPTH_NOTES[id] : undefined;
  const note = source && localDepthNote(source);
  return (
    <p data-testid="card-depth">
      <span className="model-card-k">
        {card.depth}
        {shell.colon}
      </span>
      {card.depthValue(analysis.depth)}
      {note && (
        <span data-testid="card-depth-note">
          {' '}
          {card.depthPaper(note.paper)} {note.why} ({note.source})
        </span>
      )}
    </p>
  );
}
