/**
 * QR codes drawn on the server: the `qrcode` package encodes the text, and the dark modules
 * become one SVG path (a run of dark modules in a row is one rectangle), so a page can
 * render it as an inline <svg> with its own accessible name, and print it crisply at any size.
 */
import QRCode from 'qrcode'

export type QrPath = {
  /** width and height of the viewBox, in modules, quiet zone included */
  size: number
  /** the dark modules as an SVG path, in viewBox units */
  d: string
}

/** The quiet zone around the symbol, in modules (the standard asks for 4). */
export const QR_MARGIN = 4

/** The QR code of `text` (a URL) as one path; error correction M survives a creased printout. */
export function qrPath(text: string, margin: number = QR_MARGIN): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const parts: string[] = []
  for (let row = 0; row < modules.size; row++) {
    let col = 0
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < modules.size && modules.get(row, col)) col++
      parts.push(`M${start + margin} ${row + margin}h${col - start}v1h-${col - start}z`)
    }
  }
  return { size: modules.size + 2 * margin, d: parts.join('') }
}
