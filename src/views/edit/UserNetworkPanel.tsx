/** The model page's side panel for a user network (in place of a family's knobs). */
import { useMemo } from 'react';
import type { ModelSpec } from '../../engine/types';
import { editor as t } from '../../i18n';
import { specToNotation } from '../../notation/index';
import type { UserNetwork } from '../../store/derived';

export function UserNetworkPanel({ user, spec }: { user: UserNetwork; spec?: ModelSpec }) {
  // The network shown, in the notation when it is a chain (not the editor's text, which may hold
  // an unfinished edit while the page shows the last valid network).
  const notation = useMemo(() => (spec ? specToNotation(spec) : null), [spec]);
  return (
    <section className="panel knobs" aria-label={t.model.userNetwork} data-testid="user-network">
      <h2>{user.kind === 'saved' ? t.model.userNetwork : t.model.sharedNetwork}</h2>
      {user.origin && <p>{t.model.from(user.origin)}</p>}
      {notation?.ok && <pre className="user-notation">{notation.text}</pre>}
    </section>
  );
}
