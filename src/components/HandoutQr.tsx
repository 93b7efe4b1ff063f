/** A QR code of a URL as an inline SVG drawn on the server (src/lib/qr.ts), named for assistive technology. */
import { qrPath } from '@/lib/qr'

export function HandoutQr({
  url,
  label,
  className = 'handout-qr',
}: {
  url: string
  label: string
  className?: string
}) {
  const { size, d } = qrPath(url)
  return (
    <svg
      className={className}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <title>{label}</title>
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  )
}
