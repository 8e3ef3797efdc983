/**
 * The page's inline CSS and script. Both are constants so every page is the
 * same apart from its text, and the page needs no network at all (its
 * Content-Security-Policy forbids any request).
 *
 * Tone colours follow the common learner convention (as on MDBG and in many
 * flashcard apps): 1 red, 2 orange, 3 green, 4 blue, neutral grey; the shades
 * are darkened to keep at least 4.5:1 contrast on the page background.
 */
export const TONE_COLORS = {
  light: { t1: '#c8102e', t2: '#a65400', t3: '#1a7a1a', t4: '#1f4fc4', t5: '#5c5c5c' },
  dark: { t1: '#ff7a85', t2: '#ffb454', t3: '#6fd16f', t4: '#8fb1ff', t5: '#b0b0b0' },
} as const;

/** Page and dark-mode backgrounds, against which the tone colours are chosen. */
export const BACKGROUNDS = { light: '#fdfdfa', dark: '#181818' } as const;

/** The background of words above the chosen HSK level (text contrast stays above 4.5:1 on it). */
const LEVEL_HIGHLIGHT = { light: '#fff0a8', dark: '#4d4200' } as const;

const { light, dark } = TONE_COLORS;

export const PAGE_CSS = `
:root{color-scheme:light dark;--hl:${LEVEL_HIGHLIGHT.light};--bg:${BACKGROUNDS.light};--fg:#1b1b1b;--bar:#efeee8;--line:#c9c7bf;--hint:#85827a;--pop:#fff;--t1:${light.t1};--t2:${light.t2};--t3:${light.t3};--t4:${light.t4};--t5:${light.t5}}
@media (prefers-color-scheme:dark){:root{--hl:${LEVEL_HIGHLIGHT.dark};--bg:${BACKGROUNDS.dark};--fg:#e9e9e6;--bar:#242424;--line:#4a4a4a;--hint:#8c8c8c;--pop:#262626;--t1:${dark.t1};--t2:${dark.t2};--t3:${dark.t3};--t4:${dark.t4};--t5:${dark.t5}}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font-family:system-ui,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;font-size:1.25rem;line-height:1.6}
.toolbar{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.4rem .5rem;align-items:center;padding:.4rem .75rem;background:var(--bar);border-bottom:1px solid var(--line);font-size:1rem}
.toolbar button{font:inherit;min-height:2.75rem;padding:.2rem .7rem;border:2px solid var(--fg);border-radius:.5rem;background:var(--bg);color:var(--fg);cursor:pointer}
.toolbar button[aria-pressed="true"]{background:var(--fg);color:var(--bg)}
.toolbar select{font:inherit;min-height:2.75rem;border:2px solid var(--fg);border-radius:.5rem;background:var(--bg);color:var(--fg)}
.toolbar button[aria-pressed="true"]::before{content:"\\2713\\00a0"}
.toolbar button[aria-pressed="false"]::before{content:"\\2715\\00a0"}
.legend{display:none;gap:.4rem;padding:0 .25rem;font-weight:600}
.tone-colors .legend{display:inline-flex}
:focus-visible{outline:3px solid var(--t4);outline-offset:2px}
main{max-width:42rem;margin:0 auto;padding:1rem 1rem 4rem}
h1{font-size:1.5em;line-height:1.5;margin:.5em 0 1em}
p{margin:0 0 1.1em;line-height:2.1;overflow-wrap:anywhere}
/* Chromium does not grow a line for its ruby, so only lines with ruby get the room for it. */
p:not(:has(ruby)){line-height:1.6}
/* Chromium breaks lines inside a ruby (活动|室, with its pinyin cut mid-syllable): keep a word whole,
   together with the punctuation glued to it (.nb), which may not start or end a line. */
ruby{ruby-position:over;ruby-align:center;white-space:nowrap}
.nb{white-space:nowrap}
/* The padding keeps the pinyin of neighbouring words apart; .6em: pinyin stays readable on a phone. */
rt{font-size:.6em;line-height:1.2;padding-inline:.2em}
/* Hidden pinyin takes no room (no gaps between words, no tall lines); a hovered or focused word shows its own. */
.pinyin-hidden rt{display:none}
.pinyin-hidden p{line-height:1.6}
.pinyin-hidden ruby:hover rt,.pinyin-hidden .poly:focus rt{display:revert}
.zy{display:none}.zhuyin .zy{display:inline}.zhuyin .py{display:none}
.tone-colors .t1{color:var(--t1)}.tone-colors .t2{color:var(--t2)}.tone-colors .t3{color:var(--t3)}.tone-colors .t4{color:var(--t4)}.tone-colors .t5{color:var(--t5)}
/* nowrap: no line break may come between a word and its card. Every word has one: no underline marks some. */
.poly{position:relative;white-space:nowrap;cursor:pointer;border-radius:.2em}
.poly:focus{outline:3px solid var(--t4);outline-offset:1px}
/* Words above the chosen HSK level stand out (the page's script sets .above). */
.poly.above{background:var(--hl)}
.alts{display:none;position:absolute;left:0;top:100%;z-index:3;width:max-content;max-width:min(20rem,calc(100vw - 1rem));padding:.4rem .7rem;background:var(--pop);color:var(--fg);border:1px solid var(--line);border-radius:.4rem;box-shadow:0 .2rem .8rem rgba(0,0,0,.25);font-size:1rem;line-height:1.6;text-align:left;white-space:normal}
.alt{display:block}.cr{font-size:1.25rem}.lv{color:var(--hint)}
.poly:hover .alts,.poly:focus .alts{display:block}
.poly.dismissed .alts{display:none}
@media print{.toolbar{display:none}.alts{display:none!important}}
`.trim();

/**
 * The switches are `<button aria-pressed>`: the browser makes them reachable
 * by Tab and pressable by Enter and Space; this script keeps `aria-pressed`
 * and a class on `<html>` in step, marks the words above the chosen HSK
 * level (`.above`: unlisted words too), and keeps the settings in
 * localStorage so the next page opens the same way. The text is one Tab
 * stop: the arrow keys (and Home, End) move between its words, the focused
 * word being the one Tab returns to. It also keeps an open card inside the
 * viewport (near the right edge it would make a phone scroll sideways) and
 * lets Escape dismiss it (WCAG 1.4.13).
 */
export const PAGE_SCRIPT = `
(() => {
  const root = document.documentElement;
  const KEY = 'pinyin-gloss-reader';
  let saved = {};
  try { saved = JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch { saved = {}; }
  const save = (name, value) => {
    saved[name] = value;
    try { localStorage.setItem(KEY, JSON.stringify(saved)); } catch {}
  };
  const switches = [['pg-pinyin', 'pinyin-hidden', false, 'pinyin'], ['pg-colors', 'tone-colors', true, 'colors'], ['pg-zhuyin', 'zhuyin', true, 'zhuyin']];
  for (const [id, cls, classWhenPressed, name] of switches) {
    const button = document.getElementById(id);
    if (!button) continue;
    const set = (pressed) => {
      button.setAttribute('aria-pressed', String(pressed));
      root.classList.toggle(cls, pressed === classWhenPressed);
    };
    if (typeof saved[name] === 'boolean') set(saved[name]);
    button.addEventListener('click', () => {
      const pressed = button.getAttribute('aria-pressed') !== 'true';
      set(pressed);
      save(name, pressed);
    });
  }
  const words = [...document.querySelectorAll('.poly')];
  const menu = document.getElementById('pg-level');
  const mark = (level) => {
    for (const word of words) {
      const h = Number(word.dataset.h || 99);
      word.classList.toggle('above', level !== '' && h > Number(level));
    }
  };
  if (menu) {
    if (typeof saved.level === 'string' && [...menu.options].some((o) => o.value === saved.level)) menu.value = saved.level;
    mark(menu.value);
    menu.addEventListener('change', () => { mark(menu.value); save('level', menu.value); });
  }
  const focusWord = (word) => {
    for (const other of words) if (other !== word && other.tabIndex === 0) other.tabIndex = -1;
    word.tabIndex = 0;
    word.focus();
  };
  document.addEventListener('keydown', (event) => {
    const word = event.target instanceof Element ? event.target.closest('.poly') : null;
    if (!word) return;
    const at = words.indexOf(word);
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: words.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    focusWord(words[Math.max(0, Math.min(words.length - 1, to))]);
  });
  document.addEventListener('focusin', (event) => {
    const word = event.target instanceof Element ? event.target.closest('.poly') : null;
    if (word && word.tabIndex !== 0) focusWord(word);
  });
  const place = (poly) => {
    const box = poly.querySelector('.alts');
    if (!box) return;
    box.style.left = '0px';
    const rect = box.getBoundingClientRect();
    if (rect.width === 0) return;
    const right = root.clientWidth - 8;
    let shift = rect.right > right ? right - rect.right : 0;
    if (rect.left + shift < 8) shift = 8 - rect.left;
    box.style.left = shift + 'px';
  };
  const polyOf = (event) => event.target instanceof Element ? event.target.closest('.poly') : null;
  document.addEventListener('focusin', (event) => { const poly = polyOf(event); if (poly) place(poly); });
  document.addEventListener('mouseover', (event) => { const poly = polyOf(event); if (poly) requestAnimationFrame(() => place(poly)); });
  document.addEventListener('focusout', (event) => { const poly = polyOf(event); if (poly) poly.classList.remove('dismissed'); });
  document.addEventListener('mouseout', (event) => { const poly = polyOf(event); if (poly) poly.classList.remove('dismissed'); });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const poly of document.querySelectorAll('.poly:hover, .poly:focus')) poly.classList.add('dismissed');
  });
})();
`.trim();
