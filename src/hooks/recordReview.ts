import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Publishing is the review (the publish rule has already checked that the user may
 * publish and is not the author): record who reviewed this version and when, and mark
 * it approved. Nobody can set these fields through the API (field access); server code
 * without a user (seed, migrations) keeps what it wrote.
 */
export const recordReview: CollectionBeforeChangeHook = ({ data, req }) => {
  if (data?._status !== 'published' || req.user?.collection !== 'users') return data
  const now = new Date().toISOString()
  data.reviewedBy = req.user.id
  data.reviewedAt = now
  data.lastReviewedAt = now
  data.workflowStatus = 'approved'
  return data
}
