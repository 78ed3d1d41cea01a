import { parseSourceSettings } from './source-settings';

const refusal = (run: () => unknown): { message: string; code?: string; field?: string } => {
  try {
    run();
  } catch (error) {
    return { message: (error as Error).message, ...(error as { extensions?: object }).extensions };
  }
  throw new Error('expected a refusal');
};

describe('storage source settings', () => {
  it('keeps a local folder relative to the local source root and refuses one outside it', () => {
    expect(parseSourceSettings('local', { path: 'cards/day-1' }, undefined, '/srv/nas')).toEqual({
      settings: { path: 'cards/day-1' },
      credentials: null,
    });
    expect(parseSourceSettings('local', { path: '/srv/nas/cards' }, undefined, '/srv/nas').settings).toEqual({
      path: 'cards',
    });
    expect(refusal(() => parseSourceSettings('local', { path: '../etc' }, undefined, '/srv/nas'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'settings.path',
    });
    expect(refusal(() => parseSourceSettings('local', { path: '/etc' }, undefined, '/srv/nas')).field).toBe(
      'settings.path',
    );
    expect(refusal(() => parseSourceSettings('local', { path: 'cards' }, undefined, '')).message).toContain(
      'LOCAL_SOURCE_ROOT',
    );
  });

  it('fills S3 defaults and requires its keys', () => {
    expect(
      parseSourceSettings('s3', { bucket: 'camera-cards' }, { accessKeyId: 'a', secretAccessKey: 'b' }, ''),
    ).toEqual({
      settings: { bucket: 'camera-cards', region: 'us-east-1', prefix: '', forcePathStyle: true },
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    });
    expect(refusal(() => parseSourceSettings('s3', { bucket: 'camera-cards' }, undefined, ''))).toMatchObject({
      field: 'credentials',
    });
    expect(
      refusal(() =>
        parseSourceSettings('s3', { bucket: 'b', prefix: 'x' }, { accessKeyId: 'a', secretAccessKey: 'b' }, ''),
      ),
    ).toMatchObject({ field: 'settings.bucket' });
  });

  it('takes an SFTP password or key, and refuses a path climbing out', () => {
    expect(
      parseSourceSettings('sftp', { host: 'nas', username: 'cam', path: '/cards' }, { password: 'pw' }, '').settings,
    ).toEqual({ host: 'nas', port: 22, username: 'cam', path: '/cards' });
    expect(
      refusal(() =>
        parseSourceSettings('sftp', { host: 'nas', username: 'cam', path: '/a/../b' }, { password: 'pw' }, ''),
      ),
    ).toMatchObject({ field: 'settings.path' });
    expect(
      refusal(() =>
        parseSourceSettings('sftp', { host: 'nas', username: 'cam', colour: 'red' }, { password: 'pw' }, ''),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
