import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { allRowsGood, type CsvReport, CsvUpload } from "../shell/csv-upload.js";
import { InputField, SelectField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";

interface ImportReport extends CsvReport {
  stored: number;
  duplicates: number;
}

type Format = "jsonl" | "csv";

const FILE: Record<Format, { kind: string; accept: string }> = {
  jsonl: { kind: "JSON Lines file", accept: ".jsonl,.ndjson,.json,application/x-ndjson,application/json" },
  csv: { kind: "CSV file", accept: ".csv,text/csv" },
};

/** The fields an export may carry (docs/connectors.md, "Import"): header names or JSON keys. */
const FIELDS = [
  "id",
  "text",
  "received_at",
  "platform",
  "account",
  "channel",
  "author_handle",
  "author_name",
  "reply_to_id",
  "permalink",
] as const;

/**
 * Messages from platforms without an API (YouTube, TikTok, WhatsApp, reviews on the trust's
 * website) into the inbox: the file is checked first, every bad row named by line, then imported
 * all or nothing and triaged like any other message (TEWV Appendix 3: every message is answered
 * or moderated, wherever it arrived).
 */
export function InboxImportPage() {
  usePageTitle("Import messages");
  const [format, setFormat] = useState<Format>("jsonl");
  const [platform, setPlatform] = useState("");
  const [account, setAccount] = useState("");
  return (
    <>
      <h1>Import messages</h1>
      <p className="nhsuk-lede-text">
        Bring in messages from a platform Parapet has no connection to, from the platform's export or a
        spreadsheet. They are triaged on arrival and join the <Link to="/inbox">inbox</Link>.
      </p>
      <SelectField
        id="import-format"
        label="Kind of file"
        value={format}
        onChange={(e) => setFormat(e.target.value === "csv" ? "csv" : "jsonl")}
      >
        <option value="jsonl">JSON Lines (one message a line)</option>
        <option value="csv">CSV (a header row, then one message a row)</option>
      </SelectField>
      <InputField
        id="import-platform"
        label="Platform (optional)"
        hint="For rows that do not say, in lower case: for example youtube, tiktok or nhs_website."
        value={platform}
        onChange={(e) => setPlatform(e.target.value)}
        autoComplete="off"
      />
      <InputField
        id="import-account"
        label="Our account that received them (optional)"
        hint="For rows that do not say: the account's name or handle."
        value={account}
        onChange={(e) => setAccount(e.target.value)}
        autoComplete="off"
      />
      <CsvUpload<ImportReport>
        key={format}
        id="inbox-import"
        endpoint="/api/v1/inbox/import"
        what="messages"
        file={FILE[format]}
        columns={FIELDS}
        hint="Each message needs an id, its text and when it was received; platform and account too unless given above. Times as ISO 8601 (2026-11-24T09:30:00Z)."
        body={(content, dryRun) => ({
          format,
          content,
          dryRun,
          ...(platform.trim() ? { platform: platform.trim() } : {}),
          ...(account.trim() ? { account: account.trim() } : {}),
        })}
        summary={(r) =>
          r.dryRun
            ? `${allRowsGood(r.rows)}: importing adds them to the inbox, except any already there.`
            : `Added ${r.stored} ${r.stored === 1 ? "message" : "messages"} to the inbox${
                r.duplicates > 0
                  ? `; ${r.duplicates} ${r.duplicates === 1 ? "was" : "were"} already there`
                  : ""
              }. Triage runs on them in a moment.`
        }
      />
    </>
  );
}
