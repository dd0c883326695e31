import { Link, Outlet, useRouterState } from "@tanstack/react-router";
import { areasFor, isPublicPath } from "../areas.js";
import { SignInPage } from "../sign-in/sign-in-page.js";
import { useLiveUpdates } from "./live-updates.js";
import { useSession } from "./session.js";

const NHS_LOGO_PATH =
  "M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z";

/** The page frame of the NHS design system: skip link, header, navigation, main, footer. */
export function Layout() {
  const { me, loading, signOut } = useSession();
  const { unread, connected } = useLiveUpdates();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const areas = me ? areasFor(me.user.roles).filter((area) => area.inNavigation) : [];

  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <header className="nhsuk-header">
        <div className="nhsuk-header__container nhsuk-width-container">
          <div className="nhsuk-header__service">
            <Link className="nhsuk-header__service-logo" to="/" aria-label="NHS Parapet homepage">
              <svg
                className="nhsuk-header__logo"
                xmlns="http://www.w3.org/2000/svg"
                viewBox="0 0 200 80"
                height="40"
                width="100"
                focusable="false"
                role="img"
                aria-label="NHS"
              >
                <title>NHS</title>
                <path fill="currentcolor" d={NHS_LOGO_PATH} />
              </svg>
              <span className="nhsuk-header__service-name">Parapet</span>
            </Link>
          </div>
          {me && (
            <nav className="nhsuk-header__account" aria-label="Account">
              <ul className="nhsuk-header__account-list">
                <li className="nhsuk-header__account-item">
                  {me.user.displayName}, {me.organisation.name}
                </li>
                <li className="nhsuk-header__account-item">
                  <Link
                    className="nhsuk-header__account-link"
                    to="/account/notifications"
                    data-testid="notification-bell"
                    data-live={connected ? "on" : "off"}
                    aria-label={unread ? `Notifications: ${unread} unread` : "Notifications: none unread"}
                  >
                    Notifications
                    {unread ? (
                      <strong
                        className="nhsuk-tag nhsuk-tag--red nhsuk-u-margin-left-1"
                        data-testid="unread-count"
                      >
                        {unread}
                      </strong>
                    ) : null}
                  </Link>
                </li>
                <li className="nhsuk-header__account-item">
                  <button
                    type="button"
                    className="nhsuk-header__account-button"
                    onClick={() => void signOut()}
                  >
                    Sign out
                  </button>
                </li>
              </ul>
            </nav>
          )}
        </div>
        {areas.length > 0 && (
          <nav className="nhsuk-header__navigation" aria-label="Menu">
            <div className="nhsuk-header__navigation-container nhsuk-width-container">
              <ul className="nhsuk-header__navigation-list">
                {areas.map((area) => {
                  const current = area.path === "/" ? pathname === "/" : pathname.startsWith(area.path);
                  return (
                    <li
                      key={area.path}
                      className={`nhsuk-header__navigation-item${current ? " nhsuk-header__navigation-item--current" : ""}`}
                    >
                      <Link
                        className="nhsuk-header__navigation-link"
                        to={area.path}
                        aria-current={current ? "page" : undefined}
                      >
                        {area.title}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </div>
          </nav>
        )}
      </header>
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          {loading ? (
            <p aria-live="polite">Loading…</p>
          ) : me || isPublicPath(pathname) ? (
            <Outlet />
          ) : (
            <SignInPage />
          )}
        </main>
      </div>
      <footer className="nhsuk-footer">
        <div className="nhsuk-footer__container nhsuk-width-container">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <div className="nhsuk-footer__meta">
            <p className="nhsuk-body-s">
              Parapet is open-source social media governance for NHS trusts. Every rule cites the clause of
              the trust policy it comes from.
            </p>
            <p className="nhsuk-footer__copyright">Open source under the MIT licence</p>
          </div>
        </div>
      </footer>
    </>
  );
}
