import type { SelectField } from 'payload'
import { DEFAULT_CONTENT_LICENCE, LICENCES } from '../lib/licences'

export function licence(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'licence',
    type: 'select',
    required: true,
    defaultValue: DEFAULT_CONTENT_LICENCE,
    options: LICENCES.map(({ value, label }) => ({ value, label })),
    admin: {
      position: 'sidebar',
      description: 'Under which terms readers may reuse this item.',
    },
    ...overrides,
  } as SelectField
}
