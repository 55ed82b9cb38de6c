/**
 * The flow drawn as an SVG at build time, for safeguarding leads to review the logic
 * without reading code. Layout by dagre; no JavaScript reaches the browser.
 */
import * as dagre from '@dagrejs/dagre';
import type { Flow, FlowText } from './flow-schema.ts';
import { answerTarget } from './engine.ts';
import { escapeMarkup } from '../site/escape-markup.ts';

const charWidth = 7.6; // px per character at 14px: a generous average, so text fits its box
const lineHeight = 18;
const maxChars = 30;

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}


function textBlock(lines: string[], x: number, y: number, attrs = ''): string {
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  return lines.map((l, i) => `<text x="${x}" y="${top + i * lineHeight}" ${attrs}>${escapeMarkup(l)}</text>`).join('');
}

export interface DiagramLabels {
  start: string;
  title: string;
  dir: 'ltr' | 'rtl';
}

export function flowDiagram(flow: Flow, text: FlowText, labels: DiagramLabels): string {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 30, ranksep: 70, edgesep: 20, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  const box = (lines: string[]) => ({ width: Math.max(...lines.map((l) => l.length)) * charWidth + 24, height: lines.length * lineHeight + 20 });

  const startLines = [labels.start];
  g.setNode('__start', { lines: startLines, kind: 'start', ...box(startLines) });
  for (const [id] of Object.entries(flow.questions)) {
    const lines = wrap(text.questions[id]!.title);
    g.setNode(id, { lines, kind: 'question', ...box(lines) });
  }
  for (const id of Object.keys(flow.outcomes)) {
    const lines = wrap(text.outcomes[id]!.title);
    g.setNode(id, { lines, kind: 'outcome', ...box(lines) });
  }
  g.setEdge('__start', flow.start, { lines: [], width: 0, height: 0 });
  // Answers that lead to the same place share one arrow, labelled with each answer.
  for (const [id, q] of Object.entries(flow.questions)) {
    const byTarget = new Map<string, string[]>();
    for (const a of q.answers) {
      const target = answerTarget(q, a.id);
      byTarget.set(target, [...(byTarget.get(target) ?? []), text.questions[id]!.answers[a.id]!]);
    }
    for (const [target, answers] of byTarget) {
      const lines = answers.flatMap((a) => wrap(a));
      g.setEdge(id, target, { lines, ...box(lines), labelpos: 'c' });
    }
  }
  dagre.layout(g);

  const { width = 0, height = 0 } = g.graph();
  const parts: string[] = [];
  for (const e of g.edges()) {
    const edge = g.edge(e) as { points: { x: number; y: number }[]; lines: string[]; x?: number; y?: number; width: number; height: number };
    const d = edge.points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    parts.push(`<path d="${d}" class="fhp-diagram__edge" marker-end="url(#arrow)"/>`);
    if (edge.lines.length && edge.x !== undefined && edge.y !== undefined) {
      parts.push(`<rect x="${edge.x - edge.width / 2}" y="${edge.y - edge.height / 2}" width="${edge.width}" height="${edge.height}" class="fhp-diagram__label-box"/>`);
      parts.push(textBlock(edge.lines, edge.x, edge.y, 'class="fhp-diagram__label"'));
    }
  }
  for (const id of g.nodes()) {
    const n = g.node(id) as { x: number; y: number; width: number; height: number; lines: string[]; kind: string };
    parts.push(`<rect x="${n.x - n.width / 2}" y="${n.y - n.height / 2}" width="${n.width}" height="${n.height}" rx="${n.kind === 'question' ? 2 : 14}" class="fhp-diagram__${n.kind}"/>`);
    parts.push(textBlock(n.lines, n.x, n.y, `class="fhp-diagram__text fhp-diagram__text--${n.kind}"`));
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="flow-diagram-title" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" direction="${labels.dir}">` +
    `<title id="flow-diagram-title">${escapeMarkup(labels.title)}</title>` +
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="fhp-diagram__arrow"/></marker></defs>' +
    parts.join('') +
    '</svg>'
  );
}
