import { explain as t } from '../../i18n';
import { TOPICS } from './topics';
import './topic-list.css';

/** The walk-throughs as links (the catalog page shows this list too). */
export function TopicList() {
  return (
    <ul className="explain-topics" data-testid="explain-topics">
      {TOPICS.map((x) => (
        <li key={x.id}>
          <a href={`#/explain/${x.id}`} data-testid={`topic-${x.id}`}>
            <strong>{t.topics[x.id].title}</strong>
            <span>{t.topics[x.id].short}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
