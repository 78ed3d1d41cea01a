/**
 * `DATABASE_URL=postgres://…/<service database> npm run dead-letters:replay [-- --group <consumer group>] [-- --id <n> …]`
 * Replays a service's dead letters (all, one group's, or some by id) once their cause is fixed.
 */
import { parseArgs } from 'node:util';
import { createDataSource } from '@mam/db';
import { replayDeadLetters } from './replay-dead-letters';

async function main() {
  const { values } = parseArgs({ options: { group: { type: 'string' }, id: { type: 'string', multiple: true } } });
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    process.stderr.write(
      'DATABASE_URL must name the database of the service whose dead letters to replay (postgres://…)\n',
    );
    process.exit(1);
  }
  const ids = values.id?.map(Number);
  if (ids?.some((id) => !Number.isInteger(id) || id <= 0)) {
    process.stderr.write('--id takes the positive integer id of a dead_letters row\n');
    process.exit(1);
  }
  const dataSource = createDataSource({ url, entities: [], migrations: [], poolSize: 2 });
  await dataSource.initialize();
  try {
    const { replayed, kept } = await replayDeadLetters(dataSource, { group: values.group, ids });
    process.stdout.write(`Replayed ${replayed} dead letters${kept ? `; kept ${kept} undecodable ones` : ''}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
