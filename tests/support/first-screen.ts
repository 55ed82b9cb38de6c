import type { Page } from 'playwright-core';

/** The phone people most often have: what they see before scrolling. */
export const phone = { width: 360, height: 740 };

/** Where Exit this page and the h1 are on the page, measured from its top (not from where it has scrolled to). */
function placesOnPage(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el || !(el as HTMLElement).offsetParent) return null;
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top + scrollY), bottom: Math.round(r.bottom + scrollY) };
    };
    return { exit: box('.govuk-exit-this-page__button'), h1: box('h1'), h1s: document.querySelectorAll('h1').length };
  });
}

/**
 * What is wrong with the first screen of the page as it is now, named by `where`: a parent
 * must see Exit this page and what the page is (its one h1) without scrolling.
 */
export async function firstScreenProblems(page: Page, where: string, height = phone.height): Promise<string[]> {
  const { exit, h1, h1s } = await placesOnPage(page);
  const problems: string[] = [];
  if (h1s !== 1) problems.push(`${where}: ${h1s} h1 elements`);
  if (!exit) problems.push(`${where}: no Exit this page`);
  else if (exit.bottom > height) problems.push(`${where}: Exit this page ends at ${exit.bottom}px`);
  if (!h1) problems.push(`${where}: no visible h1`);
  else if (h1.bottom > height) problems.push(`${where}: h1 ends at ${h1.bottom}px`);
  return problems;
}
