/**
 * The handout's QR code (src/lib/qr.ts): the SVG path draws exactly the symbol that `qrcode`
 * encodes for the URL, dark where it is dark, with the standard quiet zone around it.
 */
import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { QR_MARGIN, qrPath } from '@/lib/qr'

/** Paint the path's rectangles (`M x y h w v1 h-w z`) back onto a grid of modules. */
function paint(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false))
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true
  }
  return grid
}

describe('qrPath', () => {
  const url = 'https://allyship.example/fr/topics/active-listening'

  it('draws every dark module of the encoded URL and nothing else, inside a quiet zone', () => {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
    const { size, d } = qrPath(url)
    expect(size).toBe(modules.size + 2 * QR_MARGIN)
    expect(d).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/)
    const grid = paint(d, size)
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        const r = row - QR_MARGIN
        const c = col - QR_MARGIN
        const inside = r >= 0 && c >= 0 && r < modules.size && c < modules.size
        expect(grid[row]![col], `module ${row},${col}`).toBe(inside ? Boolean(modules.get(r, c)) : false)
      }
    }
  })

  it('has the three finder patterns a phone camera looks for', () => {
    const { size, d } = qrPath(url)
    const grid = paint(d, size)
    const n = size - 2 * QR_MARGIN
    for (const [top, left] of [
      [0, 0],
      [0, n - 7],
      [n - 7, 0],
    ] as const) {
      const row = (i: number) => grid[QR_MARGIN + top + i]!.slice(QR_MARGIN + left, QR_MARGIN + left + 7)
      expect(row(0).every(Boolean)).toBe(true)
      expect(row(1)).toEqual([true, false, false, false, false, false, true])
      expect(row(3)).toEqual([true, false, true, true, true, false, true])
    }
  })

  it('gives different URLs different codes', () => {
    expect(qrPath(url).d).not.toBe(qrPath('https://allyship.example/topics/active-listening').d)
  })
})
