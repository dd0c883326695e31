export { type AppOptions, buildApp } from "./app.js";
export { type Clock, systemClock } from "./clock.js";
export {
  databaseFromEnv,
  type ParapetConfig,
  parapetConfigFromEnv,
  type ServerConfig,
  serverConfigFromEnv,
} from "./config.js";
export { createDeps, type Deps } from "./create-deps.js";
export { type Database, type DatabaseLocation, openDatabase } from "./db/database.js";
export { listMigrations, migrate, migrationStatus } from "./db/migrate.js";
export { defaultSchedules } from "./jobs/job-kinds.js";
export { JobWorker } from "./jobs/job-worker.js";
export { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./organisations/seed-demo.js";
export { seedDemoContent } from "./organisations/seed-demo-content.js";
export { type RunningServer, signInHelp, startServer } from "./start-server.js";
