import { useEffect, useState } from 'react';
import { runChecks, textStats, type Finding } from '../../../../common/checks';
import type { ReleaseContent } from '../../../../main/core/model/release';
import { useAppData } from '../../app/AppData';

/** Pause after an edit before the checks run again. */
const CHECK_DELAY_MS = 250;

/** Runs the house-style checks on the release shortly after each edit. */
export function useChecks(read: () => ReleaseContent, version: number) {
  const { lists, preferences } = useAppData();
  const [result, setResult] = useState<{ findings: Finding[]; stats: ReturnType<typeof textStats> }>({
    findings: [],
    stats: { words: 0, characters: 0, readingMinutes: 0 },
  });
  useEffect(() => {
    const timer = setTimeout(() => {
      const content = read();
      setResult({
        findings: runChecks(content, { lists, style: preferences.style, now: new Date() }),
        stats: textStats(content),
      });
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [read, version, lists, preferences.style]);
  return result;
}
