/**
 * Bounded concurrency for the pull: at most `total` tasks in flight overall, and at most `perKey` with one key (one
 * vendor API), so many components are pulled at once without hammering any one vendor. Tasks start in the order they
 * were queued whenever their key allows, so a busy vendor does not hold up the others. No timers.
 *
 * @example
 * const limit = limiter({ total: 8, perKey: 2 });
 * const results = await Promise.all(monitors.map((m) => limit(vendorKey(m), () => pullOne(m))));
 */
export function limiter(options: { total: number; perKey: number }): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const total = Math.max(1, Math.floor(options.total));
  const perKey = Math.max(1, Math.floor(options.perKey));
  let running = 0;
  const byKey = new Map<string, number>();
  const queue: Array<{ key: string; start: () => void }> = [];

  const next = () => {
    for (let i = 0; i < queue.length && running < total; ) {
      const job = queue[i]!;
      if ((byKey.get(job.key) ?? 0) >= perKey) {
        i++;
        continue;
      }
      queue.splice(i, 1);
      running++;
      byKey.set(job.key, (byKey.get(job.key) ?? 0) + 1);
      job.start();
    }
  };

  return <T>(key: string, task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({
        key,
        start: () => {
          void (async () => {
            try {
              resolve(await task());
            } catch (error) {
              reject(error);
            } finally {
              running--;
              const left = byKey.get(key)! - 1;
              if (left === 0) byKey.delete(key);
              else byKey.set(key, left);
              next();
            }
          })();
        },
      });
      next();
    });
}
