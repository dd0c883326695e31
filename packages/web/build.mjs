// Builds the web UI into dist/. The server runs this in a child process when
// the build is missing or older than its sources (packages/server/src/web-ui/web-build.ts).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = dirname(fileURLToPath(import.meta.url));
await build({ root, configFile: join(root, "vite.config.ts"), logLevel: "warn" });
