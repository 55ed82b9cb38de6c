/** The council's content, read and checked once by src/content/integration.ts. Only pages and components import it. */
declare module 'virtual:fhp/content' {
  /** Everything in the content folder that loadContent reads (site, words, questions, thresholds, directory, alerts). */
  export const content: import('./load-content.ts').Content;
  /** The content folder this build reads (absolute, ending in /): for Astro's content collections. */
  export const contentDir: string;
  /** How this build runs: its clock and its ORUK feeds (src/content/build-options.ts). */
  export const build: import('./build-options.ts').BuildOptions;
}
