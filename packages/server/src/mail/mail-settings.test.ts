import { describe, expect, it } from "vitest";
import { mailSettingsFromEnv } from "./mail-settings.js";
import { alertMail, QUOTE_MAX_CHARS, quotable } from "./mail-templates.js";
import { messageIdFor } from "./mail-transport.js";

const BASE = {
  PARAPET_SMTP_URL: "smtp://relay%40trust:p%40ss word@smtp.example.nhs.uk:587",
  PARAPET_MAIL_FROM: "Parapet <parapet@example.nhs.uk>",
  PARAPET_PUBLIC_URL: "https://parapet.example.nhs.uk///",
};

describe("mail settings from the environment", () => {
  it("is off without PARAPET_SMTP_URL", () => {
    expect(mailSettingsFromEnv({})).toBeUndefined();
  });

  it("reads the server, STARTTLS, the decoded user and password (kept secret) and the public address", () => {
    const settings = mailSettingsFromEnv(BASE);
    expect(settings).toMatchObject({
      host: "smtp.example.nhs.uk",
      port: 587,
      secure: false,
      requireTls: true,
      from: "Parapet <parapet@example.nhs.uk>",
      publicUrl: "https://parapet.example.nhs.uk",
    });
    expect(settings?.auth?.user).toBe("relay@trust");
    expect(settings?.auth?.pass.reveal()).toBe("p@ss word");
    expect(JSON.stringify(settings)).not.toContain("p@ss");
    expect(mailSettingsFromEnv({ ...BASE, PARAPET_SMTP_URL: "smtps://smtp.example.nhs.uk" })).toMatchObject({
      port: 465,
      secure: true,
      requireTls: false,
      auth: undefined,
    });
  });

  it("says what is missing or wrong, without the password", () => {
    expect(() => mailSettingsFromEnv({ ...BASE, PARAPET_PUBLIC_URL: undefined })).toThrow(
      /PARAPET_PUBLIC_URL/,
    );
    expect(() => mailSettingsFromEnv({ ...BASE, PARAPET_MAIL_FROM: undefined })).toThrow(/PARAPET_MAIL_FROM/);
    expect(() => mailSettingsFromEnv({ ...BASE, PARAPET_SMTP_URL: "http://user:secret@x" })).toThrow(
      /^(?!.*secret).*smtp:\/\//,
    );
    expect(() => mailSettingsFromEnv({ ...BASE, PARAPET_SMTP_CA_FILE: "/nonexistent/ca.pem" })).toThrow(
      /PARAPET_SMTP_CA_FILE/,
    );
  });
});

describe("mail templates", () => {
  it("bounds a quote of 100,000 characters in linear time and strips controls and direction overrides", () => {
    const hostile = `a\u0000b\u202Ec\u2066d\n\n\te ${"x".repeat(100_000)}`;
    const quote = quotable(hostile);
    expect([...quote].length).toBe(QUOTE_MAX_CHARS + 1);
    expect(quote.startsWith("a b c d e x")).toBe(true);
    expect(quote.endsWith("…")).toBe(true);
    // Counted work, not time: the loop stops at the bound whatever the input's length.
    expect(quotable(" ".repeat(100_000))).toBe("");
  });

  it("escapes every outside string in the HTML part", () => {
    const mail = alertMail({
      to: "comms@example.nhs.uk",
      title: "Crisis: a message needs someone now",
      body: "A comment arrived.",
      message: '<a href="javascript:alert(1)">click</a> & <style>',
      organisationName: "Fenmoor <b>Trust</b>",
      inboxUrl: "https://parapet.example.nhs.uk/inbox",
    });
    expect(mail.html).not.toMatch(/<a href="javascript|<style|<b>/);
    expect(mail.html).toContain("&lt;a href=&quot;javascript:alert(1)&quot;&gt;");
    expect(mail.text).toContain('> <a href="javascript:alert(1)">click</a> & <style>');
  });

  it("makes one Message-ID per job key, on the sender's domain", () => {
    const a = messageIdFor("mail.send:alert:1", "Parapet <parapet@example.nhs.uk>");
    expect(a).toMatch(/^<[0-9a-f]{32}@example\.nhs\.uk>$/);
    expect(messageIdFor("mail.send:alert:1", "parapet@example.nhs.uk")).toBe(a);
    expect(messageIdFor("mail.send:alert:2", "parapet@example.nhs.uk")).not.toBe(a);
  });
});
