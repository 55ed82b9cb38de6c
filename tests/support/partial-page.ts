import type { Page } from 'playwright-core';

/**
 * A browser paints a page while its HTML is still coming in, and may do so after any tag or
 * run of text (the parser stops to let it paint, more often on a busy phone). So whatever has
 * been painted must stay where it is as the rest arrives.
 *
 * This replays the page as it is parsed: for each element and run of words on the first screen,
 * the page cut off just after it (everything later removed, its late stylesheet too, as when
 * it has not come yet), and every box already there that is painted is compared with where it
 * ends up once the whole page is in. A box that starts somewhere else is what Chromium reports
 * as a layout shift when it happens to paint at that moment. Run with JavaScript off (the
 * page's scripts would run on the copies).
 */
export function movedAsThePageCameIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rtl = document.documentElement.dir === 'rtl';
    const original = document.body.cloneNode(true) as HTMLElement;
    const inOrder = (root: Node) => {
      const nodes: Node[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === Node.ELEMENT_NODE || node.textContent!.trim()) nodes.push(node);
      return nodes;
    };
    /** Where a painted node starts (the top corner its writing starts from), or null if nothing of it is painted. */
    const startOf = (node: Node) => {
      const element = (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement) as Element;
      if (!element.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true })) return null;
      // Inside a box clipped to nothing (GOV.UK's visually hidden text): never painted.
      for (let box: Element | null = element; box; box = box.parentElement) {
        const r = box.getBoundingClientRect();
        if (r.width * r.height <= 1 && getComputedStyle(box).overflow !== 'visible') return null;
      }
      let rect: DOMRect | undefined;
      if (node.nodeType === Node.ELEMENT_NODE) rect = element.getBoundingClientRect();
      else {
        const words = document.createRange();
        words.selectNodeContents(node);
        rect = words.getClientRects()[0];
      }
      if (!rect || rect.width * rect.height === 0) return null;
      return { x: Math.round(rtl ? rect.right : rect.left), y: Math.round(rect.top + scrollY) };
    };
    const describe = (node: Node | undefined) => {
      if (!node) return 'the end';
      if (node.nodeType === Node.TEXT_NODE) return `"${node.textContent!.trim().slice(0, 24)}"`;
      const element = node as Element;
      return `<${element.tagName.toLowerCase()}${element.classList.length ? ` class="${[...element.classList].join(' ')}"` : ''}>`;
    };

    const whole = inOrder(document.body);
    const ends = whole.map(startOf);
    // The part of the document that reaches down to the first screen's foot.
    let last = 0;
    ends.forEach((end, i) => {
      if (end && end.y < innerHeight) last = i;
    });
    const moved = new Map<number, string>();
    for (let cut = 0; cut < last; cut++) {
      const copy = original.cloneNode(true) as HTMLElement;
      document.body.replaceWith(copy);
      const nodes = inOrder(copy);
      const open = new Set<Node>();
      for (let node: Node | null = nodes[cut]!; node; node = node.parentNode) open.add(node);
      for (let i = nodes.length - 1; i > cut; i--) if (!open.has(nodes[i]!)) nodes[i]!.parentNode!.removeChild(nodes[i]!);
      for (let i = 0; i <= cut; i++) {
        const end = ends[i];
        if (moved.has(i) || !end || end.y >= innerHeight) continue;
        const then = startOf(nodes[i]!);
        if (then && (Math.abs(then.x - end.x) > 1 || Math.abs(then.y - end.y) > 1)) {
          moved.set(i, `${describe(nodes[i])} at ${then.x},${then.y} until ${describe(whole[cut + 1])} came, then at ${end.x},${end.y}`);
        }
      }
    }
    document.body.replaceWith(original);
    return [...moved.values()];
  });
}
