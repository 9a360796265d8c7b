// In-page probes, passed to page.evaluate / addInitScript: they run in the browser, so they
// may use only what they are given.

/** Installs a keystroke-to-screen probe: from the keydown until the frame after it has been produced. */
export function installKeyProbe(): void {
  const w = window as unknown as { __latencies: number[]; __lastKey: number };
  w.__latencies = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      w.__lastKey = start;
      // The rAF callback runs before the next paint; the task after it, once that frame is done.
      requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - start), 0));
    },
    true,
  );
}

/** Milliseconds from the last keystroke until the preview frame's page holds `marker`. */
export function waitForPreview(marker: string): Promise<number> {
  const w = window as unknown as { __lastKey: number };
  return new Promise((resolve) => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Published page"]')!;
    const done = () => resolve(performance.now() - w.__lastKey);
    if ((frame.srcdoc || '').includes(marker)) return done();
    const observer = new MutationObserver(() => {
      if ((frame.srcdoc || '').includes(marker)) {
        observer.disconnect();
        done();
      }
    });
    observer.observe(frame, { attributes: true });
  });
}

/**
 * Clicks a library row and times it until the editor shows that release's body: until the frame
 * whose rendering put the body on screen is done, as the keystroke probe measures.
 */
export function openFromLibrary(args: { index: number; expect: string }): Promise<number> {
  const button = document.querySelector<HTMLButtonElement>(`[data-index="${args.index}"] button`)!;
  const start = performance.now();
  button.click();
  return new Promise((resolve) => {
    // Checked in frame callbacks, which run before that frame's style, layout and paint.
    const check = () => {
      const body = document.querySelector('[data-testid="body-editor"]');
      if (body?.textContent?.startsWith(args.expect)) setTimeout(() => resolve(performance.now() - start), 0);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * Watches frames while the import's progress dialog is up and resolves, once the review opens, with
 * the longest gap between two frames then and the longest in the same time before it, idle.
 */
export function frameGapsDuringImport(
  idleMs: number,
): Promise<{ importing: number; idle: number; frames: number; over50: number }> {
  const gaps = { importing: 0, idle: 0, frames: 0, over50: 0 };
  return new Promise((resolve) => {
    let last = performance.now();
    const idleUntil = last + idleMs;
    let started = false;
    const tick = (now: number) => {
      const gap = now - last;
      last = now;
      const reading = document.querySelector('progress[aria-label="Files read"]') !== null;
      if (now < idleUntil) gaps.idle = Math.max(gaps.idle, gap);
      else if (!started) {
        started = true;
        (window as unknown as { __startImport?: () => void }).__startImport?.();
      } else if (reading) {
        gaps.importing = Math.max(gaps.importing, gap);
        if (gap > 50) gaps.over50++;
        gaps.frames++;
      } else if (gaps.frames > 0) return resolve(gaps);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
