/**
 * Checks across content files: pure functions over data already read, each returning its
 * problems (empty when all is well). loadContent runs them once every file has been read.
 */
import type { Category } from '../directory/schema.ts';
import type { Flow } from '../worried/flow-schema.ts';

/** The kinds of service the questions point to are the directory's own categories: one list, one set of names. */
export function questionServiceProblems(flow: Flow, categories: readonly Pick<Category, 'id'>[]): string[] {
  const unknown = [...new Set(Object.values(flow.questions).flatMap((q) => q.answers.flatMap((a) => a.services ?? [])))]
    .filter((tag) => !categories.some((c) => c.id === tag));
  return unknown.length ? [`content/questionnaire/flow.yaml: services ${unknown.map((t) => `"${t}"`).join(', ')} not in content/directory/categories.yaml`] : [];
}
