/**
 * The link checker's SSRF guard: the loopback and private-network addresses it must not reach by
 * default (RFC 6890 special-purpose ranges), and the check that refuses a host that is, or resolves
 * to, one of them.
 */
import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

export class RefusedError extends Error {
  override name = 'RefusedError'
}

// Addresses the checker must not reach by default (RFC 6890 special-purpose ranges).
const PRIVATE = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6')

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 4) return PRIVATE.check(address, 'ipv4')
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
    if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4')
    return PRIVATE.check(address, 'ipv6')
  }
  return false
}

/** Refuses a host that is, or resolves to, a loopback or private address. (The request resolves the name again: a name that changes its answer in between is not caught; this is a guard, not a sandbox.) */
export async function refusePrivateHost(hostname: string, signal: AbortSignal): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '')
  const addresses = isIP(host)
    ? [host]
    : (await raceAbort(lookup(host, { all: true, verbatim: true }), signal)).map((a) => a.address)
  if (addresses.some(isPrivateAddress)) throw new RefusedError(`${host} is a private or loopback address`)
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
