/**
 * Milliseconds of CPU this process has used (every thread: the main one and the collector's), for the hang
 * guards of pathological inputs. Wall time is what a busy machine stretches — a run beside other work at load 8
 * took four times as long — while the CPU a computation costs barely moves, so a generous CPU budget separates
 * linear from runaway (quadratic, backtracking) work without the test depending on the machine's load. Vitest
 * runs each test file in a process of its own (its default `forks` pool), so other files' work is not counted.
 */
export function cpuMillis(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
