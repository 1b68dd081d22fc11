/**
 * Shows the interface in the store's language: asks src/i18n to load and apply it, then
 * re-renders the whole tree (its children are keyed by the language shown, so every string is
 * read again; the store, and with it the model, layer and settings, is untouched). Sets
 * `<html lang>`. While Chinese loads the page stays in the language it was in; if the load fails
 * the choice goes back to English and a notice says why.
 */
import { Fragment, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { lang, LANG_TAGS, setLang, shell } from '../i18n/index';
import { useAppStore, useAppStoreApi } from '../store/index';

export function LanguageRoot({ children }: { children: ReactNode }) {
  const language = useAppStore((s) => s.language);
  const store = useAppStoreApi();
  const [shown, setShown] = useState(lang);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // Always through setLang, even for the language shown: it also cancels a Chinese load still
    // under way when the reader switched back.
    let live = true;
    setLang(language).then(
      (l) => {
        if (live) setShown(l);
      },
      (err: unknown) => {
        if (!live) return;
        setError(err instanceof Error ? err.message : String(err));
        setShown(lang());
        // Only undo the choice if no other language was chosen meanwhile.
        if (store.getState().language === language) store.getState().setLanguage(lang());
      },
    );
    return () => {
      live = false;
    };
  }, [language, store]);

  // With the commit that shows the new strings (screen readers pick the voice from it).
  useLayoutEffect(() => {
    document.documentElement.lang = LANG_TAGS[shown];
  }, [shown]);

  return (
    <Fragment key={shown}>
      {error !== null && (
        <div className="app-notices" role="alert" data-testid="lang-error">
          <span>{shell.language.failed(error)}</span>
          <button type="button" onClick={() => setError(null)}>
            {shell.language.dismiss}
          </button>
        </div>
      )}
      {children}
    </Fragment>
  );
}
