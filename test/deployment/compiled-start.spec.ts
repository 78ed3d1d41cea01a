import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compiledEntryArguments, GATEWAY_ENTRY, SERVICE_NAMES, serviceEntry } from '@mam/config';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const startScript = (workspace: string) => JSON.parse(read(join(workspace, 'package.json'))).scripts.start as string;
/** The compiled command for an entry, run from a workspace folder (`up` leads back to the root). */
const fromWorkspace = (entry: string, up: string) =>
  ['node', ...compiledEntryArguments(entry).map((a) => (a.startsWith('./.build/') ? `${up}${a.slice(2)}` : a))].join(
    ' ',
  );

describe('every way of starting runs the compiled tree', () => {
  it('npm start builds, then runs the compiled start script', () => {
    expect(startScript('.')).toBe(`npm run build && ${fromWorkspace('scripts/start-embedded.ts', './')}`);
  });

  it("each service's and the gateway's own start script run their compiled entry point", () => {
    for (const name of SERVICE_NAMES)
      expect(startScript(join('services', name))).toBe(fromWorkspace(serviceEntry(name), '../../'));
    expect(startScript('gateway')).toBe(fromWorkspace(GATEWAY_ENTRY, '../'));
  });

  it('the image runs every entry point from the compiled tree with the same node options', () => {
    const [, ...options] = compiledEntryArguments(GATEWAY_ENTRY).reverse();
    const nodeOptions = options.reverse().map((a) => (a.startsWith('./.build/') ? `/app/${a.slice(2)}` : a));
    expect(read('Dockerfile')).toContain(`ENV NODE_OPTIONS="${nodeOptions.join(' ')}"`);
    const commands = [...read('docker-compose.yml').matchAll(/command: (\[.*\])/g)].map((m) => JSON.parse(m[1]));
    const entries = [...SERVICE_NAMES.map(serviceEntry), GATEWAY_ENTRY];
    expect(commands).toEqual(
      expect.arrayContaining(entries.map((entry) => ['node', compiledEntryArguments(entry).at(-1)!.slice(2)])),
    );
  });
});
