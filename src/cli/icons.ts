/**
 * Draws the hub's icon (two overlapping rings in the brand purple: people meeting, the overlap
 * lit up) and writes every size the site ships, with sharp. The outputs are committed; run this
 * again only after changing the drawing:
 *
 *   node src/cli/ts-run.mjs src/cli/icons.ts
 *
 * Next's file conventions at the app root pick them up for every page (src/app/icon.svg,
 * icon.png, apple-icon.png, favicon.ico); src/app/manifest.ts points at public/icons/.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

const BRAND = '#5b2a86'
const HIGHLIGHT = '#f2b705'

/** The mark on a 512 × 512 canvas; `scale` shrinks it into a maskable icon's safe zone. */
function iconSvg({ rounded = true, scale = 1 }: { rounded?: boolean; scale?: number } = {}): string {
  const offset = (512 * (1 - scale)) / 2
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect width="512" height="512" rx="${rounded ? 112 : 0}" fill="${BRAND}"/>
  <defs><clipPath id="left"><circle cx="196" cy="256" r="116"/></clipPath></defs>
  <g transform="translate(${offset} ${offset}) scale(${scale})">
    <circle cx="316" cy="256" r="116" fill="${HIGHLIGHT}" clip-path="url(#left)"/>
    <circle cx="196" cy="256" r="116" fill="none" stroke="#fff" stroke-width="36"/>
    <circle cx="316" cy="256" r="116" fill="none" stroke="#fff" stroke-width="36"/>
  </g>
</svg>
`
}

/** An .ico holding PNG images (every current browser reads them). */
function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt8(0, entry + 2)
    header.writeUInt8(0, entry + 3)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map((i) => i.png)])
}

const png = (svg: string, size: number) => sharp(Buffer.from(svg)).resize(size, size).png().toBuffer()

async function main() {
  const root = process.cwd()
  const app = path.join(root, 'src/app')
  const icons = path.join(root, 'public/icons')
  fs.mkdirSync(icons, { recursive: true })
  const svg = iconSvg()
  const square = iconSvg({ rounded: false })
  const maskable = iconSvg({ rounded: false, scale: 0.78 })
  fs.writeFileSync(path.join(app, 'icon.svg'), svg)
  fs.writeFileSync(path.join(app, 'icon.png'), await png(svg, 32))
  // iOS rounds the corners itself
  fs.writeFileSync(path.join(app, 'apple-icon.png'), await png(square, 180))
  const small = await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await png(svg, size) })))
  fs.writeFileSync(path.join(app, 'favicon.ico'), icoFromPngs(small))
  fs.writeFileSync(path.join(icons, 'icon-192.png'), await png(svg, 192))
  fs.writeFileSync(path.join(icons, 'icon-512.png'), await png(svg, 512))
  fs.writeFileSync(path.join(icons, 'maskable-512.png'), await png(maskable, 512))
  console.log('icons written to src/app and public/icons')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
