// The learner page's layout faults, measured in the browser: shared by the
// Chromium tests (tests/html/annotateHtml.browser.test.ts), which want none,
// and `npm run eval` (eval/reader.eval.mjs), which counts them on the seed
// article. `layoutFaults` runs in the page (Playwright's `page.evaluate`),
// so it uses nothing from outside its own body.

/**
 * Every fault on the page, by kind, each named by its word or character:
 * pinyin not above its word, pinyin overlapping text (the line above, most
 * likely), a line started by a closing mark such as 。, a line ended early
 * (a word that would have fitted on the line before), and the px of
 * horizontal overflow.
 */
export function layoutFaults() {
  const root = document.documentElement;
  const main = document.querySelector('main');
  const lines = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest('rt, .alts') || node.textContent.trim() === '') continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    lines.push(...range.getClientRects());
  }
  const notAbove = [];
  const collisions = [];
  for (const ruby of document.querySelectorAll('ruby')) {
    const base = document.createRange();
    base.selectNodeContents(ruby.firstChild);
    const b = base.getBoundingClientRect();
    const rt = ruby.querySelector('rt');
    const r = rt.getBoundingClientRect();
    if (!(r.bottom <= b.top + 1 && r.right > b.left && r.left < b.right)) notAbove.push(ruby.firstChild.textContent);
    if (lines.some((t) => r.bottom > t.top + 1 && r.top < t.bottom - 1 && r.right > t.left + 1 && r.left < t.right - 1)) {
      collisions.push(rt.textContent);
    }
  }
  // Chinese typesetting: no line starts with a closing mark such as 。 or ，
  const badStarts = [];
  const marks = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = marks.nextNode(); node; node = marks.nextNode()) {
    const block = node.parentElement.closest('p, h1');
    if (block === null || node.parentElement.closest('rt, .alts')) continue;
    const left = block.getBoundingClientRect().left;
    for (let i = 0; i < node.length; i++) {
      if (!'。，、；：？！）」』】》”'.includes(node.data[i])) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      if (Math.abs(range.getBoundingClientRect().left - left) < 2) badStarts.push(node.data.slice(Math.max(0, i - 4), i + 1));
    }
  }
  // Lines ended early: a word starting a line that would have fitted on the
  // line before, which is what a missing line break opportunity makes the
  // browser do. Text between words can break anywhere, so it only moves the
  // line's end; a space ending a line hangs, before a word it takes room.
  const early = [];
  for (const p of document.querySelectorAll('main p')) {
    const right = p.getBoundingClientRect().right;
    const space = parseFloat(getComputedStyle(p).fontSize) / 2;
    let lineEnd = -Infinity;
    let lineBottom = -Infinity;
    let spaceBefore = false;
    for (const node of p.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          if (rect.bottom > lineBottom + 4) lineBottom = rect.bottom;
          lineEnd = rect.right;
        }
        spaceBefore = /\s$/.test(node.data);
      } else if (node.nodeType === Node.ELEMENT_NODE && node.tagName !== 'WBR') {
        const box = node.getBoundingClientRect();
        const needed = box.width + 1 + (spaceBefore ? space : 0);
        spaceBefore = false;
        if (box.bottom > lineBottom + 4) {
          if (lineBottom !== -Infinity && right - lineEnd >= needed) early.push(node.textContent.slice(0, 8));
          lineBottom = box.bottom;
        }
        lineEnd = box.right;
      }
    }
  }
  return { overflow: Math.max(0, root.scrollWidth - root.clientWidth), notAbove, collisions, badStarts, early };
}
