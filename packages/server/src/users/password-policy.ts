import { AppError } from "@parapet/core";

/**
 * Password rules after NCSC "Password administration for system owners" and
 * NIST SP 800-63B §5.1.1.2: a minimum length, a deny-list of common and
 * contextual passwords, no composition rules and no forced expiry.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// The most common passwords in public breach corpora (NCSC top 100k list head), and
// words people use for work accounts here. Compared after lower-casing.
const COMMON = new Set(
  `123456789012 1234567890123 password1234 password123! passw0rd1234 qwertyuiop12 qwertyuiopas
  iloveyou1234 111111111111 000000000000 abc123456789 letmein12345 welcome12345 welcome123!!
  monkey123456 football1234 baseball1234 dragon123456 sunshine1234 princess1234 trustno11234
  superman1234 starwars1234 whatever1234 changeme1234 administrator qwerty123456 1q2w3e4r5t6y
  1qaz2wsx3edc zaq12wsxcde3 aaaaaaaaaaaa password password1 password12 passwordpassword
  qwertyqwerty letmeinletmein iloveyouiloveyou abcdefghijkl abcdefghijklm 123456123456
  123123123123 987654321098 asdfghjkl123 asdfasdfasdf correcthorsebatterystaple
  nhspassword1 nhspassword123 nhspassword12 hospital1234 hospital12345 welcometonhs
  welcome2024! welcome2025! welcome2026! password2024 password2025 password2026 summer2025!!
  winter2025!! spring2026!! autumn2026!! parapet12345 parapetparapet changeme12345
  temporary123 temppassword letmein2025! mypassword12 secretpassword`.split(/\s+/),
);

export interface PasswordContext {
  email?: string;
  displayName?: string;
}

/** Why this password may not be used, or undefined if it may. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return `Use at least ${PASSWORD_MIN_LENGTH} characters: three random words together work well.`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(lower.replace(/[^a-z0-9]+$/, "")))
    return "That password is too common and easy to guess. Choose another, such as three random words.";
  if (new Set(lower).size <= 2) return "That password repeats too few characters. Choose another.";
  const contextual = [
    ...(context.email?.split("@")[0]?.split(/[._+-]+/) ?? []),
    ...(context.displayName?.split(/\s+/) ?? []),
    "parapet",
    "fenmoor",
    "nhs",
  ]
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= 3)
    .sort((a, b) => b.length - a.length);
  let rest = lower.replace(/[^\p{L}\p{N}]+/gu, "");
  for (const word of contextual) rest = rest.replaceAll(word, "");
  if (rest.replace(/\d+/g, "").length < 6)
    return "Do not base your password on your name, email address or this service's name.";
  return undefined;
}

export function assertPasswordAllowed(password: string, context: PasswordContext = {}): void {
  const problem = passwordProblem(password, context);
  if (problem) throw new AppError("validation", problem, { field: "password" });
}
