/**
 * The editor's check of a text: parse it (spec JSON or the notation), validate it and analyze it,
 * or say where it breaks — the range in the text, the line, the layer path and the rule. Pure.
 */
import type { Analysis } from '../../engine/analysis';
import { analyze } from '../../engine/analyze';
import { isSpecError, type SpecRule } from '../../engine/errors';
import type { EngineMessage } from '../../engine/messages';
import type { ModelSpec } from '../../engine/types';
import { parseSpec } from '../../engine/validate';
import {
  NotationError,
  parseNotation,
  spanAt,
  type NotationMessage,
  type Span,
} from '../../notation/index';
import type { SourceFormat } from '../../store/saved/index';
import { firstSyntaxError, locatePath } from './json-tree';

export interface EditorProblem {
  /** Range in the text (0-based offsets). */
  from: number;
  to: number;
  /** 1-based line of `from`. */
  line: number;
  /** Layer path the rule broke at ('' for the whole network; absent for a syntax error). */
  path?: string;
  /** The rule (a SpecError rule, or `syntax` / `notation`). */
  rule: ProblemRule;
  /** What is wrong, as data: the editor says it at render, in the language shown. */
  said: ProblemMessage;
  /** Its English sentence, without position (logs and tests). */
  detail: string;
}

/** The rule a problem breaks: the engine's, or the text's own syntax (JSON or the notation). */
export type ProblemRule = SpecRule | 'syntax' | 'notation';

/** What a problem says, by who found it. */
export type ProblemMessage =
  /** The engine refused the spec (SpecError.msg). */
  | { by: 'engine'; msg: EngineMessage }
  /** The notation parser refused an item of the text (`token`, as written). */
  | { by: 'notation'; token: string; msg: NotationMessage }
  /** JSON.parse refused the text; `error` is the browser's own sentence, quoted as a value. */
  | { by: 'json'; error: string };

export type Evaluation =
  { ok: true; spec: ModelSpec; analysis: Analysis } | { ok: false; problem: EditorProblem };

function at(text: string, from: number, to: number): Pick<EditorProblem, 'from' | 'to' | 'line'> {
  const f = Math.max(0, Math.min(from, text.length));
  return { from: f, to: Math.max(f, Math.min(to, text.length)), line: spanAt(text, f, 0).line };
}

/** Check `text` written in `format`. Never throws. */
export function evaluate(text: string, format: SourceFormat): Evaluation {
  let value: unknown;
  let spans: Map<string, Span> | undefined;
  if (format === 'notation') {
    try {
      const p = parseNotation(text);
      value = p.spec;
      spans = p.spans;
    } catch (e) {
      if (e instanceof NotationError) {
        const s = e.span;
        return {
          ok: false,
          problem: {
            ...at(text, s.offset, s.offset + s.length),
            rule: 'notation',
            said: { by: 'notation', token: e.token, msg: e.msg },
            detail: `"${e.token}": ${e.detail}`,
          },
        };
      }
      throw e;
    }
  } else {
    try {
      value = JSON.parse(text);
    } catch (e) {
      const pos = firstSyntaxError(text) ?? 0;
      return {
        ok: false,
        problem: {
          ...at(text, pos, pos + 1),
          rule: 'syntax',
          said: { by: 'json', error: (e as Error).message },
          detail: `not valid JSON: ${(e as Error).message}`,
        },
      };
    }
  }
  try {
    const spec = parseSpec(value);
    return { ok: true, spec, analysis: analyze(spec) };
  } catch (e) {
    if (!isSpecError(e)) throw e;
    const where = format === 'notation' ? (spans?.get(e.path) ?? null) : locatePath(text, e.path);
    const range =
      where && 'offset' in where
        ? at(text, where.offset, where.offset + where.length)
        : where
          ? at(text, where.from, where.to)
          : at(text, 0, 0);
    return {
      ok: false,
      problem: {
        ...range,
        path: e.path,
        rule: e.rule,
        said: { by: 'engine', msg: e.msg },
        detail: e.detail,
      },
    };
  }
}

/** One English line for a problem, with the rule's id (logs and tests; the editor says it with
 * sayProblem): `line 4 · stage3/conv3_2 · kernel-fits: kernel 3×3 is larger…`. */
export function problemText(p: EditorProblem): string {
  const path = p.path !== undefined ? ` · ${p.path || '(network)'}` : '';
  return `line ${p.line}${path} · ${p.rule}: ${p.detail}`;
}
