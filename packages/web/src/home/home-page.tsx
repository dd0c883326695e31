import { ROLE_LABELS } from "@parapet/core/roles";
import { Link } from "@tanstack/react-router";
import { useApi } from "../accounts/accounts-api.js";
import { areasFor, summaryFor } from "../areas.js";
import { usePackList } from "../check/use-pack.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";

/** The policy behind the pack, once it is past its review date (the head of communications acts on it). */
function PolicyReviewWarning() {
  const { value } = useApi<{ document: string; version: string; nextReviewDate: string; overdue: boolean }>(
    "/api/v1/organisation/pack-review",
  );
  if (!value?.overdue) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">Your policy is past its review date</h2>
      <p>
        {value.document} (version {value.version}) was due for review on {value.nextReviewDate}. Check it is
        still current; when the policy is reviewed, update the pack so Parapet applies the new one.
      </p>
    </div>
  );
}

export function HomePage() {
  usePageTitle("Home");
  const { me } = useSession();
  const { packs } = usePackList();
  if (!me) return null;
  const pack = packs.find((p) => p.id === me.organisation.packId);
  const areas = areasFor(me.user.roles).filter((area) => area.path !== "/" && !area.detail);
  return (
    <>
      <h1>Welcome, {me.user.displayName}</h1>
      <p className="nhsuk-lede-text">{me.organisation.name}</p>
      {me.user.roles.some((r) => r === "head_of_communications" || r === "admin") && <PolicyReviewWarning />}
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Signed in as</dt>
          <dd className="nhsuk-summary-list__value">{me.user.email}</dd>
        </div>
        {me.user.jobTitle && (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Job title</dt>
            <dd className="nhsuk-summary-list__value">{me.user.jobTitle}</dd>
          </div>
        )}
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Your roles</dt>
          <dd className="nhsuk-summary-list__value">
            <ul className="nhsuk-list">
              {me.user.roles.map((role) => (
                <li key={role}>{ROLE_LABELS[role]}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Your policy</dt>
          <dd className="nhsuk-summary-list__value" data-testid="home-pack">
            {pack ? `${pack.organisation}: ${pack.document}, version ${pack.version}` : "…"}
          </dd>
        </div>
      </dl>
      {areas.length > 0 && (
        <>
          <h2>What you can do</h2>
          <ul className="nhsuk-grid-row nhsuk-card-group">
            {areas.map((area) => (
              <li key={area.path} className="nhsuk-grid-column-one-half nhsuk-card-group__item">
                <div className="nhsuk-card nhsuk-card--clickable">
                  <div className="nhsuk-card__content">
                    <h3 className="nhsuk-card__heading nhsuk-heading-m">
                      <Link className="nhsuk-card__link" to={area.path}>
                        {area.title}
                      </Link>
                    </h3>
                    <p className="nhsuk-card__description">{summaryFor(area, me.user.roles)}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
