/**
 * GET /og/<kind>.png?l=&t=&n=&s= — the 1200 × 630 Open Graph card of a page: its title, what
 * kind of page it is and the site name on the brand purple. Pages link it through
 * src/lib/metadata.ts; the query is signed (src/lib/og-image.ts), anything else answers 404.
 * Drawn with next/og and its bundled font, so it needs no network.
 */
import { getTranslations } from 'next-intl/server'
import { ImageResponse } from 'next/og'
import { LOCALES } from '@/lib/languages'
import { OG_SIZE, readOgRequest } from '@/lib/og-image'

const BRAND = '#5b2a86'
const HIGHLIGHT = '#f2b705'

export async function GET(request: Request, { params }: { params: Promise<{ image: string }> }) {
  const { image } = await params
  const card = readOgRequest(
    image,
    new URL(request.url).searchParams,
    LOCALES.map((l) => l.code),
  )
  if (!card) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } })
  const t = await getTranslations({ locale: card.locale, namespace: 'OgImage' })
  // home: the site's line under its name; other pages: their title, under what kind of page it is
  const detail = card.kind !== 'home' && card.kind !== 'page'
  const title = card.kind === 'home' ? t('home') : card.title
  const size = title.length > 90 ? 52 : title.length > 50 ? 64 : 80
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: BRAND,
        color: '#fff',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 24, fontSize: 40 }}>
        <Mark />
        <span>{card.siteName}</span>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        {detail ? (
          <span
            style={{ display: 'flex', color: HIGHLIGHT, fontSize: 34, textTransform: 'uppercase', letterSpacing: 2 }}
          >
            {t(card.kind)}
          </span>
        ) : null}
        <span style={{ display: 'flex', fontSize: size, lineHeight: 1.15 }}>{title}</span>
      </div>
      {card.kind === 'page' ? (
        <div style={{ display: 'flex', fontSize: 32, color: '#e9dff3' }}>{t('page')}</div>
      ) : (
        <div style={{ display: 'flex', height: 12, width: 160, background: HIGHLIGHT, borderRadius: 6 }} />
      )}
    </div>,
    {
      ...OG_SIZE,
      headers: { 'cache-control': 'public, max-age=86400, stale-while-revalidate=604800' },
    },
  )
}

/** The hub's mark (src/cli/icons.ts draws the same): two rings, their overlap lit up. */
function Mark() {
  return (
    <svg width="72" height="72" viewBox="0 0 512 512">
      <defs>
        <clipPath id="left">
          <circle cx="196" cy="256" r="116" />
        </clipPath>
      </defs>
      <circle cx="316" cy="256" r="116" fill={HIGHLIGHT} clipPath="url(#left)" />
      <circle cx="196" cy="256" r="116" fill="none" stroke="#fff" strokeWidth="36" />
      <circle cx="316" cy="256" r="116" fill="none" stroke="#fff" strokeWidth="36" />
    </svg>
  )
}
