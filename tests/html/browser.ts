import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium package; the tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Why the browser tests cannot run here, or `undefined` when they can. Under
 * CI=true a missing browser is a failure (`.ci/run` installs it), elsewhere
 * the tests skip and say why.
 */
export function browserMissing(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the learner-page browser tests`;
}

/**
 * A warning when no Chinese font is installed: the layout checks still hold
 * (Chromium lays out the missing glyphs as boxes), but the screenshots show
 * boxes instead of characters. Debian's fonts-noto-cjk fixes that.
 */
export function cjkFontWarning(): string | undefined {
  try {
    if (execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '') return undefined;
  } catch {
    // no fontconfig tools: say nothing rather than guess
    return undefined;
  }
  return 'no Chinese font installed (apt-get install -y fonts-noto-cjk): the screenshots will show boxes for characters';
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium in a fresh temporary profile, desktop or phone-sized. */
export async function openBrowser(device: 'desktop' | 'phone'): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'pinyin-gloss-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    ...(device === 'desktop'
      ? { viewport: { width: 1280, height: 800 } }
      : { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }),
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
