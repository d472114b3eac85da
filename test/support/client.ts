import type { TestApp } from "./app";

/**
 * A browser-like client for in-process requests: it keeps cookies, and sends the CSRF token
 * it was last given (from /me or sign-in) as the X-CSRF-Token header unless told not to.
 */
export class Client {
  readonly cookies = new Map<string, string>();
  csrf: string | undefined;

  constructor(
    private readonly t: TestApp,
    private readonly ip = "203.0.113.7",
  ) {}

  async request(
    method: string,
    path: string,
    opts: {
      json?: unknown;
      form?: Record<string, string>;
      multipart?: FormData;
      headers?: Record<string, string>;
      csrf?: boolean;
    } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { "x-forwarded-for": this.ip, ...opts.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    let body: string | FormData | undefined;
    if (opts.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(opts.json);
    } else if (opts.multipart) {
      body = opts.multipart;
    } else if (opts.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(opts.form).toString();
    }
    if (opts.csrf !== false && this.csrf && method !== "GET") headers["x-csrf-token"] = this.csrf;
    const res = await this.t.app.request(path, { method, headers, body });
    for (const c of res.headers.getSetCookie()) {
      const [pair = "", ...attrs] = c.split(";");
      const [name = "", ...rest] = pair.split("=");
      const value = rest.join("=");
      const expired = attrs.some((a) => /max-age=0/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === "") this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return res;
  }

  async json<T = Record<string, unknown>>(
    method: string,
    path: string,
    opts: Parameters<Client["request"]>[2] = {},
  ) {
    const res = await this.request(method, path, opts);
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T, res };
  }

  async signIn(email: string, password: string, totp?: string) {
    const r = await this.json<{ csrfToken: string }>("POST", "/api/v1/session", {
      json: { email, password, totp },
    });
    if (r.status === 200) this.csrf = r.body.csrfToken;
    return r;
  }
}
