import { AppError } from "@parapet/core";
import { z } from "zod";
import type { OrganisationActor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { queueQuerySchema } from "./inbox.schema.js";

/** The queue's filters a view may keep (never a page cursor or a page size). */
export const VIEW_FILTERS = ["urgency", "category", "status", "assignee", "account", "tag", "due"] as const;
export const MAX_VIEWS_PER_PERSON = 50;

/** Filters as `GET /api/v1/inbox` takes them in its query string, checked by the same schema. */
export const viewFiltersSchema = z
  .partialRecord(z.enum(VIEW_FILTERS), z.string().min(1).max(500))
  .superRefine((filters, ctx) => {
    const parsed = queueQuerySchema.safeParse(filters);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
export type ViewFilters = z.infer<typeof viewFiltersSchema>;

export interface SavedView {
  id: string;
  name: string;
  filters: ViewFilters;
  updatedAt: string;
}

type ViewDeps = Pick<Deps, "db" | "clock" | "audit">;

function personOf(actor: OrganisationActor): string {
  if (actor.kind !== "user" || !actor.id) throw new AppError("forbidden", "Only a person has saved views.");
  return actor.id;
}

const toView = (row: { id: string; name: string; filters: unknown; updated_at: Date }): SavedView => ({
  id: row.id,
  name: row.name,
  filters: (typeof row.filters === "string" ? JSON.parse(row.filters) : row.filters) as ViewFilters,
  updatedAt: row.updated_at.toISOString(),
});

/** A person's saved views of the queue, by name. Nobody else sees them. */
export async function listViews(deps: Pick<Deps, "db">, actor: OrganisationActor): Promise<SavedView[]> {
  const rows = await deps.db
    .selectFrom("inbox_saved_views")
    .select(["id", "name", "filters", "updated_at"])
    .where("user_id", "=", personOf(actor))
    .where("organisation_id", "=", actor.organisationId)
    .orderBy("name")
    .execute();
  return rows.map(toView);
}

/**
 * Saves the current filters under a name; saving again under the same name replaces that view's
 * filters (what a person expects of "save"). Audited in the same transaction.
 */
export async function saveView(
  deps: ViewDeps,
  actor: OrganisationActor,
  input: { name: string; filters: ViewFilters },
): Promise<SavedView> {
  const userId = personOf(actor);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("inbox_saved_views")
      .select(["id"])
      .where("user_id", "=", userId)
      .where("name", "=", input.name)
      .executeTakeFirst();
    if (!existing) {
      const count = await trx
        .selectFrom("inbox_saved_views")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("user_id", "=", userId)
        .executeTakeFirstOrThrow();
      if (Number(count.n) >= MAX_VIEWS_PER_PERSON)
        throw new AppError("conflict", `You have ${MAX_VIEWS_PER_PERSON} saved views: delete one first.`);
    }
    const filters = JSON.stringify(input.filters);
    const row = existing
      ? await trx
          .updateTable("inbox_saved_views")
          .set({ filters, updated_at: now })
          .where("id", "=", existing.id)
          .returning(["id", "name", "filters", "updated_at"])
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto("inbox_saved_views")
          .values({
            organisation_id: actor.organisationId,
            user_id: userId,
            name: input.name,
            filters,
            created_at: now,
            updated_at: now,
          })
          .returning(["id", "name", "filters", "updated_at"])
          .executeTakeFirstOrThrow();
    await deps.audit.record(trx, {
      actor,
      action: "inbox.view_saved",
      entity: { type: "inbox_saved_view", id: row.id },
      after: { name: input.name, filters, replaced: Boolean(existing) },
    });
    return toView(row);
  });
}

/** Deletes one of the person's own views (another person's is not found). */
export async function deleteView(deps: ViewDeps, actor: OrganisationActor, viewId: string): Promise<void> {
  const userId = personOf(actor);
  await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom("inbox_saved_views")
      .where("id", "=", viewId)
      .where("user_id", "=", userId)
      .returning(["id", "name"])
      .executeTakeFirst();
    if (!row) throw new AppError("not_found", "You have no such saved view.");
    await deps.audit.record(trx, {
      actor,
      action: "inbox.view_deleted",
      entity: { type: "inbox_saved_view", id: row.id },
      before: { name: row.name },
    });
  });
}
