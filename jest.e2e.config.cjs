/** Browser tests of the local preview (tests/e2e): Playwright driving Debian's Chromium, one file at a time. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        isolatedModules: true,
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node',
          target: 'ES2022',
          esModuleInterop: true,
          resolveJsonModule: true,
          verbatimModuleSyntax: false,
        },
      },
    ],
  },
  testTimeout: 60000,
  maxWorkers: 1,
};
