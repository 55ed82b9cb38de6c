import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseOrThrow } from '../site/validate.ts';
import { checkFlow } from './engine.ts';
import { flowSchema, flowTextSchema, type Flow, type FlowText } from './flow-schema.ts';

/** Words a language lacks (or has spare) for the flow, each naming the node. */
export function textProblems(flow: Flow, text: FlowText): string[] {
  const problems: string[] = [];
  for (const [id, q] of Object.entries(flow.questions)) {
    const words = text.questions[id];
    if (!words) {
      problems.push(`${id}: no words for this question`);
      continue;
    }
    for (const a of q.answers) if (!words.answers[a.id]) problems.push(`${id}: no words for answer "${a.id}"`);
    for (const a of Object.keys(words.answers)) if (!q.answers.some((x) => x.id === a)) problems.push(`${id}: words for answer "${a}", which the flow does not have`);
  }
  for (const id of Object.keys(flow.outcomes)) if (!text.outcomes[id]) problems.push(`${id}: no words for this outcome`);
  for (const id of Object.keys(text.questions)) if (!flow.questions[id]) problems.push(`${id}: words for a question the flow does not have`);
  for (const id of Object.keys(text.outcomes)) if (!flow.outcomes[id]) problems.push(`${id}: words for an outcome the flow does not have`);
  return problems;
}

/** Reads and checks <dir>flow.yaml and its words in each language; throws on any problem. */
export function readFlow(dir: string, codes: readonly string[]): { flow: Flow; text: Record<string, FlowText> } {
  const readYaml = (file: string) => {
    try {
      return parse(readFileSync(`${dir}${file}`, 'utf8'));
    } catch (error) {
      throw new Error(`content/questionnaire/${file} could not be read: ${(error as Error).message}`);
    }
  };
  const flow = parseOrThrow(flowSchema, readYaml('flow.yaml'), 'content/questionnaire/flow.yaml');
  const graph = checkFlow(flow);
  if (graph.length) throw new Error(`content/questionnaire/flow.yaml has problems:\n  - ${graph.join('\n  - ')}`);
  const text: Record<string, FlowText> = {};
  for (const code of codes) {
    const file = `content/questionnaire/${code}.yaml`;
    text[code] = parseOrThrow(flowTextSchema, readYaml(`${code}.yaml`), file);
    const gaps = textProblems(flow, text[code]);
    if (gaps.length) throw new Error(`${file} does not match flow.yaml:\n  - ${gaps.join('\n  - ')}`);
  }
  return { flow, text };
}
