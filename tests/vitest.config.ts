import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = path.resolve(import.meta.dirname, '..')

export default defineConfig({
  root,
  resolve: {
    tsconfigPaths: true,
    // one graphql for our code and Payload's: Node loads Payload's `graphql` from its CommonJS main,
    // Vite would give our modules the ES build (`module`), and graphql refuses objects from another
    // copy ("Cannot use GraphQLObjectType from another module or realm"). Next externalises graphql,
    // so the app already has one copy.
    alias: { graphql: path.join(root, 'node_modules/graphql/index.js') },
  },
  test: {
    environment: 'node',
    include: ['tests/int/**/*.int.spec.ts'],
    globalSetup: ['tests/int/global-setup.ts'],
    setupFiles: ['tests/int/per-file-database.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
