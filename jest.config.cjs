/** Jest runs TypeScript tests through ts-jest (type-checking is `npm run check`'s job). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        // isolatedModules: transpile file by file (fast); types are checked by `npm run check`.
        tsconfig: {
          isolatedModules: true,
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
  testTimeout: 30000,
};
