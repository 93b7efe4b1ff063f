/** Payload's official plugins, and our budget for anonymous reads, as payload.config.ts assembles them. */
import type { Plugin } from 'payload'
import { slugRedirects } from '@/redirects'
import { readBudget } from './read-budget'
import { mediaStorage } from './storage'

// readBudget last: it wraps every collection, the plugins' own included
export const plugins = (): Plugin[] => [slugRedirects(), mediaStorage(), readBudget()]
