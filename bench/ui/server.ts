/**
 * The real server (`server/src/index.ts`) in demo mode, in a child process (`node --import tsx`),
 * on loopback ports picked free: exactly what `npm start` runs, minus the key.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BFF_NODE_FLAGS } from '../children.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A running server child. */
export interface ServerChild {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** SIGTERM, resolved on exit (SIGKILL after 12 s: the server promises to exit within 10 s). */
  stop(): Promise<void>;
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server and waits until `GET /readyz` answers 200.
 * @param options.chats - SIMULATOR_CHATS
 * @param options.seed - SIMULATOR_SEED
 * @param options.log - receives each line of the child's output (never print it on stdout: that is the report's)
 * @param options.timeoutMs - give up after this many ms (default 60 s)
 * @throws {Error} when the child exits or is not ready in time (the child is stopped first)
 */
export async function startServer(options: {
  chats: number;
  seed: number;
  log: (line: string) => void;
  timeoutMs?: number;
}): Promise<ServerChild> {
  const [port, simulatorPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    SIMULATOR_PORT: String(simulatorPort),
    SIMULATOR_CHATS: String(options.chats),
    SIMULATOR_SEED: String(options.seed),
    LOG_LEVEL: 'warn',
  };
  delete env.PERISKOPE_API_KEY; // demo mode: the built-in simulator
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', ...BFF_NODE_FLAGS, 'server/src/index.ts'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (line.trim()) options.log(line);
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If this process dies first, do not leave the server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 12_000);
    await exited;
    clearTimeout(timer);
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `server exited (${child.exitCode ?? child.signalCode}) before /readyz answered 200`,
      );
    try {
      const res = await fetch(`${origin}/readyz`);
      await res.arrayBuffer();
      if (res.status === 200) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`server not ready within ${options.timeoutMs ?? 60_000} ms (GET /readyz)`);
}

/**
 * Waits until the server's upstream limiter has no queued calls (`/metrics`
 * `periskope_inbox_limiter_queue_length` 0) plus one rate window (2 s), so a run does not start
 * behind the previous run's leftovers (e.g. reaction lookups). Gives up after `timeoutMs`.
 * @returns ms waited
 */
export async function waitUpstreamIdle(origin: string, timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const text = await (await fetch(`${origin}/metrics`)).text();
    const match = /^periskope_inbox_limiter_queue_length\s+(\S+)/m.exec(text);
    if (!match || Number(match[1]) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return Date.now() - started;
}
