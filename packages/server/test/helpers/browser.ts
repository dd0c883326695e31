import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

const CLI = fileURLToPath(new URL("../../../cli/bin/parapet.js", import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface ParapetProcess {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`parapet ${args.join(" ")} exited ${code}: ${stderr}`)),
    );
  });
}

export interface StartOptions {
  /**
   * The demo trust's register, requests, training and inbox too, as `npm start` makes them; by
   * default only its organisation and people, so a test starts from an empty register and inbox.
   */
  demoContent?: boolean;
  /** Runs after the demo trust is seeded and before the server starts (the directory is free then). */
  beforeServe?: (dataDir: string) => Promise<void>;
}

/**
 * A real `parapet serve` on a free port over its own PGlite data directory,
 * seeded with the demo trust, as a person would run it.
 */
export async function startParapet(options: StartOptions = {}): Promise<ParapetProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), "parapet-browser-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PARAPET_DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  await run(options.demoContent ? ["seed-demo"] : ["seed-demo", "--no-content"], env);
  await options.beforeServe?.(dataDir);
  const child: ChildProcess = spawn(process.execPath, [CLI, "serve", "--port", "0"], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stderr = "";
    const timer = setTimeout(() => reject(new Error(`parapet serve did not start: ${stderr}`)), 60_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /Parapet is running at (http:\/\/\S+)/.exec(stderr);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`parapet serve exited ${code}: ${stderr}`));
    });
  });
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGINT");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface BrowserSuite {
  parapet: ParapetProcess;
  browser: Browser;
}

/**
 * A real parapet and a Chromium for the whole test file: started before the first
 * test, stopped after the last. Its fields are set by `beforeAll`; read them in hooks and tests.
 */
export function useParapetInChromium(options: StartOptions = {}): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.parapet = await startParapet(options);
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.parapet?.stop();
  });
  return suite;
}

/** A page in a fresh context: axe needs one, and it keeps tests' cookies apart. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Fails with the list of rules broken when axe finds a serious or critical violation. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join("; ")})`,
    );
}

/** Internal ids (UUIDs) in the text a person sees on the page: the UI names things, never ids. */
export async function internalIdsShown(page: Page): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered for a person is the point, not hidden nodes
  const text = await page.locator("body").innerText();
  return text.match(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi) ?? [];
}

export async function signInThroughPage(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A CSS property of an element as the browser computed it (the tests have no DOM types). */
export function computedStyle(locator: Locator, property: string): Promise<string> {
  return locator.evaluate((element, name) => {
    const view = globalThis as unknown as {
      getComputedStyle(e: unknown): { getPropertyValue(p: string): string };
    };
    return view.getComputedStyle(element).getPropertyValue(name);
  }, property);
}

/**
 * The font families the browser computed for the page's first paragraph or form
 * label, as written in CSS, e.g. `"Frutiger W01", arial, sans-serif`.
 */
export function bodyTextFont(page: Page): Promise<string> {
  return computedStyle(page.locator("p, label").first(), "font-family");
}

/** The design system's stack: Frutiger W01 where installed, then Arial, never the browser's serif. */
export const NHS_FONT_STACK = /^"?Frutiger W01"?, arial, sans-serif$/i;
