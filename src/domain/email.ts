/**
 * What counts as one e-mail address. An address becomes a `mailto:` link; anything a mail client
 * would read as more than one address or as extra headers (`a@b.example?bcc=x@evil.example`,
 * `a@b.example,x@evil.example`, `&subject=`) must not. Validation warns on the rest, and links
 * are built by percent-encoding the address alone (see src/components/safeUrl.ts).
 */

/**
 * RFC 5322 dot-atom local part (letters of any script allowed, RFC 6531), exactly one `@`, and a
 * domain of letter/digit labels joined by dots. Quoted local parts and IP literals are not
 * accepted: no directory needs them, and they are where header tricks hide.
 */
const LOCAL_ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const EMAIL = new RegExp(`^${LOCAL_ATOM}(?:\\.${LOCAL_ATOM})*@${LABEL}(?:\\.${LABEL})*$`, 'u');

/** RFC 5321: at most 254 characters in a forward path. */
const MAX_EMAIL_LENGTH = 254;

/** True when `value` (trimmed) is exactly one plain e-mail address. */
export function isEmailAddress(value: string): boolean {
  const v = value.trim();
  return v.length > 0 && v.length <= MAX_EMAIL_LENGTH && EMAIL.test(v);
}
