/** Browser tests of the local preview (tests/e2e): Playwright driving Debian's Chromium, one file at a time. */
const base = require('./jest.config.cjs');

module.exports = {
  ...base,
  roots: ['<rootDir>/tests/e2e'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 60000,
  maxWorkers: 1,
};
