/**
 * Graph layouts that may need the dagre library, which loads on demand (see
 * src/layout/graph/strategies/dagre.ts). `useDagre()` returns `lay(layout)`, which runs the
 * layout or, when it needs dagre and dagre has not arrived, starts loading it and returns null.
 * Once dagre is there the component renders again with a new `lay` (list it among the memo's
 * dependencies), so the layout runs again.
 */
import { useCallback, useState } from 'react';
import { DagreNotLoaded, dagreLoaded, loadDagre } from '../layout/graph';

export type Lay = <T>(layout: () => T) => T | null;

export function useDagre(): Lay {
  const [ready, setReady] = useState(dagreLoaded);
  return useCallback(
    <T>(layout: () => T): T | null => {
      try {
        return layout();
      } catch (e) {
        if (!(e instanceof DagreNotLoaded) || ready) throw e;
        // Asynchronous: the state changes after this render, never during it.
        loadDagre().then(
          () => setReady(true),
          (err: unknown) => console.error(err),
        );
        return null;
      }
    },
    [ready],
  );
}
