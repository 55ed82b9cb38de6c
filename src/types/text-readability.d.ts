// text-readability ships no type declarations: the one formula the tests use.
declare module 'text-readability' {
  const readability: { fleschKincaidGrade(text: string): number };
  export default readability;
}
