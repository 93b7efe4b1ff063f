import { serializeJsonLd, type JsonLdObject } from '../lib/jsonld'

type Props = { data: JsonLdObject | readonly JsonLdObject[] }

/**
 * schema.org structured data for search engines, rendered on the server. The JSON is
 * escaped by serializeJsonLd: a title such as `</script><script>...` stays inert text.
 */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
