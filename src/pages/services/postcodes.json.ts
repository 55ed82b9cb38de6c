import { loadPostcodeTable } from '../../directory/postcode-table.ts';

/** /services/postcodes.json: the council's postcode sectors for "Near me" (fetched only when used). */
export function GET() {
  return new Response(JSON.stringify(loadPostcodeTable() ?? { sectors: {} }), { headers: { 'Content-Type': 'application/json' } });
}
