/**
 * The model page's network buttons: "Edit a copy" for a catalog entry or family (with its knobs),
 * "Edit" and "Download" for a saved network, "Save to my networks" for one opened from a link.
 * This file stays small and free of CodeMirror: it loads with the model page.
 */
import { editor as t, savedWords } from '../../i18n';
import type { ModelDerivation } from '../../store/derived';
import { useAppStore } from '../../store/index';
import { savedNetworks } from '../../store/saved/index';
import './model-actions.css';
import { copyCatalogModel, downloadNetwork } from './actions';

export function ModelActions({ d }: { d: ModelDerivation }) {
  const openEditor = useAppStore((s) => s.openEditor);
  const modelId = useAppStore((s) => s.modelId);
  const knobs = useAppStore((s) => s.knobs);
  const user = d.user;
  if (user?.kind === 'saved') {
    const rec = savedNetworks().get(user.id!);
    return (
      <div className="model-actions">
        <button type="button" onClick={() => openEditor(user.id)} data-testid="edit-network">
          {t.model.edit}
        </button>
        {rec && (
          <button type="button" onClick={() => downloadNetwork(rec)} data-testid="download">
            {t.model.download}
          </button>
        )}
      </div>
    );
  }
  if (user?.kind === 'shared') {
    return (
      <div className="model-actions">
        <button
          type="button"
          data-testid="save-shared"
          onClick={() => {
            // A link with no name is saved under the default name in the language shown.
            const name = user.unnamed ? savedWords.sharedName() : user.name;
            const rec = savedNetworks().add(name, d.spec, {
              origin: t.model.sharedOrigin,
              source: user.source,
              words: savedWords,
            });
            openEditor(rec.id);
          }}
        >
          {t.model.saveShared}
        </button>
      </div>
    );
  }
  if (!d.spec) return null;
  return (
    <div className="model-actions">
      <button
        type="button"
        data-testid="edit-copy"
        onClick={() => openEditor(copyCatalogModel(modelId, knobs).id)}
      >
        {t.model.editCopy}
      </button>
    </div>
  );
}
