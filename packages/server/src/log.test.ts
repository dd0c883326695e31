import { describe, expect, it } from "vitest";
import { createLogger } from "./log.js";
import { SecretValue } from "./secrets/secret-value.js";

describe("the log", () => {
  it("never writes a credential, wherever it sits in a line", () => {
    const lines: string[] = [];
    const log = createLogger("info", { write: (line: string) => void lines.push(line) });
    const values = ["Bearer tok-1", "pw-2", "tok-3", "EAA-4", "hub-5", "sek-6", "ref-7", "app-8", "cookie-9"];
    log.info(
      {
        req: { headers: { authorization: values[0], cookie: values[8] } },
        password: values[1],
        token: values[2],
        connector: { accessToken: values[3], verifyToken: values[4], nested: { clientSecret: values[5] } },
        session: { refresh_token: values[6] },
        bluesky: { appPassword: values[7] },
        stored: new SecretValue("sv-10"),
        kept: "visible",
      },
      "a line with everything in it",
    );
    const written = lines.join("");
    for (const value of [...values, "sv-10"]) expect(written).not.toContain(value);
    expect(written).toContain("[redacted]");
    expect(written).toContain('"stored":"[secret]"');
    expect(written).toContain('"kept":"visible"');
  });
});
