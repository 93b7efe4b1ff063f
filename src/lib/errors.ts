/**
 * Refusals the user must read (publish rule, workflow, moderation): an APIError whose message
 * Payload passes to REST, GraphQL and the admin's toast.
 *
 * Payload names an error after its class (`this.name = this.constructor.name`) and, for an
 * error without `data`, shows the message only when that name is non-empty (formatErrors).
 * The production build minifies class names to '' on the server, so a plain APIError reached
 * users as "An unknown error occurred.". The name is set here as a literal, which survives.
 */
import { APIError } from 'payload'

export class RefusalError extends APIError {
  constructor(message: string, status: 400 | 403 | 404 | 409 = 403) {
    super(message, status, null, true)
    this.name = 'RefusalError'
  }
}

export const refusal = (message: string, status: 400 | 403 | 404 | 409 = 403) => new RefusalError(message, status)
