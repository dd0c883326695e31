import { LEAVER_CSV_COLUMNS } from "@parapet/core/accounts";
import { allRowsGood, CsvUpload } from "../shell/csv-upload.js";
import { usePageTitle } from "../shell/page-title.js";

interface LeaversReport {
  dryRun: boolean;
  rows: number;
  handovers: number;
  errors: { line: number; reason: string }[];
}

/**
 * Leavers (RWT §4.9.7; CORP-0068 §4.9): HR's file of people leaving; every account where a leaver
 * is an admin or approved user gets a handover task for the named successor, or the
 * communications team when nobody is named.
 */
export function LeaversPage() {
  usePageTitle("Leavers");
  return (
    <>
      <h1>Leavers</h1>
      <p className="nhsuk-lede-text">
        Upload the people leaving, so every account they can post on is handed over before they go.
      </p>
      <CsvUpload<LeaversReport>
        id="leavers"
        endpoint="/api/v1/accounts/leavers"
        what="leavers"
        columns={LEAVER_CSV_COLUMNS}
        hint="The successor is optional: without one, the communications team takes the account over. Dates as YYYY-MM-DD."
        summary={(r) =>
          r.dryRun
            ? `${allRowsGood(r.rows)}: importing makes ${r.handovers} handover ${r.handovers === 1 ? "task" : "tasks"}.`
            : `Made ${r.handovers} handover ${r.handovers === 1 ? "task" : "tasks"}; the accounts are flagged in the register until each is done.`
        }
      />
    </>
  );
}
