import { parseDestination } from './destination-settings';

const message = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return {
      message: (error as Error).message,
      field: (error as { extensions?: { field?: string } }).extensions?.field,
    };
  }
  throw new Error('expected a refusal');
};

describe('parseDestination', () => {
  it('keeps a folder inside the delivery root', () => {
    expect(parseDestination('folder', { path: 'playout/today' }, undefined)).toEqual({
      settings: { path: 'playout/today' },
      credentials: null,
    });
    expect(message(() => parseDestination('folder', { path: '../etc' }, undefined))).toMatchObject({
      field: 'settings.path',
      message: expect.stringContaining('inside the delivery root'),
    });
    expect(message(() => parseDestination('folder', { path: '/etc' }, undefined)).field).toBe('settings.path');
    expect(message(() => parseDestination('folder', { path: 'x' }, { password: 'p' })).field).toBe('credentials');
  });

  it('needs a password or a key for SFTP, and keys for S3', () => {
    const sftp = { host: 'sftp.example.com', username: 'studio', path: 'in' };
    expect(parseDestination('sftp', sftp, { password: 'secret' })).toEqual({
      settings: { ...sftp, port: 22 },
      credentials: { password: 'secret' },
    });
    expect(message(() => parseDestination('sftp', sftp, undefined)).field).toBe('credentials');
    expect(message(() => parseDestination('sftp', { ...sftp, path: 'in/../..' }, { password: 'x' })).field).toBe(
      'settings.path',
    );
    expect(
      parseDestination('s3', { bucket: 'deliveries' }, { accessKeyId: 'a', secretAccessKey: 'b' }).settings,
    ).toEqual({ bucket: 'deliveries', region: 'us-east-1', prefix: '', forcePathStyle: true });
    expect(
      message(() =>
        parseDestination(
          's3',
          { bucket: 'deliveries', storageClass: 'COLD' },
          { accessKeyId: 'a', secretAccessKey: 'b' },
        ),
      ).field,
    ).toBe('settings.storageClass');
  });
});
