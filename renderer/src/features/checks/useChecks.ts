import { useEffect, useState } from 'react';
import { runChecks, textStats, type Finding } from '../../../../common/checks';
import type { ReleaseContent } from '../../../../common/model/release';
import { useAppData } from '../../app/AppData';
import { afterEdits, type EditSignal } from '../editor/editSignal';

/** Pause after an edit before the checks run again. */
const CHECK_DELAY_MS = 250;

/** Runs the house-style checks on the release shortly after each edit. */
export function useChecks(read: () => ReleaseContent, edits: EditSignal) {
  const { lists, preferences } = useAppData();
  const [result, setResult] = useState<{ findings: Finding[]; stats: ReturnType<typeof textStats> }>({
    findings: [],
    stats: { words: 0, characters: 0, readingMinutes: 0 },
  });
  useEffect(() => {
    const run = () => {
      const content = read();
      setResult({
        findings: runChecks(content, { lists, style: preferences.style, now: new Date() }),
        stats: textStats(content),
      });
    };
    return afterEdits(edits, run, CHECK_DELAY_MS, CHECK_DELAY_MS);
  }, [read, edits, lists, preferences.style]);
  return result;
}
