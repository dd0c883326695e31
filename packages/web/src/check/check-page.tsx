import "./check-page.scss";
import {
  ACCOUNT_TYPES,
  type AccountType,
  type CheckInput,
  checkPost,
  type Finding,
  PLATFORMS,
  type Platform,
} from "@parapet/core/check";
import { ACCOUNT_TYPE_LABELS, PLATFORM_LABELS } from "@parapet/core/labels";
import type { Role } from "@parapet/core/roles";
import { useMemo, useState } from "react";
import { InputField, SelectField, TextareaField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";
import { FindingsList } from "./findings-list.js";
import { HighlightedText } from "./highlighted-text.js";
import { type MediaDraft, MediaFields } from "./media-fields.js";
import { PackSelect } from "./pack-select.js";
import { usePack } from "./use-pack.js";

const VERDICT_TEXT = {
  block: "Do not post this yet: it breaks the policy.",
  review: "Check this with the communications team before posting.",
  pass: "No issues found.",
} as const;

/** Where the account type chosen last is kept, in this browser only. */
const ACCOUNT_TYPE_KEY = "parapet.check.accountType";

/**
 * The choice made last in this browser; otherwise personal, since most staff check
 * posts for their own accounts, and official for the communications team, who run
 * the trust's.
 */
function rememberedAccountType(roles: readonly Role[]): AccountType {
  const usual: AccountType = roles.some(
    (r) => r === "communications_officer" || r === "head_of_communications",
  )
    ? "official"
    : "personal";
  try {
    const saved = globalThis.localStorage?.getItem(ACCOUNT_TYPE_KEY);
    return ACCOUNT_TYPES.find((t) => t === saved) ?? usual;
  } catch {
    return usual;
  }
}

/** "Check a post": the same checker as the CLI and API, running in the browser as you type. */
export function CheckPage() {
  usePageTitle("Check a post");
  const { me } = useSession();
  const [packId, setPackId] = useState<string>(me?.organisation.packId ?? "nhs-core");
  const { packs, pack, error } = usePack(packId);
  const [text, setText] = useState("");
  const [accountType, setAccountType] = useState<AccountType>(() =>
    rememberedAccountType(me?.user.roles ?? []),
  );
  const chooseAccountType = (value: string) => {
    const chosen = ACCOUNT_TYPES.find((t) => t === value) ?? "personal";
    setAccountType(chosen);
    try {
      globalThis.localStorage?.setItem(ACCOUNT_TYPE_KEY, chosen);
    } catch {
      // A browser that refuses storage simply offers the usual type next time.
    }
  };
  const [platform, setPlatform] = useState<Platform>("x");
  const [handle, setHandle] = useState("");
  const [bio, setBio] = useState("");
  const [employee, setEmployee] = useState(false);
  const [media, setMedia] = useState<MediaDraft[]>([]);

  const input: CheckInput = useMemo(
    () => ({
      text,
      platform,
      account: {
        type: accountType,
        ...(handle ? { handle } : {}),
        ...(bio ? { bio } : {}),
        identifiesAsEmployee: employee,
      },
      media: media.map((m) => ({
        kind: m.kind,
        identifiablePeople: m.identifiablePeople,
        consent: m.consent,
        tags: m.tags
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean),
      })),
    }),
    [text, platform, accountType, handle, bio, employee, media],
  );
  const result = useMemo(() => (pack ? checkPost(pack, input) : undefined), [pack, input]);
  const clauses = useMemo(() => new Map(pack?.clauses.map((c) => [c.id, c.summary])), [pack]);

  const apply = (f: Finding) => {
    if (f.start === undefined || f.end === undefined || f.replacement === undefined) return;
    setText(text.slice(0, f.start) + f.replacement + text.slice(f.end));
  };

  const chosen = packs.find((p) => p.id === packId);
  const today = new Date().toISOString().slice(0, 10);
  const counts = result
    ? `${result.findings.length} finding${result.findings.length === 1 ? "" : "s"}`
    : "Loading the policy pack";

  return (
    <>
      <h1>Check a post</h1>
      <p className="nhsuk-lede-text">
        Write or paste your draft. Issues appear as you type; nothing is stored.
      </p>
      {error && (
        <div className="nhsuk-error-summary" role="alert">
          <h2 className="nhsuk-error-summary__title">The policy pack could not be loaded</h2>
          <p>{error}</p>
        </div>
      )}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <PackSelect id="pack" packs={packs} value={packId} onChange={setPackId} />
          {chosen && (
            <p className="nhsuk-body-s" id="pack-document">
              {chosen.document}, version {chosen.version}.{" "}
              {chosen.nextReviewDate < today ? (
                <strong>
                  Its review date ({chosen.nextReviewDate}) has passed: check it is still current.
                </strong>
              ) : (
                `Next review ${chosen.nextReviewDate}.`
              )}
            </p>
          )}
          <TextareaField
            id="draft"
            label="Draft post"
            labelSize="s"
            hint={`${[...text].length} characters`}
            rows={6}
            maxLength={100_000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <SelectField
            id="account-type"
            label="Account type"
            value={accountType}
            onChange={(e) => chooseAccountType(e.target.value)}
          >
            {(["personal", "devolved", "official"] as const).map((t) => (
              <option key={t} value={t}>
                {ACCOUNT_TYPE_LABELS[t]}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="platform"
            label="Platform"
            value={platform}
            onChange={(e) => setPlatform(PLATFORMS.find((p) => p === e.target.value) ?? "other")}
          >
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_LABELS[p]}
              </option>
            ))}
          </SelectField>
          <InputField
            id="handle"
            label="Handle or account name"
            value={handle}
            onChange={(e) => setHandle(e.target.value)}
          />
          <TextareaField id="bio" label="Bio" rows={2} value={bio} onChange={(e) => setBio(e.target.value)} />
          <div className="nhsuk-checkboxes nhsuk-form-group">
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id="employee"
                type="checkbox"
                checked={employee}
                onChange={(e) => setEmployee(e.target.checked)}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="employee">
                The account says I work for the trust
              </label>
            </div>
          </div>
          <MediaFields media={media} onChange={setMedia} />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <h2>Result</h2>
          <div aria-live="polite" aria-atomic="true" id="check-status">
            {result ? (
              <p className={`parapet-verdict parapet-verdict--${result.verdict}`}>
                <strong>{VERDICT_TEXT[result.verdict]}</strong> {counts}.
              </p>
            ) : (
              <p>{counts}…</p>
            )}
          </div>
          {text && result && (
            <section aria-labelledby="preview-heading">
              <h3 id="preview-heading" className="nhsuk-heading-s">
                Your post, with issues highlighted
              </h3>
              <HighlightedText text={text} findings={result.findings} />
            </section>
          )}
          {result && (
            <section aria-labelledby="findings-heading">
              <h3 id="findings-heading" className="nhsuk-heading-s">
                Findings
              </h3>
              <FindingsList
                text={text}
                findings={result.findings}
                clauseSummary={(c) => clauses.get(c)}
                onApply={apply}
              />
            </section>
          )}
        </div>
      </div>
    </>
  );
}
