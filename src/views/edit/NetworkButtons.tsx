/** A saved network's buttons: duplicate, download, share link, delete (editor and list rows). */
import { useState } from 'react';
import { say } from '../../engine/message';
import { editor as t, savedWords } from '../../i18n';
import { savedNetworks, type SavedNetwork } from '../../store/saved/index';
import { downloadNetwork, shareLink } from './actions';

export function NetworkButtons({
  record,
  onDeleted,
  onDuplicated,
}: {
  record: SavedNetwork;
  onDeleted?(): void;
  onDuplicated?(copy: SavedNetwork): void;
}) {
  const [share, setShare] = useState<ReturnType<typeof shareLink> | null>(null);
  return (
    <span className="network-buttons">
      <button
        type="button"
        onClick={() => {
          const copy = savedNetworks().duplicate(record.id, savedWords);
          if (copy) onDuplicated?.(copy);
        }}
        data-testid="duplicate"
      >
        {t.list.duplicate}
      </button>
      <button type="button" onClick={() => downloadNetwork(record)} data-testid="download">
        {t.list.download}
      </button>
      <button
        type="button"
        onClick={() => setShare(share ? null : shareLink(record.name, record.spec))}
        aria-expanded={share !== null}
        data-testid="share"
      >
        {t.edit.share}
      </button>
      <button
        type="button"
        onClick={() => {
          if (!window.confirm(t.list.confirmRemove(record.name))) return;
          savedNetworks().remove(record.id);
          onDeleted?.();
        }}
        data-testid="delete"
      >
        {t.list.remove}
      </button>
      {share &&
        (share.ok ? (
          <input
            className="share-url"
            readOnly
            aria-label={t.edit.shareLabel}
            value={share.url}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="share-url"
          />
        ) : (
          <span className="share-too-large" role="status" data-testid="share-too-large">
            {say(savedWords, share.msg)}
          </span>
        ))}
    </span>
  );
}
