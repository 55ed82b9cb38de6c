import { content } from 'virtual:fhp/content';

/** /services/postcodes.json: the council's postcode sectors for "Near me" (fetched only when used). */
export function GET() {
  return new Response(JSON.stringify(content.postcodes ?? { sectors: {} }), { headers: { 'Content-Type': 'application/json' } });
}
