// Tests are TypeScript run through swc as ESM; integration tests run against a real Neo4j, one per worker (SPEC section 7).
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  // Each worker gets its own Neo4j server from the global setup; this points NEO4J_URI at it.
  setupFiles: ['<rootDir>/tests/setup/neo4j-per-worker.ts'],
  testTimeout: 120000,
  maxWorkers: 2,
};
