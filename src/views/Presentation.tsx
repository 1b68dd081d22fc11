/**
 * Presentation mode, embed form and themes. The choices live in the store and the URL
 * (`present=1`, `embed=1`, `theme=`); this module applies them to the document (data attributes
 * that theme.css keys on), enters and leaves full screen, and leaves presentation on Esc.
 */
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { explain } from '../i18n';
import { useAppStore, type Theme } from '../store/index';
import { LanguageSwitch } from './LanguageSwitch';

/** The theme drawn: `auto` is projector while presenting, else the system's light or dark. */
export function effectiveTheme(
  theme: Theme,
  present: boolean,
  systemDark: boolean,
): Exclude<Theme, 'auto'> {
  if (theme !== 'auto') return theme;
  if (present) return 'projector';
  return systemDark ? 'dark' : 'light';
}

function systemDark(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches
  );
}

/** Applies theme / present / embed to <html>; returns whether the page chrome is shown. */
export function usePresentation(): { chrome: boolean } {
  const { present, embed, theme, setPresent } = useAppStore(
    useShallow((s) => ({
      present: s.present,
      embed: s.embed,
      theme: s.theme,
      setPresent: s.setPresent,
    })),
  );
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = effectiveTheme(theme, present, systemDark());
    root.toggleAttribute('data-present', present);
    root.toggleAttribute('data-embed', embed);
  }, [theme, present, embed]);
  useEffect(() => {
    if (!present) return;
    const onKey = (e: KeyboardEvent) => {
      // Not when the diagram or the table used the Esc to clear a selection.
      if (e.key === 'Escape' && !e.defaultPrevented) setPresent(false);
    };
    // Esc while full screen is taken by the browser: leaving full screen leaves presentation.
    const onFull = () => {
      if (!document.fullscreenElement) setPresent(false);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFull);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFull);
    };
  }, [present, setPresent]);
  useEffect(() => {
    if (!present && document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
  }, [present]);
  return { chrome: !present && !embed };
}

/**
 * The language switch, the Present button and the theme picker (in the header), or the same with
 * the leave button while presenting.
 */
export function PresentControls({ floating = false }: { floating?: boolean }) {
  const t = explain.present;
  const { present, embed, theme, setPresent, setTheme } = useAppStore(
    useShallow((s) => ({
      present: s.present,
      embed: s.embed,
      theme: s.theme,
      setPresent: s.setPresent,
      setTheme: s.setTheme,
    })),
  );
  if (floating && !present) return null;
  if (embed && !present) return null;
  const enter = () => {
    setPresent(true);
    // Full screen needs the click's user gesture; where refused, the page is still chrome-free.
    void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  return (
    <div className={floating ? 'present-controls is-floating' : 'present-controls'}>
      <LanguageSwitch />
      <label className="present-theme">
        <span>{t.theme}</span>
        <select
          value={theme}
          onChange={(e) => setTheme(e.target.value as Theme)}
          data-testid="theme-select"
        >
          {(Object.keys(t.themes) as Theme[]).map((k) => (
            <option key={k} value={k}>
              {t.themes[k]}
            </option>
          ))}
        </select>
      </label>
      {present ? (
        <button type="button" onClick={() => setPresent(false)} data-testid="present-leave">
          {t.leave}
        </button>
      ) : (
        <button type="button" onClick={enter} title={t.enterTitle} data-testid="present-enter">
          {t.enter}
        </button>
      )}
    </div>
  );
}
