// A critical CSS part of the site's stylesheet (src/styles/critical.ts): its text.
declare module '*&critical' {
  const css: string;
  export default css;
}
