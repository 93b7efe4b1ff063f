// @vitest-environment happy-dom
/**
 * The review history panel redraws itself after a save (src/components/admin/ReviewHistoryRefresh.tsx):
 * the rule deciding when (refreshForSave, newestSave), and the component mounted with stand-ins for
 * Payload's document info and Next's router: a refresh for each newer save, never on the first render,
 * never for the save the panel was drawn for, and none without an app router.
 */
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const state = vi.hoisted(() => ({
  data: undefined as Record<string, unknown> | undefined,
  refresh: (() => undefined) as () => void,
  mounted: true,
}))
vi.mock('@payloadcms/ui', () => ({ useDocumentInfo: () => ({ data: state.data }) }))
vi.mock('next/navigation', () => ({
  useRouter: () => {
    if (!state.mounted) throw new Error('invariant expected app router to be mounted')
    return { refresh: state.refresh }
  },
}))

const { newestSave, refreshForSave, ReviewHistoryRefresh } = await import('@/components/admin/ReviewHistoryRefresh')

const T1 = '2025-03-01T10:00:00.000Z'
const T2 = '2025-03-01T10:05:00.000Z'
const T3 = '2025-03-01T10:07:30.000Z'

describe('refreshForSave', () => {
  it('refreshes for a save newer than the one drawn, and remembers it', () => {
    expect(refreshForSave(T1, T2)).toEqual({ refresh: true, seen: T2 })
    expect(refreshForSave(T2, T3)).toEqual({ refresh: true, seen: T3 })
  })

  it('does not refresh for the save drawn, nor an older one', () => {
    expect(refreshForSave(T2, T2)).toEqual({ refresh: false, seen: T2 })
    expect(refreshForSave(T2, T1)).toEqual({ refresh: false, seen: T2 })
  })

  it('the first save known only sets what was seen', () => {
    expect(refreshForSave(null, T1)).toEqual({ refresh: false, seen: T1 })
    expect(refreshForSave('not a date', T1)).toEqual({ refresh: false, seen: T1 })
  })

  it('ignores a document with no (valid) updatedAt', () => {
    for (const saved of [undefined, null, '', 'yesterday', 42, {}]) {
      expect(refreshForSave(T1, saved)).toEqual({ refresh: false, seen: T1 })
      expect(refreshForSave(null, saved)).toEqual({ refresh: false, seen: null })
    }
  })
})

describe('newestSave', () => {
  it('is the later of two dates, either may be unknown', () => {
    expect(newestSave(T1, T2)).toBe(T2)
    expect(newestSave(T2, T1)).toBe(T2)
    expect(newestSave(null, T1)).toBe(T1)
    expect(newestSave(T1, null)).toBe(T1)
    expect(newestSave(null, null)).toBeNull()
    expect(newestSave('garbage', T1)).toBe(T1)
  })
})

describe('ReviewHistoryRefresh', () => {
  let container: HTMLElement
  let root: Root
  const refresh = vi.fn()
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }

  beforeEach(() => {
    scope.IS_REACT_ACT_ENVIRONMENT = true
    refresh.mockReset()
    state.refresh = refresh
    state.mounted = true
    state.data = undefined
    container = document.createElement('div')
    document.body.appendChild(container)
    root = createRoot(container)
  })
  afterEach(() => {
    act(() => root.unmount())
    container.remove()
  })

  const render = (drawnFor: string | null, data: Record<string, unknown> | undefined) => {
    state.data = data
    act(() => root.render(createElement(ReviewHistoryRefresh, { drawnFor })))
  }

  it('does not refresh on the first render, then once per newer save', () => {
    render(T1, { id: 1, updatedAt: T1 })
    expect(refresh).not.toHaveBeenCalled()
    expect(container.innerHTML).toBe('')
    // a re-render for something else (the form changed) is no save
    render(T1, { id: 1, updatedAt: T1, title: 'typing' })
    expect(refresh).not.toHaveBeenCalled()
    // saved: useDocumentInfo's data is the save's answer
    render(T1, { id: 1, updatedAt: T2 })
    expect(refresh).toHaveBeenCalledTimes(1)
    // the refreshed page draws the panel for that save: nothing more to do
    render(T2, { id: 1, updatedAt: T2 })
    expect(refresh).toHaveBeenCalledTimes(1)
    render(T2, { id: 1, updatedAt: T3 })
    expect(refresh).toHaveBeenCalledTimes(2)
  })

  it('never refreshes on the first render, whatever the document info holds then', () => {
    render(T1, { id: 1, updatedAt: T2 })
    render(T1, { id: 1, updatedAt: T2 })
    expect(refresh).not.toHaveBeenCalled()
    render(null, { id: 1, updatedAt: T3 })
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('a panel drawn before the first save: the first save known only sets what was seen', () => {
    render(null, undefined)
    render(null, { id: 1, updatedAt: T1 })
    expect(refresh).not.toHaveBeenCalled()
    render(null, { id: 1, updatedAt: T2 })
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('a page drawn again by the server for a newer save (not by this component) is not refreshed again', () => {
    render(T1, { id: 1, updatedAt: T1 })
    // e.g. Payload's "reload" of stale data: the panel and the document info arrive together
    render(T3, { id: 1, updatedAt: T3 })
    expect(refresh).not.toHaveBeenCalled()
  })

  it('renders nothing and refreshes nothing outside the app router', () => {
    state.mounted = false
    render(T1, { id: 1, updatedAt: T1 })
    render(T1, { id: 1, updatedAt: T2 })
    expect(refresh).not.toHaveBeenCalled()
    state.data = { updatedAt: T2 }
    expect(renderToStaticMarkup(createElement(ReviewHistoryRefresh, { drawnFor: T1 }))).toBe('')
  })
})
