/**
 * An editor problem (data: rule, code and values) said in the language shown: the rule by its
 * name, the message with the words of whoever found it (the engine, the notation parser, or the
 * browser's JSON parser, whose own sentence is quoted). Called at render, so a language switch
 * says the same problem again.
 */
import { say } from '../../engine/message';
import { editor, engineWords, errors, notationErrors } from '../../i18n';
import type { EditorProblem, ProblemMessage, ProblemRule } from './evaluate';

/** The rule's name in words (the id when a newer engine names a rule these strings lack). */
export function ruleName(rule: ProblemRule): string {
  if (rule === 'syntax' || rule === 'notation') return editor.edit.rules[rule];
  return errors.rules[rule] ?? rule;
}

/** What is wrong, without position. */
export function problemDetail(m: ProblemMessage): string {
  switch (m.by) {
    case 'engine':
      return say(engineWords, m.msg);
    case 'notation':
      return editor.edit.notationProblem(m.token, say(notationErrors, m.msg));
    case 'json':
      return editor.edit.jsonProblem(m.error);
  }
}

/** The problem line: `line 4 · stage3/conv3_2 · <rule's name>: <what is wrong>`. */
export function sayProblem(p: EditorProblem): string {
  return editor.edit.problem(p.line, p.path, ruleName(p.rule), problemDetail(p.said));
}
