export { type AppOptions, buildApp } from "./app.js";
export { type Clock, systemClock } from "./clock.js";
export { databaseFromEnv, type ServerConfig, serverConfigFromEnv } from "./config.js";
export { type Database, type DatabaseLocation, openDatabase } from "./db/database.js";
export { listMigrations, migrate } from "./db/migrate.js";
export { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./organisations/seed-demo.js";
export { type RunningServer, signInHelp, startServer } from "./start-server.js";
