import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { api } from "../api.js";
import { useSession } from "./session.js";

interface LiveState {
  /** The bell's count; undefined until first known. */
  unread: number | undefined;
  /** Whether the live stream is open (otherwise the count is refreshed every minute). */
  connected: boolean;
  setUnread(n: number): void;
}

const LiveContext = createContext<LiveState>({
  unread: undefined,
  connected: false,
  setUnread: () => undefined,
});

/** The name of the window event the inbox page listens to: items changed, reload them. */
export const INBOX_CHANGED = "parapet:inbox-changed";

/**
 * One EventSource per tab on /api/v1/notifications/stream while signed in: the bell's
 * count comes from its `unread` events, and `inbox` events are passed on to whatever page
 * listens (INBOX_CHANGED). The browser reconnects by itself; while it cannot, the count is
 * fetched once a minute instead.
 */
export function LiveUpdatesProvider({ signedIn, children }: { signedIn: boolean; children: ReactNode }) {
  const [unread, setUnread] = useState<number | undefined>();
  const [connected, setConnected] = useState(false);
  const poll = useRef<ReturnType<typeof setInterval> | undefined>(undefined);

  useEffect(() => {
    if (!signedIn) {
      setUnread(undefined);
      return;
    }
    const refresh = () =>
      api<{ unread: number }>("/api/v1/notifications/unread-count").then(
        (r) => setUnread(r.unread),
        () => undefined,
      );
    void refresh();
    if (typeof EventSource === "undefined") {
      poll.current = setInterval(refresh, 60_000);
      return () => clearInterval(poll.current);
    }
    const source = new EventSource("/api/v1/notifications/stream");
    source.addEventListener("open", () => {
      setConnected(true);
      clearInterval(poll.current);
    });
    source.addEventListener("error", () => {
      setConnected(false);
      clearInterval(poll.current);
      poll.current = setInterval(refresh, 60_000);
    });
    source.addEventListener("unread", (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as { unread: number };
      setUnread(data.unread);
    });
    source.addEventListener("inbox", (event) => {
      window.dispatchEvent(
        new CustomEvent(INBOX_CHANGED, { detail: JSON.parse((event as MessageEvent<string>).data) }),
      );
    });
    return () => {
      source.close();
      clearInterval(poll.current);
      setConnected(false);
    };
  }, [signedIn]);

  return <LiveContext.Provider value={{ unread, connected, setUnread }}>{children}</LiveContext.Provider>;
}

export function useLiveUpdates(): LiveState {
  return useContext(LiveContext);
}

/** Calls `onChange` whenever the server says inbox items changed (live stream). */
export function useInboxChanges(onChange: () => void): void {
  useEffect(() => {
    window.addEventListener(INBOX_CHANGED, onChange);
    return () => window.removeEventListener(INBOX_CHANGED, onChange);
  }, [onChange]);
}

/** The live updates of whoever is signed in. */
export function SessionLiveUpdates({ children }: { children: ReactNode }) {
  const { me } = useSession();
  return <LiveUpdatesProvider signedIn={me !== undefined}>{children}</LiveUpdatesProvider>;
}
