import { ROLES } from "@parapet/core";
import { z } from "zod";

export const signInBodySchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    jobTitle: z.string().nullable(),
    roles: z.array(z.enum(ROLES)),
  }),
  organisation: z.object({ id: z.string(), name: z.string(), slug: z.string(), packId: z.string() }),
  csrfToken: z.string(),
});

export type Me = z.infer<typeof meSchema>;
