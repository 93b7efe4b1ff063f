/**
 * The seed's steps in dependency order: a step refers only to what the steps before it wrote
 * (a principle to its theme and topics, a practice to its principles, a term to resources…).
 */
import { events } from './events'
import { faqs } from './faqs'
import { glossaryTerms, relatedTerms } from './glossary-terms'
import { pages } from './pages'
import { practices } from './practices'
import { principles } from './principles'
import { resources } from './resources'
import { siteSettings } from './site-settings'
import { sources } from './sources'
import type { Step } from './step'
import { themes } from './themes'
import { topics } from './topics'

export type { Counts, Step } from './step'

export const STEPS: Step[] = [
  sources,
  themes,
  topics,
  principles,
  resources,
  glossaryTerms,
  practices,
  faqs,
  events,
  pages,
  relatedTerms,
  siteSettings,
]
