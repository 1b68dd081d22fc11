/**
 * The notice bar's lines in the language shown: src/store/url.ts records why a URL value was
 * ignored as a code with its numbers; the words are in src/i18n/{en,zh}/shell.ts.
 */
import { say } from '../engine/index';
import { engineWords, shell } from '../i18n/index';
import type { Notice, Why } from '../store/index';

export function whyText(w: Why): string {
  const t = shell.notices.why;
  switch (w.code) {
    case 'oneOf':
      return t.oneOf(w.values.join(', '));
    case 'between':
      return t.between(w.min, w.max);
    case 'shapePart':
      return t.shapePart(whyText(w.part));
    case 'nets':
      return t.nets(w.max);
    case 'knob':
      return t.knob(say(engineWords, w.msg));
    default:
      return t[w.code];
  }
}

export function noticeText(n: Notice): string {
  const t = shell.notices;
  switch (n.code) {
    case 'unknownPage':
      return t.unknownPage(n.page);
    case 'ignored':
      return n.model === undefined
        ? t.ignored(n.key, n.raw, whyText(n.why))
        : t.ignoredFor(n.key, n.raw, n.model, whyText(n.why));
    case 'compareUnknown':
      return t.compareUnknown(n.id);
    case 'compareFull':
      return t.compareFull(n.id, n.max);
  }
}
