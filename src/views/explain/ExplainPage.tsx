/** #/explain/<topic>: one walk-through, or a message and the list when the topic is unknown. */
import { Suspense } from 'react';
import { explain as t } from '../../i18n';
import { useAppStore } from '../../store/index';
import { topic as findTopic } from './topics';
import { TopicList } from './TopicList';

export function ExplainPage() {
  const id = useAppStore((s) => s.topic);
  const topic = findTopic(id);
  if (!topic) {
    return (
      <main className="explain explain-missing">
        <p className="model-error" role="alert" data-testid="explain-unknown">
          {t.unknown(id)}
        </p>
        <TopicList />
        <a href="#/">{t.backToCatalog}</a>
      </main>
    );
  }
  const Page = topic.page;
  return (
    <Suspense fallback={null}>
      <Page key={topic.id} />
    </Suspense>
  );
}
