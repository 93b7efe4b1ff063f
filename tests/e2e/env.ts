/** Shared by the Playwright config, the e2e server and the specs. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100)
export const BASE_URL = `http://localhost:${E2E_PORT}`
export const ADMIN = { email: 'e2e-admin@example.test', password: 'e2e-admin-password-123', name: 'Erin Admin' }
export const E2E_SECRET = 'e2e-secret-0123456789abcdef0123456789abcdef'
/** serve.ts writes the e2e database's URL here, for specs that check what is cached */
export const E2E_DATABASE_FILE = 'test-results/e2e-database-url'
/** serve.ts writes the server's output here too; global-teardown.ts checks it for secrets */
export const SERVER_LOG_FILE = 'test-results/server.log'
/** global-teardown.ts writes what it found in the server log here, for the summary of `npm test` */
export const SERVER_LOG_CHECK_FILE = 'test-results/server-log-check.json'
