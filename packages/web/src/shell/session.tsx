import type { Role } from "@parapet/core/roles";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { api, setCsrfToken } from "../api.js";

export interface Me {
  user: { id: string; email: string; displayName: string; jobTitle: string | null; roles: Role[] };
  organisation: { id: string; name: string; slug: string; packId: string };
  csrfToken: string;
}

interface SessionState {
  me: Me | undefined;
  loading: boolean;
  signIn(email: string, password: string, totp?: string, organisation?: string): Promise<void>;
  signOut(): Promise<void>;
  /** Reads the session again, after a change to what it carries (the organisation's pack). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | undefined>();
  const [loading, setLoading] = useState(true);

  const remember = useCallback((value: Me | undefined) => {
    setCsrfToken(value?.csrfToken);
    setMe(value);
  }, []);

  useEffect(() => {
    // Asked in a way that answers 200 when nobody is signed in: a 401 would be logged in the
    // browser's console as a failed request on every first visit.
    api<({ signedIn: true } & Me) | { signedIn: false }>("/api/v1/session")
      .then(
        (session) => {
          if (!session.signedIn) return remember(undefined);
          const { signedIn: _, ...me } = session;
          remember(me);
        },
        (error: unknown) => {
          console.error(error);
          remember(undefined);
        },
      )
      .finally(() => setLoading(false));
  }, [remember]);

  const value = useMemo<SessionState>(
    () => ({
      me,
      loading,
      signIn: async (email, password, totp, organisation) =>
        remember(
          await api<Me>("/api/v1/auth/sign-in", {
            method: "POST",
            body: { email, password, ...(totp ? { totp } : {}), ...(organisation ? { organisation } : {}) },
          }),
        ),
      refresh: async () => remember(await api<Me>("/api/v1/me")),
      signOut: async () => {
        await api("/api/v1/auth/sign-out", { method: "POST" }).catch(() => undefined);
        remember(undefined);
      },
    }),
    [me, loading, remember],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession outside SessionProvider");
  return state;
}
