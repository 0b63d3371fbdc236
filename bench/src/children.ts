import type { ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();

/** Remembers a child process so an interrupted bench can still stop it. */
export function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
}

/** Kills every child this bench started and that is still running (and only those). */
export function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Waits for `child` to exit; SIGTERM first, SIGKILL if it is still there after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 8_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * Runs a bench's `main` under a watchdog: past `watchdogMs`, on Ctrl-C or SIGTERM, or when `main`
 * throws, everything the bench started is stopped. The exit code is non-zero only when something
 * broke.
 */
export function runBench(name: string, watchdogMs: number, main: () => Promise<void>): void {
  const watchdog = setTimeout(() => {
    console.error(`\nThe ${name} ran past ${watchdogMs / 1000} s; stopping everything it started.`);
    killAll();
    process.exit(1);
  }, watchdogMs).unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
  main().then(
    () => clearTimeout(watchdog),
    (err: unknown) => {
      console.error(`\nThe ${name} broke:`, err);
      killAll();
      process.exitCode = 1;
      clearTimeout(watchdog);
    },
  );
}
