/**
 * Markdown lessons rendered for the terminal with the project's own rules: marked's lexer
 * parses (its renderer and marked-terminal are not used: the one ignores the terminal, the
 * other costs 120-260 ms to import and ignores NO_COLOR), and this module draws headings,
 * paragraphs, lists, quotes, tables and code with the page's style and width. Citations
 * written [@source-id] become numbered markers; a ```figure block and a {{fact KEY}} line
 * are handed to the caller, which knows how to draw a figure and where a fact lives.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { spellOut } from './abbreviations.js';
import type { Style } from './style.js';
import { wrap } from './text.js';

export interface MarkdownHooks {
  /** The number of a cited source, or undefined when the id is unknown. */
  cite(id: string): number | undefined;
  /** A figure block's drawing (already wrapped to the width). */
  figure(code: string): Promise<string>;
  /** A key fact included with {{fact KEY}}: its text and source numbers. */
  fact(key: string): { title: string; text: string; cite: number[] } | undefined;
  /** Tables are drawn by the caller's table renderer (loaded lazily). */
  table(head: string[], rows: string[][], width: number): string;
}

const FACT_LINE = /^\{\{fact ([^}\s]+)\}\}$/;
/** One or more citations: [@a], [@a][@b], or pandoc's [@a; @b]. */
const CITES = /(?:\[@[^\]]+\])+/g;

/** The words of the page so far: abbreviations are spelt out where they first appear. */
interface PageState {
  seen: Set<string>;
  text: string;
  /** Headings keep their short forms: the text under them spells them out. */
  heading?: boolean;
}

export async function renderMarkdown(markdown: string, style: Style, width: number, hooks: MarkdownHooks): Promise<string> {
  const tokens = new Lexer().lex(markdown);
  const state: PageState = { seen: new Set(), text: '' };
  const out: string[] = [];
  for (const t of tokens) {
    const block = await renderBlock(t, style, width, hooks, state, 0);
    if (block !== undefined) out.push(block);
  }
  return out.join('\n\n');
}

/** Inline tokens as styled text: bold, italics, code, links, citations as numbered markers. */
function inline(tokens: Token[] | undefined, style: Style, hooks: MarkdownHooks, state: PageState): string {
  let s = '';
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        s += style.bold(inline((t as Tokens.Strong).tokens, style, hooks, state));
        break;
      case 'em':
        s += style.italic(inline((t as Tokens.Em).tokens, style, hooks, state));
        break;
      case 'codespan':
        s += style.cyan((t as Tokens.Codespan).text);
        break;
      case 'link': {
        const l = t as Tokens.Link;
        const text = inline(l.tokens, style, hooks, state);
        s += l.href === l.text || l.href === `mailto:${l.text}` ? style.underline(l.href) : `${text} (${style.underline(l.href)})`;
        break;
      }
      case 'br':
        s += ' ';
        break;
      case 'del':
        s += inline((t as Tokens.Del).tokens, style, hooks, state);
        break;
      case 'html':
        s += (t as Tokens.HTML).text.replace(/<[^>]*>/g, '');
        break;
      case 'text':
      case 'escape': {
        const tt = t as Tokens.Text;
        if (tt.tokens?.length) {
          s += inline(tt.tokens, style, hooks, state);
          break;
        }
        s += prose(tt.text, style, hooks, state);
        break;
      }
      default:
        s += 'text' in t && typeof t.text === 'string' ? prose(t.text, style, hooks, state) : '';
    }
  }
  return s;
}

/** Plain words: HTML entities decoded, abbreviations spelt out, citations numbered. */
function prose(raw: string, style: Style, hooks: MarkdownHooks, state: PageState): string {
  const text = raw.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  const spelt = state.heading ? text : spellOut(text, state.seen, state.text);
  state.text += ` ${spelt}`;
  return spelt.replace(CITES, (group) => {
    const ids = [...group.matchAll(/@([^\s;\]]+)/g)].map((m) => m[1]!);
    const numbers = [...new Set(ids.map((id) => hooks.cite(id)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
    return numbers.length ? style.dim(`[${numbers.join(',')}]`) : '';
  });
}

async function renderBlock(t: Token, style: Style, width: number, hooks: MarkdownHooks, state: PageState, indent: number): Promise<string | undefined> {
  const pad = ' '.repeat(indent);
  switch (t.type) {
    case 'space':
      return undefined;
    case 'heading': {
      const h = t as Tokens.Heading;
      const text = inline(h.tokens, style, hooks, { ...state, heading: true });
      if (h.depth <= 2) return wrap(style.bold.cyan(h.depth === 1 ? text : text.toUpperCase()), width, indent, pad);
      return wrap(style.bold(text), width, indent, pad);
    }
    case 'paragraph': {
      const p = t as Tokens.Paragraph;
      const fact = FACT_LINE.exec(p.text.trim());
      if (fact) {
        const f = hooks.fact(fact[1]!);
        if (!f) return undefined;
        const marker = f.cite.length ? ` ${style.dim(`[${f.cite.join(',')}]`)}` : '';
        return wrap(`${style.bold(`${f.title}:`)} ${f.text}${marker}`, width, indent + 4, `${pad}  ${style.yellow('▌')} `);
      }
      return wrap(inline(p.tokens, style, hooks, state), width, indent + 2);
    }
    case 'list': {
      const l = t as Tokens.List;
      const start = typeof l.start === 'number' ? l.start : 1;
      const items: string[] = [];
      for (const [i, item] of l.items.entries()) {
        const bullet = l.ordered ? `${start + i}.` : '•';
        const parts: string[] = [];
        for (const child of item.tokens) {
          if (child.type === 'text' || child.type === 'paragraph') {
            const body = inline((child as Tokens.Text).tokens ?? [{ type: 'text', raw: (child as Tokens.Text).text, text: (child as Tokens.Text).text }], style, hooks, state);
            const first = parts.length === 0 ? `${pad}  ${bullet} ` : ' '.repeat(indent + 3 + bullet.length);
            parts.push(wrap(body, width, indent + 3 + bullet.length, first));
          } else {
            const nested = await renderBlock(child, style, width, hooks, state, indent + 2 + bullet.length);
            if (nested !== undefined) parts.push(nested);
          }
        }
        items.push(parts.join('\n'));
      }
      return items.join(l.loose ? '\n\n' : '\n');
    }
    case 'blockquote': {
      const q = t as Tokens.Blockquote;
      const inner: string[] = [];
      for (const child of q.tokens) {
        const b = await renderBlock(child, style, width - 2, hooks, state, 0);
        if (b !== undefined) inner.push(b);
      }
      return inner
        .join('\n\n')
        .split('\n')
        .map((line) => `${pad}  ${style.dim('│')} ${line.trimStart() === '' ? '' : line}`)
        .join('\n');
    }
    case 'table': {
      const tb = t as Tokens.Table;
      const head = tb.header.map((c) => style.bold(inline(c.tokens, style, hooks, state)));
      const rows = tb.rows.map((r) => r.map((c) => inline(c.tokens, style, hooks, state)));
      return hooks
        .table(head, rows, width - indent - 2)
        .split('\n')
        .map((line) => `${pad}  ${line}`)
        .join('\n');
    }
    case 'code': {
      const c = t as Tokens.Code;
      if (c.lang === 'figure') return hooks.figure(c.text.trim());
      return c.text
        .split('\n')
        .map((line) => `${pad}    ${style.cyan(line)}`)
        .join('\n');
    }
    case 'hr':
      return style.dim('─'.repeat(Math.max(4, width - indent)));
    case 'html':
      return undefined;
    default: {
      const text = 'text' in t && typeof t.text === 'string' ? t.text : '';
      return text ? wrap(prose(text, style, hooks, state), width, indent + 2) : undefined;
    }
  }
}
