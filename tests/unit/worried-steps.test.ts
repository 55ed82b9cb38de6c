import { describe, expect, it } from 'vitest';
import { allPaths } from '../../src/worried/engine.ts';
import { loadFlow } from '../support/content.ts';
import { stepPages } from '../../src/worried/steps.ts';

const { flow } = loadFlow();
const pages = stepPages(flow);
const byToken = new Map(pages.map((p) => [p.token, p]));

describe('the question pages for use without JavaScript', () => {
  it('link every answer to a page that exists', () => {
    for (const page of pages) {
      if (page.kind === 'question') for (const a of page.answers) expect(byToken.has(a.token), `${page.question}=${a.id}`).toBe(true);
      if (page.kind === 'check') {
        expect(byToken.get(page.result)?.kind).toBe('result');
        for (const c of page.change) expect(byToken.get(c.token)).toMatchObject({ kind: 'question', question: c.question });
      }
    }
  });

  it('follow every path to the same outcome as the engine', () => {
    for (const path of allPaths(flow)) {
      let page = pages.find((p) => p.kind === 'question' && p.number === 1)!;
      for (const [question, answer] of path.answers) {
        expect(page).toMatchObject({ kind: 'question', question });
        if (page.kind !== 'question') break;
        page = byToken.get(page.answers.find((a) => a.id === answer)!.token)!;
      }
      if (page.kind === 'check') page = byToken.get(page.result)!;
      expect(page).toMatchObject({ kind: 'result', outcome: path.outcome });
    }
  });

  it('use addresses that say nothing about the answers', () => {
    const words = Object.values(flow.questions).flatMap((q) => q.answers.map((a) => a.id)).concat(Object.keys(flow.questions), Object.keys(flow.outcomes));
    for (const page of pages) {
      expect(page.token).toMatch(/^[0-9a-f]{12}$/);
      for (const word of words) expect(page.token).not.toContain(word);
    }
    expect(new Set(pages.map((p) => p.token)).size).toBe(pages.length);
  });
});
