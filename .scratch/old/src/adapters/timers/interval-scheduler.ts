/**
 * Runs a task every `intervalMs`, never two at a time in one process (a slow sweep is not stacked). Durability and
 * exactly-once across processes come from the task's own SQL, not from this loop: any process may run it.
 */
export function startIntervalScheduler(task: () => Promise<unknown>, intervalMs: number, onError: (error: unknown) => void): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
