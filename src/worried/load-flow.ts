import { contentDir, site } from '../site/config.ts';
import type { Flow, FlowText } from './flow-schema.ts';
import { readFlow } from './read-flow.ts';

export { textProblems } from './read-flow.ts';

/** This build's questions and their words in every language; the build stops on any problem. */
export function loadFlow(): { flow: Flow; text: Record<string, FlowText> } {
  return readFlow(`${contentDir}questionnaire/`, site.locales.map((l) => l.code));
}
