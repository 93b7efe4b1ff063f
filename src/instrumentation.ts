/** Runs once when the Next.js server starts: refuse to serve with an unsafe configuration. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { payloadSecret } = await import('./lib/env')
  try {
    payloadSecret()
  } catch (err) {
    console.error(`\n[allyship-hub] ${(err as Error).message}\n`)
    process.exit(1)
  }
}
