/**
 * Erasing subscribers: the row goes entirely (address, language, choice, dates), for an
 * unsubscribe, an admin's delete, or a subscription never confirmed. Nothing else refers to it.
 */
import type { Payload, Where } from 'payload'
import { SUBSCRIBERS } from './config'

/** Deletes every subscriber matching `where`; returns how many went. */
export async function deleteSubscribers(payload: Payload, where: Where): Promise<number> {
  const { docs } = await payload.delete({ collection: SUBSCRIBERS, where, overrideAccess: true, depth: 0 })
  return docs.length
}

export const eraseSubscriber = (payload: Payload, id: number): Promise<number> =>
  deleteSubscribers(payload, { id: { equals: id } })
