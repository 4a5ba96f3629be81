/** What a credential is replaced with, wherever text quotes it. */
export const REDACTED = '••••';

/** Letters, digits and `_` (names such as `api_key`): what a value under 4 characters must not touch to count as a word of its own. */
const WORD = '\\p{L}\\p{N}_';

/**
 * `text` with every secret in it replaced by `••••`, as typed and in the forms an error quotes a
 * value in: JSON-escaped and URL-encoded. A value of 4 characters or more goes wherever it occurs;
 * a shorter one only where it stands as a word of its own ("eu" in "the eu instance", not in
 * "Europe"): inside other words it is ordinary text, and masking it there would wreck the message
 * and spell the value out in the gaps. Shared by the widget (what a backend echoes) and the server
 * (its answers, logs and provider messages).
 *
 * @example
 * redact('Key sk_test_1234 is not valid.', ['sk_test_1234']); // 'Key •••• is not valid.'
 */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret === '') continue;
    // The escaped forms first: the value as typed may be part of one (a trailing backslash).
    for (const form of new Set([JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), secret])) {
      out =
        secret.length >= 4
          ? out.split(form).join(REDACTED)
          : out.replace(new RegExp(`(^|[^${WORD}])${form.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')}(?=[^${WORD}]|$)`, 'gu'), `$1${REDACTED}`);
    }
  }
  return out;
}
