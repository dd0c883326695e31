import { describe, expect, it } from "vitest";
import { organisationIdOf } from "../../test/helpers/inbox.js";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { remindPolicyReviews } from "./pack-review.service.js";

/** Policy review dates: overdue shown to everyone, and the head of communications reminded monthly. */
describe.each(TEST_DATABASES)("policy review reminders on %s", (kind) => {
  const t = useTestApp(kind);

  const review = async () => {
    const s = await signInAs(t.app, "staff@fenmoor.example");
    const res = await t.app.inject({
      method: "GET",
      url: "/api/v1/organisation/pack-review",
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const titlesForHead = async () =>
    (
      await t.deps.db
        .selectFrom("notifications as n")
        .innerJoin("users as u", "u.id", "n.user_id")
        .select("n.title")
        .where("u.email", "=", "head-of-comms@fenmoor.example")
        .where("n.kind", "like", "policy.review_overdue.%")
        .execute()
    ).map((n) => n.title);

  it("says whether the pack's policy is past its review date, and reminds once a month while it is", async () => {
    expect(await review()).toMatchObject({ overdue: false, nextReviewDate: "2027-11-24" });
    expect(await remindPolicyReviews(t.deps)).toBe(0);

    const organisationId = await organisationIdOf(t.deps);
    await t.deps.db
      .updateTable("organisations")
      .set({ pack_id: "thh" })
      .where("id", "=", organisationId)
      .execute();
    const overdue = await review();
    expect(overdue).toMatchObject({ overdue: true, nextReviewDate: "2018-03-19" });
    expect(await remindPolicyReviews(t.deps)).toBe(1);
    expect(await remindPolicyReviews(t.deps)).toBe(0);
    expect(await titlesForHead()).toEqual([`${overdue.document} was due for review on 2018-03-19`]);

    t.clock.advance(31 * 24 * 60 * 60 * 1000);
    expect(await remindPolicyReviews(t.deps)).toBe(1);
    expect(await titlesForHead()).toHaveLength(2);
  });
});
