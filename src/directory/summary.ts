/**
 * A service's description cut short for a list of services: real feeds hold descriptions of
 * thousands of characters, and fifty of those make a category page too long to scan. Cut
 * at the end of a sentence when one ends soon enough, else at a word, with "…". Pure.
 */
export function summaryOf(description: string, most = 300): string {
  if (description.length <= most) return description;
  const cut = description.slice(0, most);
  const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  if (sentence >= most / 2) return cut.slice(0, sentence + 1);
  const word = cut.lastIndexOf(' ');
  return `${cut.slice(0, word > most / 2 ? word : most).replace(/[\s,;:–-]+$/, '')}…`;
}
