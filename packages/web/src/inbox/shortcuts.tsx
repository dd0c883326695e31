import { useEffect, useRef } from "react";

/** The inbox's keyboard shortcuts, as the help dialog lists them. */
export const SHORTCUTS: readonly { key: string; action: string }[] = [
  { key: "j", action: "Next message" },
  { key: "k", action: "Previous message" },
  { key: "a", action: "Assign the message to me" },
  { key: "r", action: "Reply: go to the reply box" },
  { key: "e", action: "Mark the message done" },
  { key: "?", action: "Show this list of shortcuts" },
];

export type ShortcutKey = "j" | "k" | "a" | "r" | "e" | "?";

/** Where a key press is someone typing, never a shortcut: text fields, lists, editable text. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.tagName === "TEXTAREA" || target.tagName === "SELECT") return true;
  if (target.tagName !== "INPUT") return false;
  const type = (target as HTMLInputElement).type;
  return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file"].includes(type);
}

/**
 * Calls `onShortcut` for j, k, a, r, e and ?, never while someone types in a field, never with
 * Ctrl, Alt or the command key (the browser's own shortcuts), and never while a dialog is open.
 */
export function useShortcuts(onShortcut: (key: ShortcutKey) => void): void {
  const handler = useRef(onShortcut);
  handler.current = onShortcut;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const key = event.key;
      if (key !== "j" && key !== "k" && key !== "a" && key !== "r" && key !== "e" && key !== "?") return;
      event.preventDefault();
      handler.current(key);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

/** The help dialog (?): a modal listing the shortcuts; Escape or the button closes it. */
export function ShortcutsDialog(props: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="inbox-shortcuts-heading"
      onClose={props.onClose}
      data-testid="inbox-shortcuts"
      style={{ maxWidth: "32rem", border: "1px solid #425563", padding: "24px" }}
    >
      <h2 id="inbox-shortcuts-heading" className="nhsuk-heading-m">
        Keyboard shortcuts
      </h2>
      <p className="nhsuk-body-s">They work anywhere on the inbox except while you are typing in a box.</p>
      <dl className="nhsuk-summary-list">
        {SHORTCUTS.map((s) => (
          <div className="nhsuk-summary-list__row" key={s.key}>
            <dt className="nhsuk-summary-list__key">
              <kbd>{s.key}</kbd>
            </dt>
            <dd className="nhsuk-summary-list__value">{s.action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="nhsuk-button" onClick={props.onClose}>
        Close
      </button>
    </dialog>
  );
}
