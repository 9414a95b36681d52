/**
 * The benchmark's servers run in child processes (`node --import tsx`), so the load generator,
 * the BFF and the simulator each get their own event loop, as in production.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Node flags `npm start` gives the BFF (package.json): a 64 MiB young generation. A cache miss
 * parses a block that the cache keeps, so scavenges copy it; with V8's default 16 MiB they ran
 * ~3 times as often and took ~9% of the BFF's time at 1 connection, against ~4% (bench/).
 */
export const BFF_NODE_FLAGS = ['--max-semi-space-size=64'];

/** Messages a child sends over IPC. */
export type ChildMessage =
  | { type: 'ready'; port: number; chatIds?: string[] }
  | { type: 'stats'; id: number; requests: number; rateLimited: number; cpuMicros: number };

/** A child's counters: requests it served, 429s it sent (simulator), its CPU time (µs). */
export interface ChildStats {
  requests: number;
  rateLimited: number;
  cpuMicros: number;
}

/** A running child server. */
export interface Child {
  port: number;
  /** Chat ids with messages (simulator only). */
  chatIds: string[];
  /** Counters of the child (the simulator's are `Simulator.stats`). */
  stats(): Promise<ChildStats>;
  /** SIGTERM, resolved on exit. */
  stop(): Promise<void>;
}

/** The next message of `type` (and, for `stats`, answering request `id`). */
function next(child: ChildProcess, type: ChildMessage['type'], id?: number): Promise<ChildMessage> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`bench child exited with ${code ?? 'a signal'}`));
    const onMessage = (message: ChildMessage) => {
      if (message.type !== type || (id !== undefined && 'id' in message && message.id !== id))
        return;
      child.off('message', onMessage).off('exit', onExit);
      resolve(message);
    };
    child.on('message', onMessage).once('exit', onExit);
  });
}

/** Stats requests sent so far: each reply names its request. */
let statsRequests = 0;

/**
 * Starts `bench/<script>` with `env` added and waits for its `ready` message.
 * @param nodeFlags - extra Node/V8 flags (the BFF gets production's, {@link BFF_NODE_FLAGS})
 * @throws {Error} when the child exits before it is ready
 */
export async function startChild(
  script: string,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<Child> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), [], {
    // BENCH_CPU_PROF=<dir>: each server child writes a V8 CPU profile there when it exits.
    execArgv: [
      '--import',
      'tsx',
      ...nodeFlags,
      ...(process.env.BENCH_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
        : []),
    ],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await next(child, 'ready');
  if (ready.type !== 'ready') throw new Error('unexpected message');
  return {
    port: ready.port,
    chatIds: ready.chatIds ?? [],
    async stats() {
      const id = ++statsRequests;
      const reply = next(child, 'stats', id);
      child.send({ type: 'stats', id });
      const message = await reply;
      if (message.type !== 'stats') throw new Error('unexpected message');
      return {
        requests: message.requests,
        rateLimited: message.rateLimited,
        cpuMicros: message.cpuMicros,
      };
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Sends a message to the parent (children only). */
export function tellParent(message: ChildMessage): void {
  process.send?.(message);
}

/** CPU time (user + system) of this process so far, µs. */
export function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * Answers the parent's `stats` requests with `counts()` and this process's CPU time (children
 * only).
 */
export function answerStats(counts: () => Omit<ChildStats, 'cpuMicros'>): void {
  process.on('message', (message: { type?: string; id?: number }) => {
    if (message.type === 'stats')
      tellParent({ type: 'stats', id: message.id ?? 0, ...counts(), cpuMicros: cpuMicros() });
  });
}
