/** Only http and https links are accepted anywhere a URL is stored. */
export function validateHttpUrl(value: unknown, { required = true } = {}): string | true {
  if (value === undefined || value === null || value === '') return required ? 'A URL is required.' : true
  if (typeof value !== 'string') return 'A URL must be text.'
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    return 'Enter a full URL starting with https:// or http://.'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'Only http:// and https:// links are allowed.'
  if (!parsed.hostname.includes('.') && parsed.hostname !== 'localhost') return 'Enter a URL with a full domain name.'
  return true
}

/** Can every segment of a path be percent-decoded? (`/contribute/status/%E0%A4%A` cannot.) */
export function decodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment)
    return true
  } catch {
    return false
  }
}
