/** The model page's side panel for a user network (in place of a family's knobs). */
import { editor as t } from '../../i18n/en/editor';
import type { UserNetwork } from '../../store/derived';

export function UserNetworkPanel({ user }: { user: UserNetwork }) {
  return (
    <section className="panel knobs" aria-label={t.model.userNetwork} data-testid="user-network">
      <h2>{user.kind === 'saved' ? t.model.userNetwork : t.model.sharedNetwork}</h2>
      {user.origin && <p>{t.model.from(user.origin)}</p>}
      {user.source.format === 'notation' && <pre className="user-notation">{user.source.text}</pre>}
    </section>
  );
}
