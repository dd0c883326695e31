import { type AccountRequestForm, AppError, EMPTY_REQUEST_FORM, normaliseHandle } from "@parapet/core";
import { createRequest, stepRequest, updateSetup } from "../accounts/account-requests.service.js";
import { findAccountByHandle, listRequests, peopleByIds } from "../accounts/accounts.repository.js";
import { addMonths, isoDay } from "../accounts/dates.js";
import { importRegister } from "../accounts/register-csv.service.js";
import { completionsOf } from "../accounts/training.repository.js";
import { importCompletions } from "../accounts/training.service.js";
import { findUnofficialByKey } from "../accounts/unofficial.repository.js";
import { reportUnofficial } from "../accounts/unofficial.service.js";
import type { OrganisationActor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { importMessages } from "../inbox/import.service.js";
import { findOrganisationBySlug } from "./organisations.repository.js";
import { DEMO_ORGANISATION } from "./seed-demo.js";

/**
 * What a newcomer sees in the demo trust besides its people: a register with flags to act on,
 * account requests part-way, training records (one lapsed), a possible unofficial account and an
 * inbox of a dozen messages. Everything goes in through the services a person's actions go
 * through (the register and training CSV imports, the request workflow, a staff report, the inbox
 * import), so every row is audited and every message is triaged by the triage job like any other.
 *
 * Idempotent: each piece is looked for by its natural key (a handle, a request's handle, a
 * person's module, a message's id) and only what is missing is made, so running it twice leaves
 * the same state. Dates are relative to the clock, so a demo started today never looks stale.
 * All names, handles and messages are invented; none is a real person or account.
 */

/** Live accounts, as the communications team's old spreadsheet would have them (the register's CSV). */
function registerCsv(now: Date): string {
  const day = (months: number) => isoDay(addMonths(now, months));
  const rows = [
    // In order and reviewed recently: nothing to flag.
    [
      "facebook",
      "FenmoorNHS",
      "Fenmoor Community Health NHS Trust",
      "https://www.facebook.com/FenmoorNHS",
      "The trust's main page: service news, health campaigns and answers to the public.",
      "Communications",
      "official",
      "live",
      "comms@fenmoor.example; head-of-comms@fenmoor.example",
      "staff@fenmoor.example",
      day(-3),
      day(9),
      "Communications team password manager, vault 'Social'",
    ],
    // Its yearly review is a month overdue.
    [
      "x",
      "FenmoorNHS",
      "Fenmoor NHS",
      "https://x.com/FenmoorNHS",
      "News, service changes and urgent public messages (weather closures, outbreaks).",
      "Communications",
      "official",
      "live",
      "comms@fenmoor.example; head-of-comms@fenmoor.example",
      "",
      day(-13),
      day(-1),
      "Communications team password manager, vault 'Social'",
    ],
    // One admin only: no one to hand over to.
    [
      "instagram",
      "fenmoor_district_nursing",
      "Fenmoor District Nursing",
      "https://www.instagram.com/fenmoor_district_nursing",
      "Recruitment and day-in-the-life posts for the district nursing teams.",
      "District Nursing, North Locality",
      "devolved",
      "live",
      "comms@fenmoor.example",
      "staff@fenmoor.example; manager@fenmoor.example",
      day(-5),
      day(7),
      "Ward manager's office safe, North Locality base",
    ],
    // Two admins, neither in the communications team.
    [
      "linkedin",
      "fenmoor-careers",
      "Fenmoor Careers",
      "https://www.linkedin.com/company/fenmoor-careers",
      "Vacancies, open days and apprenticeships.",
      "Workforce and Recruitment",
      "devolved",
      "live",
      "hr@fenmoor.example; manager@fenmoor.example",
      "",
      day(-2),
      day(10),
      "Recruitment team shared mailbox's password manager",
    ],
    [
      "bluesky",
      "fenmoorhealth.bsky.social",
      "Fenmoor Health",
      "https://bsky.app/profile/fenmoorhealth.bsky.social",
      "A copy of the main page's news for people who have left X.",
      "Communications",
      "official",
      "live",
      "comms@fenmoor.example; head-of-comms@fenmoor.example",
      "",
      day(-1),
      day(11),
      "Communications team password manager, vault 'Social'",
    ],
  ];
  const header =
    "platform,handle,name,url,purpose,owning_service,kind,status,admins,approved_users,last_review_on,next_review_on,credentials_location";
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
  return [header, ...rows.map((r) => r.map(quote).join(","))].join("\n");
}

/** Training the workforce system exported: platform training for the people who post, one lapsed module. */
function trainingRows(now: Date): { email: string; module: string; completedOn: string }[] {
  const day = (months: number, days = 0) =>
    isoDay(new Date(addMonths(now, months).getTime() + days * 86_400_000));
  return [
    { email: "staff@fenmoor.example", module: "platform_training", completedOn: day(-1) },
    // The annual refresher, due again in a fortnight (the reminder job tells her).
    { email: "staff@fenmoor.example", module: "social_media_refresher", completedOn: day(-11, -16) },
    { email: "manager@fenmoor.example", module: "platform_training", completedOn: day(-4) },
    // Lapsed: information governance is yearly and this was thirteen months ago.
    { email: "manager@fenmoor.example", module: "information_governance", completedOn: day(-13) },
    { email: "hr@fenmoor.example", module: "platform_training", completedOn: day(-6) },
    { email: "ig@fenmoor.example", module: "platform_training", completedOn: day(-3) },
  ];
}

const REQUESTS: ReadonlyArray<{
  form: Omit<AccountRequestForm, "approvedUserIds" | "lineManagerId">;
  /** How far through the workflow it has gone. */
  upTo: "submitted" | "approved";
}> = [
  {
    upTo: "submitted",
    form: {
      ...EMPTY_REQUEST_FORM,
      service: "Children's Speech and Language Therapy",
      purpose:
        "Tell families about drop-in advice sessions and the self-referral route, and share short tips between appointments.",
      objectives: "Fewer missed first appointments; more self-referrals from the areas we reach least.",
      audience: "Parents and carers of children under five in the Fenmoor area; nursery staff.",
      platform: "facebook",
      proposedName: "Fenmoor Children's Speech and Language Therapy",
      handle: "FenmoorSLT",
      presence: "page",
      contentPlan:
        "Two posts a week: a session reminder on Mondays and a tip on Thursdays; no clinical advice to individuals.",
      postsPerWeek: 2,
      approvedUsersTrained: true,
      moderationPlan:
        "The team lead checks comments at 9am and 3pm every weekday; messages asking about a child are answered with the advice line number.",
      moderatedEveryWeekday: true,
      cover: "The deputy team lead covers leave; the communications team is told when both are away.",
      foiTrained: true,
      resources: "Two hours a week of the team lead's time.",
      successMeasures: "Self-referrals per month and attendance at drop-in sessions, compared each quarter.",
    },
  },
  {
    upTo: "approved",
    form: {
      ...EMPTY_REQUEST_FORM,
      service: "Community Physiotherapy",
      purpose:
        "Share exercise videos made by our physiotherapists and the dates of falls-prevention classes.",
      objectives: "More people finishing their home exercise programme; full falls-prevention classes.",
      audience: "Adults waiting for or having community physiotherapy, and their carers.",
      platform: "instagram",
      proposedName: "Fenmoor Community Physio",
      handle: "fenmoor_physio",
      presence: "account",
      contentPlan: "One exercise video a week made with the communications team; class dates monthly.",
      postsPerWeek: 1,
      approvedUsersTrained: true,
      moderationPlan:
        "The service manager reads comments every weekday at noon; direct messages are switched off.",
      moderatedEveryWeekday: true,
      cover: "The clinical lead covers the service manager's leave.",
      foiTrained: true,
      resources: "Filming in the gym at Marsh Road, half a day a month.",
      successMeasures: "Class bookings and completed home programmes each quarter.",
    },
  },
];

/** A dozen messages from the public, as a platform's export would give them (the inbox import). */
function inboxRows(now: Date) {
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
  return [
    {
      id: "demo-fb-1001",
      platform: "facebook",
      account: "FenmoorNHS",
      channel: "comment",
      author: { handle: "jamie.r.1987", name: "Jamie R" },
      receivedAt: ago(12),
      text: "I can't do this anymore. Nine weeks waiting for the mental health team to ring back and I've got nothing left. I don't see the point of being here tomorrow.",
    },
    {
      id: "demo-fb-1002",
      platform: "facebook",
      account: "FenmoorNHS",
      channel: "comment",
      author: { handle: "carol.whitby", name: "Carol W" },
      receivedAt: ago(95),
      text: "Third time this month the district nurse hasn't turned up for my dad's dressing change and nobody answers the phone at the Hollins Lane base. I want to make a formal complaint.",
    },
    {
      id: "demo-fb-1003",
      platform: "facebook",
      account: "FenmoorNHS",
      channel: "comment",
      author: { handle: "mo.akhtar", name: "Mo A" },
      receivedAt: ago(180),
      text: "Huge thank you to the nurses at Marsh Road health centre who looked after my mum last week. Kind, patient, explained everything. Please pass it on to the team!",
    },
    {
      id: "demo-x-2001",
      platform: "x",
      account: "FenmoorNHS",
      channel: "mention",
      author: { handle: "openfenmoor", name: "Open Fenmoor" },
      receivedAt: ago(240),
      text: "@FenmoorNHS Under the Freedom of Information Act 2000 please provide the number of agency nurses you employed in each month of 2025 and the total you spent on agency staff.",
    },
    {
      id: "demo-x-2002",
      platform: "x",
      account: "FenmoorNHS",
      channel: "reply",
      author: { handle: "fenmoor_grump", name: "grumpy of fenmoor" },
      receivedAt: ago(300),
      text: "@FenmoorNHS you are a useless bunch of idiots and scum, the lot of you should be sacked",
    },
    {
      id: "demo-fb-1004",
      platform: "facebook",
      account: "FenmoorNHS",
      channel: "dm",
      author: { handle: "ewa.k.fenmoor", name: "Ewa K" },
      receivedAt: ago(420),
      text: "Dzień dobry, czy mogę zapisać mamę na szczepienie przeciw grypie w przychodni przy Marsh Road? Mama nie mówi dobrze po angielsku. Dziękuję.",
    },
    {
      id: "demo-x-2003",
      platform: "x",
      account: "FenmoorNHS",
      channel: "mention",
      author: { handle: "lee_tanner_", name: "Lee" },
      receivedAt: ago(500),
      text: "@FenmoorNHS what time does the minor injuries unit at Fenmoor Community Hospital close on Sundays?",
    },
    {
      id: "demo-fb-1005",
      platform: "facebook",
      account: "FenmoorNHS",
      channel: "dm",
      author: { handle: "pat.oakes", name: "Pat O" },
      receivedAt: ago(610),
      text: "How do I rearrange my physio appointment next Tuesday? The number on my letter just rings out.",
    },
    {
      id: "demo-x-2004",
      platform: "x",
      account: "FenmoorNHS",
      channel: "dm",
      author: { handle: "fenmoorgazette_news", name: "Fenmoor Gazette newsdesk" },
      receivedAt: ago(720),
      text: "Hi, I'm a reporter at the Fenmoor Gazette writing about the changes to beds at the community hospital. Could your press office call me today for a comment?",
    },
    {
      id: "demo-fb-1006",
      platform: "facebook",
      account: "FenmoorNHS",
      channel: "comment",
      author: { handle: "dan.hollis.77", name: "Dan H" },
      receivedAt: ago(800),
      text: "The nurse on ward 3 was rude to my nan. I know her name and I'm going to post her picture everywhere so people know what she's like.",
    },
    {
      id: "demo-ig-3001",
      platform: "instagram",
      account: "fenmoor_district_nursing",
      channel: "comment",
      author: { handle: "sue_m_walks", name: "Sue M" },
      receivedAt: ago(1000),
      text: "I'd like a copy of all the records you hold about me, including my health visitor's notes from 2019. How do I ask for them?",
    },
    {
      id: "demo-ig-3002",
      platform: "instagram",
      account: "fenmoor_district_nursing",
      channel: "comment",
      author: { handle: "cash.daily.wins", name: "Daily Wins" },
      receivedAt: ago(1200),
      text: "Earn £500 a day from home!!! DM me now for details, limited places 💸💸",
    },
  ];
}

const reasons = (errors: readonly { reason: string }[]) => errors.map((e) => e.reason).join("; ");

export interface DemoContentReport {
  accounts: number;
  completions: number;
  requests: number;
  unofficial: number;
  messages: number;
}

/**
 * Adds what is missing of the demo trust's content (see above); returns how much it made this
 * time (all zeros on a second run). Needs the demo organisation and its people (seedDemo).
 */
export async function seedDemoContent(deps: Deps): Promise<DemoContentReport> {
  const organisation = await findOrganisationBySlug(deps.db, DEMO_ORGANISATION.slug);
  if (!organisation) throw new AppError("conflict", "The demo organisation does not exist: seed it first.");
  const organisationId = organisation.id;
  const ids = await deps.db
    .selectFrom("users")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .execute();
  const users = await peopleByIds(
    deps.db,
    organisationId,
    ids.map((u) => u.id),
  );
  const as = (email: string): OrganisationActor => {
    const user = users.find((u) => u.email === email);
    if (!user) throw new AppError("conflict", `The demo organisation has no ${email} any more.`);
    return { kind: "user", id: user.id, organisationId, roles: user.roles };
  };
  const comms = as("comms@fenmoor.example");
  const headOfComms = as("head-of-comms@fenmoor.example");
  const manager = as("manager@fenmoor.example");
  const staff = as("staff@fenmoor.example");
  const now = deps.clock.now();
  const report: DemoContentReport = { accounts: 0, completions: 0, requests: 0, unofficial: 0, messages: 0 };

  // Training first: the register's people are approved users once it is recorded.
  const done = await completionsOf(deps.db, organisationId);
  const missingTraining = trainingRows(now).filter(({ email, module }) => {
    const user = users.find((u) => u.email === email);
    return user?.status === "active" && !done.some((c) => c.user_id === user.id && c.module_id === module);
  });
  if (missingTraining.length > 0) {
    const csv = [
      "email,module,completed_on",
      ...missingTraining.map((r) => `${r.email},${r.module},${r.completedOn}`),
    ];
    const imported = await importCompletions(deps, comms, csv.join("\n"), false);
    if (imported.errors.length > 0)
      throw new AppError("conflict", `Its training records: ${reasons(imported.errors)}.`);
    report.completions = imported.imported;
  }

  // The register: only the rows whose handle is not in it yet.
  const [header = "", ...lines] = registerCsv(now).split("\n");
  const missingAccounts: string[] = [];
  for (const line of lines) {
    const [platform = "", handle = ""] = line.split(",").map((f) => f.slice(1, -1));
    if (!(await findAccountByHandle(deps.db, organisationId, platform, handle))) missingAccounts.push(line);
  }
  if (missingAccounts.length > 0) {
    const imported = await importRegister(deps, comms, [header, ...missingAccounts].join("\n"), false);
    if (imported.errors.length > 0)
      throw new AppError("conflict", `Its register: ${reasons(imported.errors)}.`);
    report.accounts = imported.imported;
  }

  // Requests: made by the staff nurse, her ward manager as line manager, taken as far as each goes.
  const requests = await listRequests(deps.db, organisationId, {});
  for (const { form, upTo } of REQUESTS) {
    if (requests.some((r) => (r.form as { handle?: string }).handle === form.handle)) continue;
    const full: AccountRequestForm = {
      ...form,
      approvedUserIds: [staff.id ?? ""],
      lineManagerId: manager.id,
    };
    const { id } = await createRequest(deps, staff, full);
    await stepRequest(deps, staff, id, "submit", undefined);
    if (upTo === "approved") {
      await stepRequest(deps, manager, id, "endorse", undefined);
      await stepRequest(deps, comms, id, "start_review", undefined);
      await stepRequest(deps, headOfComms, id, "approve", undefined);
      // Set-up started: the handle is reserved, the rest of the checklist is still to do.
      await updateSetup(deps, comms, id, {
        handleReserved: true,
        twoFactorOn: false,
        adminIds: [comms.id ?? ""],
        credentialsLocation: "",
      });
    }
    report.requests += 1;
  }

  // A member of staff reports an account that looks like ours and is not in the register.
  const suspect = { platform: "x" as const, handle: "FenmoorNHS_Updates" };
  if (
    !(await findUnofficialByKey(deps.db, organisationId, suspect.platform, normaliseHandle(suspect.handle)))
  ) {
    await reportUnofficial(deps, staff, {
      ...suspect,
      why: "It uses our logo and posted vaccination clinic times that are not ours; a patient turned up at Marsh Road on the wrong day because of it.",
    });
    report.unofficial = 1;
  }

  // The inbox: only messages not stored yet, through the import every export goes through.
  const rows = inboxRows(now);
  const known = await deps.db
    .selectFrom("inbox_items")
    .select(["platform", "external_id"])
    .where("organisation_id", "=", organisationId)
    .where(
      "external_id",
      "in",
      rows.map((r) => r.id),
    )
    .execute();
  const missingMessages = rows.filter(
    (r) => !known.some((k) => k.platform === r.platform && k.external_id === r.id),
  );
  if (missingMessages.length > 0) {
    const imported = await importMessages(deps, comms, {
      format: "jsonl",
      content: missingMessages.map((r) => JSON.stringify(r)).join("\n"),
    });
    report.messages = imported.stored;
  }
  return report;
}
