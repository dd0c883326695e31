import { buildWebUi, webBuildIsStale } from "./packages/server/src/web-ui/web-build.js";

/**
 * Browser tests start real `parapet serve` processes, several at once; building
 * the web UI here, once, keeps them from racing to build it themselves.
 */
export default async function setup(): Promise<void> {
  if (webBuildIsStale()) await buildWebUi((line) => process.stderr.write(`${line}\n`));
}
