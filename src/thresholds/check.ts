import type { Structure, ThresholdDocument, ThresholdText } from './schema.ts';

/** Everything wrong between the parts of the structure, each naming its field. Empty when sound. */
export function structureProblems(s: Structure): string[] {
  const problems: string[] = [];
  const unique = (list: string[], field: string) =>
    list.forEach((v, i) => list.indexOf(v) !== i && problems.push(`${field}.${i}: "${v}" is used twice (anchors must be unique)`));
  unique(s.levels, 'levels');
  unique(s.domains, 'domains');
  unique(s.concerns, 'concerns');
  unique(s.ages, 'ages');
  unique(s.indicators.map((x) => x.id), 'indicators');
  const known = (value: string, list: string[], field: string, kind: string) =>
    !list.includes(value) && problems.push(`${field}: "${value}" is not one of the ${kind} (${list.join(', ')})`);
  s.indicators.forEach((x, i) => {
    known(x.level, s.levels, `indicators.${i}.level`, 'levels');
    known(x.domain, s.domains, `indicators.${i}.domain`, 'domains');
    x.concerns.forEach((c, j) => known(c, s.concerns, `indicators.${i}.concerns.${j}`, 'concerns'));
    x.ages.forEach((a, j) => known(a, s.ages, `indicators.${i}.ages.${j}`, 'age bands'));
  });
  // A concern page with nothing on it would be no use to anyone.
  for (const c of s.concerns) if (!s.indicators.some((x) => x.concerns.includes(c))) problems.push(`concerns: "${c}" has no indicators`);
  return problems;
}

/** Words a language lacks (or has spare) for the structure and the change log, each naming its field. */
export function textProblems(s: Structure, doc: ThresholdDocument, text: ThresholdText): string[] {
  const problems: string[] = [];
  const match = (field: keyof ThresholdText, expected: string[]) => {
    const have = Object.keys(text[field] as Record<string, unknown>);
    for (const k of expected) if (!have.includes(k)) problems.push(`${field}.${k}: missing`);
    for (const k of have) if (!expected.includes(k)) problems.push(`${field}.${k}: not in thresholds.yaml or document.yaml`);
  };
  match('levels', s.levels);
  match('domains', s.domains);
  match('concerns', s.concerns);
  match('ages', s.ages);
  match('indicators', s.indicators.map((x) => x.id));
  match('changes', doc.changes.map((c) => c.version));
  return problems;
}
