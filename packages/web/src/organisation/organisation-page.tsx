import { type FormEvent, useEffect, useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { SelectField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";

interface PackSummary {
  id: string;
  organisation: string;
  document: string;
  version: string;
  nextReviewDate: string;
}

/** GET /api/v1/organisation: the pack in force and the packs this server has. */
interface Organisation {
  name: string;
  packId: string;
  pack: (PackSummary & { reviewOverdue: boolean }) | null;
  packs: PackSummary[];
}

const longDate = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );

const packName = (pack: PackSummary) => `${pack.organisation}: ${pack.document}, version ${pack.version}`;

/**
 * The organisation's settings for administrators: which policy pack its check page and
 * inbox apply. A trust's own pack appears here once its directory is in packs/ and
 * Parapet has restarted (packs/README.md).
 */
export function OrganisationPage() {
  usePageTitle("Organisation");
  const { refresh } = useSession();
  const [organisation, setOrganisation] = useState<Organisation | undefined>();
  const [chosen, setChosen] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api<Organisation>("/api/v1/organisation").then(
      (reply) => {
        setOrganisation(reply);
        setChosen(reply.packId);
      },
      (caught: unknown) => setError(errorText(caught)),
    );
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setNotice(undefined);
    try {
      const reply = await api<Organisation & { changed: boolean }>("/api/v1/organisation/pack", {
        method: "PUT",
        body: { packId: chosen },
      });
      setOrganisation(reply);
      setError(undefined);
      await refresh();
      setNotice(
        reply.changed && reply.pack
          ? `Saved. Posts are now checked, and messages triaged, against ${packName(reply.pack)}.`
          : "Nothing changed: that pack is already the one in force.",
      );
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <h1>Organisation</h1>
      {organisation && <p className="nhsuk-lede-text">{organisation.name}</p>}
      <ErrorSummary message={error} />
      {notice && (
        <p className="nhsuk-inset-text" role="status">
          {notice}
        </p>
      )}
      {organisation && (
        <>
          <h2>Policy pack in force</h2>
          {organisation.pack ? (
            <dl className="nhsuk-summary-list" data-testid="organisation-pack">
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Policy</dt>
                <dd className="nhsuk-summary-list__value">
                  {organisation.pack.organisation}: {organisation.pack.document}
                </dd>
              </div>
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Pack version</dt>
                <dd className="nhsuk-summary-list__value">{organisation.pack.version}</dd>
              </div>
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Next review</dt>
                <dd className="nhsuk-summary-list__value">
                  {longDate(organisation.pack.nextReviewDate)}
                  {organisation.pack.reviewOverdue && (
                    <>
                      {" "}
                      <strong className="nhsuk-tag nhsuk-tag--orange">Review overdue</strong>
                    </>
                  )}
                </dd>
              </div>
            </dl>
          ) : (
            <p className="nhsuk-inset-text">
              The pack this organisation was set to is no longer on this server. Choose one below.
            </p>
          )}
          <form onSubmit={save} noValidate>
            <SelectField
              id="pack"
              label="Choose the policy pack"
              labelSize="s"
              hint="The check page and the inbox apply its rules, templates and deadlines. To add your trust's own pack, follow packs/README.md, put its directory in packs/ and restart Parapet."
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
            >
              {organisation.packs.map((pack) => (
                <option key={pack.id} value={pack.id}>
                  {packName(pack)}
                </option>
              ))}
            </SelectField>
            <button className="nhsuk-button" type="submit" disabled={saving}>
              Save policy pack
            </button>
          </form>
        </>
      )}
    </>
  );
}
