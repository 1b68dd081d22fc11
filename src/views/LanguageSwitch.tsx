/**
 * The language switch: one button per language, each named in itself ("English", "中文"), the
 * one shown pressed. Buttons, not a select, so Tab and Enter (or Space) switch at once.
 */
import { LANG_NAMES, LANG_TAGS, LANGS, shell } from '../i18n/index';
import { useAppStore } from '../store/index';

export function LanguageSwitch() {
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <div className="lang-switch" role="group" aria-label={shell.language.label}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={LANG_TAGS[l]}
          aria-pressed={language === l}
          onClick={() => setLanguage(l)}
          data-testid={`lang-${l}`}
        >
          {LANG_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
