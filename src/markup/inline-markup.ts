/**
 * A node of parsed guide text. Links only ever carry an href that passed {@link safeHref}.
 *
 * @example
 * const nodes: InlineNode[] = [
 *   { type: 'text', text: 'Open ' },
 *   { type: 'link', href: 'https://dashboard.stripe.com/apikeys', children: [{ type: 'text', text: 'API keys' }] },
 * ];
 */
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: InlineNode[] };

// Browsers drop tabs and newlines inside URLs and strip leading control characters, so
// `java\tscript:` and `\u0001javascript:` would run script; a URL containing any such
// character (or an invisible format character such as a bidi override) is refused outright.
// https://url.spec.whatwg.org/#concept-basic-url-parser
const FORBIDDEN_IN_HREF = /[\p{Cc}\p{Cf}\s]/u;

/**
 * Returns the normalised href when `raw` is an `https:` URL with a host and no credentials,
 * or a `mailto:` URL; otherwise `undefined`. Relative, protocol-relative, `http:`, `data:`,
 * `javascript:` and every other scheme are refused.
 *
 * @example
 * safeHref('HTTPS://Example.com/a b'); // undefined (contains a space)
 * safeHref('https://Example.com/docs'); // 'https://example.com/docs'
 * safeHref('mailto:support@example.com'); // 'mailto:support@example.com'
 * safeHref('JaVaScRiPt:alert(1)'); // undefined
 */
export function safeHref(raw: string): string | undefined {
  if (raw === '' || FORBIDDEN_IN_HREF.test(raw)) return undefined;
  let url: URL;
  try {
    // No base URL: relative and protocol-relative (`//evil.com`) references fail to parse.
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') {
    if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
    return url.href;
  }
  if (url.protocol === 'mailto:') {
    return url.pathname === '' ? undefined : url.href;
  }
  return undefined;
}

// `process.env.NODE_ENV` is left for the host's bundler to replace, as React does.
declare const process: { env: { NODE_ENV?: string } };

const warnedLinks = new Set<string>();
/** In development, once per URL: a link whose URL is refused shows as its label alone, which is easy to miss. */
function warnDroppedLink(raw: string) {
  if (warnedLinks.has(raw)) return;
  warnedLinks.add(raw);
  console.warn(`connect-hub: the link to "${raw}" in a provider's text shows as plain text: only https: and mailto: URLs become links.`);
}

/**
 * Parses guide text written in the widget's tiny inline markup: `**bold**`, `` `code` `` and
 * `[label](https://…)`. Code spans are literal; bold may hold code and links; a link label may
 * hold bold and code but no link. Unmatched markers stay as text, and a link whose URL fails
 * {@link safeHref} becomes its label alone. Never throws, and runs in linear time.
 *
 * @example
 * parseInlineMarkup('Copy the **Secret key** from [API keys](https://dashboard.stripe.com/apikeys)');
 * // [
 * //   { type: 'text', text: 'Copy the ' },
 * //   { type: 'strong', children: [{ type: 'text', text: 'Secret key' }] },
 * //   { type: 'text', text: ' from ' },
 * //   { type: 'link', href: 'https://dashboard.stripe.com/apikeys', children: [{ type: 'text', text: 'API keys' }] },
 * // ]
 */
export function parseInlineMarkup(text: string): InlineNode[] {
  if (typeof text !== 'string' || text === '') return [];
  return resolve(new Scanner(text).scan(0, text.length, true));
}

/** A token after the first pass: code spans and links are whole; `**` still needs pairing. */
type Token =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'stars'; canOpen: boolean; canClose: boolean }
  | { kind: 'link'; href: string | undefined; label: Token[] };

const BACKTICK = 0x60;
const STAR = 0x2a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

const WHITESPACE = /\s/u;

/**
 * First pass. Precedence follows CommonMark: code spans bind tightest, then links, then bold.
 * Every look-ahead stops at the next bracket, so look-aheads never overlap and the whole pass
 * stays linear; no regular expression runs over more than one character.
 */
class Scanner {
  private readonly source: string;

  constructor(source: string) {
    this.source = source;
  }

  scan(start: number, end: number, allowLinks: boolean): Token[] {
    const { source } = this;
    const tokens: Token[] = [];
    let textStart = start;
    const flush = (upTo: number) => {
      if (upTo > textStart) tokens.push({ kind: 'text', text: source.slice(textStart, upTo) });
    };

    let i = start;
    while (i < end) {
      const c = source.charCodeAt(i);
      if (c === BACKTICK) {
        const close = this.codeSpanClose(i, end);
        if (close === -1) {
          i += 1;
        } else if (close === i + 1) {
          // An empty pair stays literal, as a whole, so the second backtick can't open a span.
          i += 2;
        } else {
          flush(i);
          tokens.push({ kind: 'code', text: source.slice(i + 1, close) });
          i = close + 1;
          textStart = i;
        }
      } else if (c === STAR && i + 1 < end && source.charCodeAt(i + 1) === STAR) {
        flush(i);
        tokens.push({
          kind: 'stars',
          canOpen: i + 2 < end && !isSpace(source, i + 2),
          canClose: i > start && !isSpace(source, i - 1),
        });
        i += 2;
        textStart = i;
      } else if (c === OPEN_BRACKET && allowLinks) {
        const link = this.linkAt(i, end);
        if (link === undefined) {
          i += 1;
        } else {
          flush(i);
          tokens.push({ kind: 'link', href: link.href, label: this.scan(i + 1, link.labelEnd, false) });
          i = link.end;
          textStart = i;
        }
      } else {
        i += 1;
      }
    }
    flush(end);
    return tokens;
  }

  /** Index of the backtick closing a code span opened at `open`, or -1. */
  private codeSpanClose(open: number, end: number): number {
    const close = this.source.indexOf('`', open + 1);
    return close === -1 || close >= end ? -1 : close;
  }

  /**
   * A link opened at `open`: its label runs to the next `]` outside code (another `[` first
   * means this one is literal), followed directly by `(url)`. Parentheses inside the URL must
   * balance; a backtick or bracket ends it. Whitespace does not, so that `[x](java\tscript:…)`
   * is still read as a link, and then refused by `safeHref`, leaving only its label.
   */
  private linkAt(open: number, end: number): { labelEnd: number; href: string | undefined; end: number } | undefined {
    const { source } = this;
    let i = open + 1;
    let labelEnd = -1;
    while (i < end) {
      const c = source.charCodeAt(i);
      if (c === OPEN_BRACKET) return undefined;
      if (c === CLOSE_BRACKET) {
        labelEnd = i;
        break;
      }
      if (c === BACKTICK) {
        const close = this.codeSpanClose(i, end);
        i = close > i + 1 ? close + 1 : close === i + 1 ? i + 2 : i + 1;
      } else {
        i += 1;
      }
    }
    if (labelEnd === -1 || labelEnd + 1 >= end || source.charCodeAt(labelEnd + 1) !== OPEN_PAREN) return undefined;

    const urlStart = labelEnd + 2;
    let depth = 0;
    for (let j = urlStart; j < end; j += 1) {
      const c = source.charCodeAt(j);
      if (c === CLOSE_PAREN) {
        if (depth === 0) {
          if (j === urlStart) return undefined;
          const raw = source.slice(urlStart, j);
          const href = safeHref(raw);
          if (href === undefined && process.env.NODE_ENV !== 'production') warnDroppedLink(raw);
          return { labelEnd, href, end: j + 1 };
        }
        depth -= 1;
      } else if (c === OPEN_PAREN) {
        depth += 1;
      } else if (c === OPEN_BRACKET || c === CLOSE_BRACKET || c === BACKTICK) {
        return undefined;
      }
    }
    return undefined;
  }
}

function isSpace(source: string, index: number): boolean {
  const c = source.charCodeAt(index);
  if (c < 0x80) return c <= 0x20 || c === 0x7f;
  return WHITESPACE.test(source.charAt(index));
}

/**
 * Second pass: pairs `**` markers (no bold inside bold, so one pending opener is enough: a
 * newer opener that cannot close replaces it), turns links into nodes, merges adjacent text.
 */
function resolve(tokens: Token[]): InlineNode[] {
  const parts: InlineNode[] = [];
  let opener = -1;

  for (const token of tokens) {
    switch (token.kind) {
      case 'text':
        parts.push({ type: 'text', text: token.text });
        break;
      case 'code':
        parts.push({ type: 'code', text: token.text });
        break;
      case 'link': {
        const label = resolve(token.label);
        if (token.href === undefined) {
          parts.push(...label);
        } else {
          const children = label.length > 0 ? label : [{ type: 'text' as const, text: token.href }];
          parts.push({ type: 'link', href: token.href, children });
        }
        break;
      }
      case 'stars':
        if (opener !== -1 && token.canClose) {
          if (parts.length - 1 > opener) {
            const children = mergeText(parts.slice(opener + 1));
            parts.length = opener + 1;
            parts[opener] = { type: 'strong', children };
          } else {
            parts.push({ type: 'text', text: '**' });
          }
          opener = -1;
        } else {
          parts.push({ type: 'text', text: '**' });
          // A marker that can't open leaves any pending opener waiting for a real closer.
          if (token.canOpen) opener = parts.length - 1;
        }
        break;
    }
  }
  return mergeText(parts);
}

function mergeText(nodes: InlineNode[]): InlineNode[] {
  const merged: InlineNode[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) merged.push({ type: 'text', text: run.join('') });
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.text !== '') run.push(node.text);
    } else {
      flush();
      merged.push(node);
    }
  }
  flush();
  return merged;
}
