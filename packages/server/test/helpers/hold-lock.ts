// Holds a data directory's lock until killed: the "other process" of the lock tests.
import { lockDataDir } from "../../src/db/data-dir-lock.js";

const dir = process.argv[2];
if (!dir) throw new Error("usage: hold-lock.ts <data directory> [server address]");
const lock = await lockDataDir(dir);
if (process.argv[3]) lock.setUrl(process.argv[3]);
process.stderr.write(`locked ${process.pid}\n`);
setInterval(() => undefined, 60_000);
