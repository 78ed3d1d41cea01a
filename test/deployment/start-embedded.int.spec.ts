import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePortRun } from '@mam/testkit';

const root = join(__dirname, '..', '..');
/** `npm start` after its build step, as package.json says: node's arguments, relative to the root. */
const startArguments: string[] = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  .scripts.start.split(' && ')
  .at(-1)
  .split(' ')
  .slice(1);

/** A search path like a fresh machine's: node and the basic tools, and of the media tools only those named. */
function searchPath(dir: string, name: string, mediaTools: string[]): string {
  const bin = join(dir, name);
  mkdirSync(bin);
  for (const tool of ['sh', 'bash', 'env', 'id', 'test', 'groupadd', 'useradd', 'locale', ...mediaTools]) {
    const found = spawnSync('bash', ['-c', `type -P ${tool}`], { encoding: 'utf8' }).stdout.trim();
    if (found) symlinkSync(found, join(bin, tool));
  }
  return [dirname(process.execPath), bin].join(':');
}

interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Runs the start script as `npm start` does, in a child process, until its banner or its exit. */
async function start(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, startArguments, {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (out.includes('Try it:') && out.trimEnd().endsWith("}'")) resolve();
    };
    child.stdout.on('data', check);
    void exited.then((code) => reject(new Error(`npm start exited ${code}: ${err}${out}`)));
  });
  await ready;
  return { child, stdout: () => out, stderr: () => err, exited };
}

function postmasterPid(databaseDir: string): number | null {
  const file = join(databaseDir, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start (embedded default)', () => {
  let dir: string;
  let databaseDir = '';
  let running: Started | undefined;

  beforeAll(() => {
    // npm start's first step: the compiled tree it runs.
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
    if (build.status !== 0) throw new Error(`npm run build failed: ${build.stdout}${build.stderr}`);
    // A private folder (0700, as mktemp makes): under root, PostgreSQL's own user cannot enter it.
    dir = mkdtempSync(join(tmpdir(), 'mam-start-'));
  }, 300_000);

  afterAll(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill('SIGINT');
      await running.exited;
    }
    const pid = databaseDir ? postmasterPid(databaseDir) : null;
    if (pid && alive(pid)) process.kill(pid, 'SIGINT');
    if (databaseDir && !databaseDir.startsWith(dir)) rmSync(databaseDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('says in one line that ffmpeg is missing and how to get it, before starting anything', () => {
    const result = spawnSync(process.execPath, startArguments, {
      cwd: root,
      env: {
        PATH: searchPath(dir, 'bare', []),
        HOME: dir,
        MAM_DATA_DIR: join(dir, 'unused'),
        PORT: '1',
        EMBEDDED_POSTGRES_PORT: '1',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^npm start: media tools missing: ffmpeg is not on PATH\. To fix: install ffmpeg 5\.1 or newer .*apt-get install ffmpeg/,
      ),
    ]);
    expect(existsSync(join(dir, 'unused'))).toBe(false);
  });

  it('starts with ffprobe from npm, prints a pasteable command, starts again after kill -9, and stops cleanly', async () => {
    const port = await freePortRun(6);
    const env = {
      PATH: searchPath(dir, 'bin', ['ffmpeg']),
      HOME: dir,
      MAM_DATA_DIR: join(dir, 'data'),
      PORT: String(port),
      EMBEDDED_POSTGRES_PORT: String(await freePortRun(1)),
    };

    running = await start(env);
    const banner = running.stdout();
    expect(banner).toContain(`MAM gateway ready: http://127.0.0.1:${port}/graphql`);
    expect(banner).toContain('NODE_ENV=production');
    expect(banner).toMatch(/ffprobe \S*node_modules\/@ffprobe-installer\/\S+ffprobe, from npm package/);
    const relocated = banner.match(/its files are kept in (\S+)/);
    databaseDir = relocated ? relocated[1] : join(dir, 'data', 'postgres');
    expect(existsSync(join(databaseDir, 'PG_VERSION'))).toBe(true);

    // The "Try it" command, pasted into a shell as it is printed.
    const tryIt = banner.slice(banner.indexOf('Try it:') + 'Try it:'.length).trim();
    const pasted = spawnSync('bash', ['-c', tryIt], { encoding: 'utf8', env: process.env });
    expect(JSON.parse(pasted.stdout)).toMatchObject({ data: { createAsset: { title: 'First cut' } } });

    // Killed hard: its PostgreSQL is left running on the data folder.
    running.child.kill('SIGKILL');
    await running.exited;
    const orphan = postmasterPid(databaseDir)!;
    expect(alive(orphan)).toBe(true);

    // The next start stops that server of its own data folder and comes up.
    running = await start(env);
    expect(running.stdout()).toContain(`Stopping the PostgreSQL server (pid ${orphan}) left running`);
    expect(alive(orphan)).toBe(false);
    const pid = postmasterPid(databaseDir)!;
    expect(pid).not.toBe(orphan);
    const again = spawnSync('bash', ['-c', tryIt], { encoding: 'utf8', env: process.env });
    expect(JSON.parse(again.stdout).data.createAsset.title).toBe('First cut');

    // Ctrl-C: gateway, services, then the database; nothing is logged as an error.
    running.child.kill('SIGINT');
    expect(await running.exited).toBe(0);
    expect(running.stderr()).toBe('');
    expect(alive(pid)).toBe(false);
    // No session was cut off by the database stopping under it.
    expect(readFileSync(join(dir, 'data', 'postgres.log'), 'utf8')).not.toMatch(
      /unexpected EOF|could not receive data from client/,
    );
  }, 240_000);
});
