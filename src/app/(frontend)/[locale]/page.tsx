import { getPrinciplesByTheme } from '../../data/principles'
import { getNewestResources } from '../../data/resources'
import { getSiteSettings } from '../../data/site'
import { RESOURCE_KINDS } from '../../collections/Resources'

const kindLabel = (kind: string) => RESOURCE_KINDS.find((k) => k.value === kind)?.label ?? kind

// Read per request until the public-site work adds tag-based caching and on-demand revalidation.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const [settings, themes, resources] = await Promise.all([
    getSiteSettings('en'),
    getPrinciplesByTheme('en'),
    getNewestResources('en', 6),
  ])
  return (
    <>
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">{settings.siteName}</h1>
        {settings.tagline ? <p className="lede">{settings.tagline}</p> : null}
      </section>

      <section aria-labelledby="principles-title">
        <h2 id="principles-title">Principles</h2>
        {themes.length === 0 ? <p>No principles are published yet.</p> : null}
        <div className="themes">
          {themes.map((theme) => (
            <section key={theme.id} className="theme" aria-labelledby={`theme-${theme.slug}`}>
              <h3 id={`theme-${theme.slug}`}>{theme.title}</h3>
              {theme.summary ? <p className="muted">{theme.summary}</p> : null}
              <ul>
                {theme.principles.map((p) => (
                  <li key={p.id}>
                    <a href={`/principles/${p.slug}`}>{p.title}</a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>

      <section aria-labelledby="resources-title">
        <h2 id="resources-title">Newest resources</h2>
        {resources.length === 0 ? <p>No resources are published yet.</p> : null}
        <ul className="cards">
          {resources.map((r) => (
            <li key={r.id} className="card">
              <h3>
                <a href={`/resources/${r.slug}`}>{r.title}</a>
              </h3>
              <p>{r.summary}</p>
              <p className="meta">
                {kindLabel(r.kind)}
                {r.year ? ` · ${r.year}` : ''} ·{' '}
                <a href={r.url} rel="noopener noreferrer external" target="_blank">
                  Open the original<span className="visually-hidden"> (external site, opens in a new tab)</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
