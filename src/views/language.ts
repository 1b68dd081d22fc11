/**
 * Where the interface language comes from, in order: the URL's pin (`?lang=zh`, read by
 * syncHash), the language this browser last showed (localStorage), the browser's own
 * preference list (`navigator.languages`), English. A switch in one tab is followed by this
 * browser's other tabs, except those whose URL pins a language.
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

/** A stored value that names a language (a damaged or foreign entry does not). */
const isLang = (v: string | null | undefined): v is Lang =>
  !!v && (LANGS as readonly string[]).includes(v);

/** The language to start in before the URL is read: remembered, else the browser's. */
export function startLanguage(win: Window = window): Lang {
  const remembered = storageOf(win)?.getItem(LANG_KEY);
  if (isLang(remembered)) return remembered;
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

/**
 * Follow a language switch made in another tab of this browser: the browser fires `storage` in
 * every other tab when one writes LANG_KEY (rememberLanguage), and this tab switches too. A tab
 * whose URL pins a language (`?lang=`, the store's `lang`) keeps it: the link wins, as on load.
 * Switching writes the same value back, which fires no further event. Returns the function that
 * stops.
 */
export function followOtherTabs(store: AppStore, win: Window = window): () => void {
  const storage = storageOf(win);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== LANG_KEY || (storage && e.storageArea !== storage)) return;
    if (!isLang(e.newValue)) return;
    const s = store.getState();
    if (s.lang === null && s.language !== e.newValue) s.setLanguage(e.newValue);
  };
  win.addEventListener('storage', onStorage);
  return () => win.removeEventListener('storage', onStorage);
}
