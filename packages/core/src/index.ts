export * from "./errors.js";
export * from "./check/categories.js";
export * from "./check/pii/index.js";
export * from "./language/index.js";
export * from "./check/index.js";
export * from "./packs/index.js";
export * from "./calendar/index.js";
