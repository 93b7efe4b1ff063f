/** Payload's official plugins, as payload.config.ts assembles them. */
import type { Plugin } from 'payload'
import { slugRedirects } from '@/redirects'
import { mediaStorage } from './storage'

export const plugins = (): Plugin[] => [slugRedirects(), mediaStorage()]
