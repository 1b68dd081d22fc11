/**
 * One rendering of a broken engine rule, wherever the views show one: the layer's path, the
 * rule's name (src/i18n errors.rules) and the engine's message said in the language shown
 * (`say(engineWords, msg)`), never the English `detail` or `Error.message` with its `[rule-id]`.
 */
import type { ReactNode } from 'react';
import { say, type EngineMessage, type SpecRule } from '../engine';
import { engineWords, errors, shell } from '../i18n';

/** What a broken rule carries: a SpecError, or a lesson's copy of one (plain data). */
export interface BrokenRule {
  /** The layer where the rule broke (`''`: the whole network). */
  path: string;
  rule: SpecRule;
  msg: EngineMessage;
}

export interface RuleBrokenProps {
  error: BrokenRule;
  /** What comes first (a heading): a colon follows it, or the path. */
  lead?: ReactNode;
  /** Words before the path (the model page's "at layer"). */
  pathLead?: ReactNode;
  /** Makes the path a button (the model page selects the layer). */
  onPath?: (path: string) => void;
  /** Prefix of the test ids: `<testId>-path`, `<testId>-rule`. */
  testId?: string;
}

/** The rule's name and the engine's sentence, in the language shown. */
export function brokenText(e: BrokenRule): string {
  return errors.broke(errors.rules[e.rule], say(engineWords, e.msg));
}

/**
 * `<lead> at layer <path>: <rule> — <the engine's sentence>`: the path part only when the error
 * names a layer, the colon only after a lead or a path.
 */
export function RuleBroken({
  error,
  lead,
  pathLead,
  onPath,
  testId = 'rule-broken',
}: RuleBrokenProps) {
  const { path } = error;
  return (
    <>
      {lead}
      {path && (
        <>
          {pathLead && <> {pathLead} </>}
          {onPath ? (
            <button
              type="button"
              className="model-error-path"
              onClick={() => onPath(path)}
              data-testid={`${testId}-path`}
            >
              {path}
            </button>
          ) : (
            <code data-testid={`${testId}-path`}>{path}</code>
          )}
        </>
      )}
      {(lead || path) && shell.colon}
      <span data-testid={`${testId}-rule`} data-rule={error.rule}>
        {brokenText(error)}
      </span>
    </>
  );
}
