export * from "./errors.js";
export * from "./check/categories.js";
export * from "./check/pii/index.js";
export * from "./language/index.js";
