// wrap-ansi 7 ships no type declarations; this is its documented API.
declare module 'wrap-ansi' {
  interface Options {
    /** Hard-wrap words longer than the width. */
    hard?: boolean;
    /** Split at spaces (default true). */
    wordWrap?: boolean;
    /** Trim whitespace at line ends (default true). */
    trim?: boolean;
  }
  export default function wrapAnsi(input: string, columns: number, options?: Options): string;
}
