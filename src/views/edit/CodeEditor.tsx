/**
 * The code editor (CodeMirror 6) for a network's text. CodeMirror owns the inside of a `<div ref>`
 * that React leaves empty: one effect creates the view, others push the format, the text (when it
 * changes from outside, e.g. a format switch) and the current problem in.
 *
 * JSON gets Lezer's JSON mode and completion from the spec's JSON Schema; the notation gets
 * completion of its layer words. Problems show inline (underline, gutter marker, tooltip).
 * Tab is left to the browser (focus moves on), so the page stays usable from the keyboard.
 */
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import {
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { SourceFormat } from '../../store/saved/index';
import type { EditorProblem } from './evaluate';
import { NOTATION_WORDS } from '../../i18n';
import { completeAt, schemaShown } from './schema-complete';

export interface CodeEditorProps {
  value: string;
  format: SourceFormat;
  problem: EditorProblem | null;
  /** The problem as one line (the tooltip text). */
  problemMessage: string;
  label: string;
  onChange(text: string): void;
}

function jsonCompletion(ctx: CompletionContext): CompletionResult | null {
  const r = completeAt(ctx.state.doc.toString(), ctx.pos, schemaShown());
  if (!r) return null;
  if (
    !ctx.explicit &&
    r.from === r.to &&
    !/["{,:\s]$/.test(ctx.state.sliceDoc(ctx.pos - 1, ctx.pos))
  )
    return null;
  // CodeMirror filters by the text from `from` to the cursor; the closing quote after the cursor
  // (r.to) is replaced when an option is applied.
  const quoted = r.to > ctx.pos;
  return {
    from: r.from,
    options: r.options.map((o) => ({
      label: o.label,
      type: o.type,
      info: o.info,
      apply: (view: EditorView, _c: unknown, from: number, to: number) => {
        const end = quoted && view.state.sliceDoc(to, to + 1) === '"' ? to + 1 : to;
        view.dispatch({
          changes: { from, to: end, insert: o.apply },
          selection: { anchor: from + o.apply.length },
        });
      },
    })),
    validFor: /^[\w-]*$/,
  };
}

function notationCompletion(ctx: CompletionContext): CompletionResult | null {
  const word = ctx.matchBefore(/[\w/-]+/);
  if (!word && !ctx.explicit) return null;
  return {
    from: word ? word.from : ctx.pos,
    options: NOTATION_WORDS.map((w) => ({ label: w.word, detail: w.detail, type: 'keyword' })),
    validFor: /^[\w/-]*$/,
  };
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', border: '1px solid var(--line)', borderRadius: '6px' },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace" },
  '.cm-content': { padding: '6px 0' },
});

export function CodeEditor({
  value,
  format,
  problem,
  problemMessage,
  label,
  onChange,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const mode = useRef(new Compartment());
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const modeFor = (f: SourceFormat) =>
    f === 'json'
      ? [json(), autocompletion({ override: [jsonCompletion] })]
      : autocompletion({ override: [notationCompletion] });

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          bracketMatching(),
          closeBrackets(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          lintGutter(),
          keymap.of([
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            ...completionKeymap,
          ]),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label, 'data-testid': 'code-editor' }),
          mode.current.of(modeFor(format)),
          theme,
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChangeRef.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // Created once; the effects below push later changes in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: mode.current.reconfigure(modeFor(format)) });
  }, [format]);

  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === value) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const len = v.state.doc.length;
    const diags: Diagnostic[] = problem
      ? [
          {
            from: Math.min(problem.from, len),
            to: Math.min(Math.max(problem.to, problem.from), len),
            severity: 'error',
            message: problemMessage,
          },
        ]
      : [];
    v.dispatch(setDiagnostics(v.state, diags));
  }, [problem, problemMessage, value]);

  return <div className="code-editor" ref={host} />;
}
