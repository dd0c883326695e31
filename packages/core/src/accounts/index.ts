export * from "./account-criteria.js";
export * from "./account-request.schema.js";
export * from "./account-workflows.js";
export * from "./accounts-pack.schema.js";
export * from "./register-csv.js";
export * from "./review-workflow.js";
export * from "./training.js";
export * from "./unofficial.js";
