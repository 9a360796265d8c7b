/**
 * Runs tasks one after another per key (a release id), each once the one before it settled, failed
 * or not; tasks of different keys run side by side. A key's queue is dropped once it runs dry.
 */
export class KeyedQueue<K = string> {
  private readonly tails = new Map<K, Promise<unknown>>();

  run<T>(key: K, task: () => Promise<T>): Promise<T> {
    const next = (this.tails.get(key) ?? Promise.resolve()).catch(() => undefined).then(task);
    this.tails.set(key, next);
    const done = () => {
      if (this.tails.get(key) === next) this.tails.delete(key);
    };
    next.then(done, done);
    return next;
  }

  /** Resolves once no task is queued or running, including tasks queued meanwhile. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.allSettled([...this.tails.values()]);
  }
}
