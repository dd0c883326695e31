export * from "./account-workflows.js";
