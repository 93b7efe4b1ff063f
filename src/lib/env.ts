/**
 * Environment rules checked once. In production the server refuses to start
 * without PAYLOAD_SECRET; a development default exists only outside production.
 */
const DEV_SECRET = 'allyship-hub-development-secret-not-for-production'

const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'
export const isProduction = () => process.env.NODE_ENV === 'production'

export class ConfigurationError extends Error {}

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) {
    if (isProduction() && secret.length < 32) {
      throw new ConfigurationError('PAYLOAD_SECRET must be at least 32 characters in production.')
    }
    return secret
  }
  // `next build` compiles with NODE_ENV=production but serves nothing: it may run without the secret.
  if (isProduction() && !isBuildPhase()) {
    throw new ConfigurationError(
      'PAYLOAD_SECRET is not set. The server refuses to start in production without it: ' +
        'set it to a long random string (for example `openssl rand -hex 32`).',
    )
  }
  return DEV_SECRET
}

export function serverUrl(): string {
  return (process.env.SERVER_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '')
}
