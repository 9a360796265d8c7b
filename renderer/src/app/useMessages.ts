import { useCallback, useState } from 'react';

/** Runs an action, showing its failure as the window's problem. */
export type Attempt = (action: () => Promise<void>) => Promise<void>;

/** The window's two banners: a problem (an action failed) and a message (an action's outcome). */
export function useMessages() {
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const attempt = useCallback<Attempt>(async (action) => {
    try {
      setProblem(null);
      await action();
    } catch (error) {
      setProblem((error as Error).message);
    }
  }, []);
  return { problem, message, attempt, report: setProblem, say: setMessage };
}
