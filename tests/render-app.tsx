/** The whole app as a page shows it: a store, the language root and the routes. */
import { render } from '@testing-library/react';
import { AppStoreProvider, type AppStore } from '../src/store/index';
import { App } from '../src/views/App';
import { LanguageRoot } from '../src/views/LanguageRoot';

export function renderApp(store: AppStore) {
  return render(
    <AppStoreProvider store={store}>
      <LanguageRoot>
        <App />
      </LanguageRoot>
    </AppStoreProvider>,
  );
}
