import { content } from 'virtual:fhp/content';

/** The site icon, in the council's colour from content/site.yaml. */
export function GET() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${content.site.brand.colour}"/><path d="M16 7 6 15h3v10h5v-6h4v6h5V15h3z" fill="#fff"/></svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
