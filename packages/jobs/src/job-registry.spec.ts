import { defineJobRegistry, MissingJobHandlerError } from './job-registry';
import { jobsMigration, jobTableName } from './jobs-table.migration';

const handler = { run: async () => null };

describe('defineJobRegistry', () => {
  it('names every kind in use that has no handler', () => {
    const registry = defineJobRegistry({ proxy: handler, poster: handler });
    expect(() => registry.assertHandles(['proxy', 'transcode', 'poster', 'archive', 'transcode'])).toThrow(
      new MissingJobHandlerError('job kind archive has no handler; job kind transcode has no handler'),
    );
  });

  it('accepts kinds it handles, and does not take inherited names for handlers', () => {
    const registry = defineJobRegistry({ proxy: handler });
    expect(() => registry.assertHandles(['proxy'])).not.toThrow();
    expect(registry.handlerFor('proxy')).toBe(handler);
    expect(registry.handlerFor('toString')).toBeUndefined();
    expect(() => registry.assertHandles(['constructor'])).toThrow('job kind constructor has no handler');
  });
});

describe('jobsMigration', () => {
  it('names the migration after its table and refuses a table name unsafe in SQL', () => {
    const Migration = jobsMigration('transcode_jobs', 1764500000000);
    expect(new Migration().name).toBe('CreateJobsTranscodeJobs1764500000000');
    expect(() => jobTableName('jobs; DROP TABLE x')).toThrow('must be lower-case letters, digits and underscores');
  });
});
