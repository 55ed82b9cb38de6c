/** The baseline for `npm run bench`: a Worker that only inserts a row into D1 (no checks, no sealing). */
export default {
  async fetch(request: Request, env: { DB: D1Database }): Promise<Response> {
    if (request.method === 'GET') return new Response('ok'); // readiness check
    const body = await request.text();
    await env.DB.prepare('INSERT INTO bare (body) VALUES (?1)').bind(body).run();
    return new Response('{}', { status: 201 });
  },
};
