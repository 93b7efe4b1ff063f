/**
 * What the moderators' side adds to every public content collection (contentCollection()):
 * - `contributors`: community members credited by the name they chose (src/fields/contributors.ts);
 * - `communityFeedback`: a sidebar panel with the page's feedback and the accepted corrections
 *   waiting for its editor (src/components/admin/DocumentFeedback.tsx); no column in the database;
 * - publishing a document makes the accepted submissions that led to it `added`.
 */
import type { CollectionAfterChangeHook, Field } from 'payload'
import { contributors } from '../fields/contributors'
import { isPublicCollection } from './documents'
import { markSubmissionsAdded } from './hooks'

export function moderationForContent(slug: string): { fields: Field[]; afterChange: CollectionAfterChangeHook[] } {
  if (!isPublicCollection(slug)) return { fields: [], afterChange: [] }
  return {
    fields: [
      contributors(),
      {
        name: 'communityFeedback',
        type: 'ui',
        admin: {
          position: 'sidebar',
          components: { Field: '/src/components/admin/DocumentFeedback#DocumentFeedback' },
        },
      },
    ],
    afterChange: [markSubmissionsAdded],
  }
}
