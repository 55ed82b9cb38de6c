// GOV.UK Frontend ships no type declarations: the parts this site uses.
declare module 'govuk-frontend' {
  export class ExitThisPage {
    constructor($root: Element, config?: object);
    exitPage(): void;
  }
}
