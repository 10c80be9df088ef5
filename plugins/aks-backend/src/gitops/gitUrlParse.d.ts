// The parts of git-url-parse (15.x) this plugin reads; the package ships no types.
declare module 'git-url-parse' {
  interface GitUrl {
    /** The host, as written. */
    resource: string;
    /** The path without `.git` and without a `/tree/<branch>/…` file part. */
    full_name: string;
    organization: string;
    owner: string;
    name: string;
  }
  function gitUrlParse(url: string): GitUrl;
  export = gitUrlParse;
}
