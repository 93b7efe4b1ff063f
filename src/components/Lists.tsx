import type { ReactNode } from 'react'

/** A section titled by its own h2, which names it for assistive technology. */
export function Section({ headingId, title, children }: { headingId: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  )
}

type ListProps<T> = {
  items: T[]
  /** 'list': stacked entries; 'chips': short inline links */
  className?: 'list' | 'chips'
  children: (item: T) => ReactNode
}

/** One list item per item, drawn by `children`. */
export function ItemList<T extends { id: number }>({ items, className = 'list', children }: ListProps<T>) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.id}>{children(item)}</li>
      ))}
    </ul>
  )
}

type ListSectionProps<T> = ListProps<T> & { headingId: string; title: string }

/** A titled list of related items; nothing at all when there are none. */
export function ListSection<T extends { id: number }>({ headingId, title, ...list }: ListSectionProps<T>) {
  if (!list.items.length) return null
  return (
    <Section headingId={headingId} title={title}>
      <ItemList {...list} />
    </Section>
  )
}

/** An entry of a 'list': its title linking to its page, then its summary when it has one. */
export function ListEntry({ href, title, summary }: { href: string; title: string; summary?: string | null }) {
  return (
    <>
      <a href={href} className="list-title">
        {title}
      </a>
      {summary ? <p>{summary}</p> : null}
    </>
  )
}
