/**
 * Where the interface language comes from, in order: the URL's pin (`?lang=zh`, read by
 * syncHash), the language this browser last showed (localStorage), the browser's own
 * preference list (`navigator.languages`), English.
 */
import { browserLang, LANGS, type Lang } from '../i18n/index';
import type { AppStore } from '../store/index';

/** The localStorage key of the remembered language. */
export const LANG_KEY = 'cnn-atlas/lang';

/** The storage the choice is kept in, or null where localStorage is disabled or missing. */
function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The language to start in before the URL is read: remembered, else the browser's. */
export function startLanguage(win: Window = window): Lang {
  const remembered = storageOf(win)?.getItem(LANG_KEY);
  if (remembered && (LANGS as readonly string[]).includes(remembered)) return remembered as Lang;
  return browserLang(win.navigator.languages ?? [win.navigator.language]);
}

/**
 * Remember the language shown, whatever chose it (the switch, or a link that pins one): a
 * reader comes back to the interface as they left it. Returns the function that stops.
 */
export function rememberLanguage(store: AppStore, win: Window = window): () => void {
  const storage = storageOf(win);
  if (!storage) return () => {};
  const save = (l: Lang) => {
    try {
      storage.setItem(LANG_KEY, l);
    } catch {
      // Storage full or refused: the choice still holds for this visit.
    }
  };
  save(store.getState().language);
  return store.subscribe((s, prev) => {
    if (s.language !== prev.language) save(s.language);
  });
}
