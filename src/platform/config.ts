import path from "node:path";
import { z } from "zod";

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().optional(),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  PUBLIC_URL: z.string().url().optional().describe("The address people use to reach this Visitdesk"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  KEY_FILE: z.string().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Visitdesk <no-reply@localhost>"),
  TRUST_PROXY: z.enum(["0", "1", "true", "false"]).default("0"),
});

export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  baseUrl: string;
  logLevel: z.infer<typeof Env>["LOG_LEVEL"];
  /** The keys for confidential fields; outside the database (and, in production, outside its backups). */
  keyFile: string;
  /** Uploaded files, outside the web root. */
  filesDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  /** Cookies get the Secure flag when the public address is https. */
  secureCookies: boolean;
}

/** Reads the environment once; a wrong value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    baseUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    logLevel: e.LOG_LEVEL,
    keyFile: path.resolve(e.KEY_FILE ?? path.join(e.DATA_DIR, "keys", "visitdesk.keys.json")),
    filesDir: path.resolve(e.DATA_DIR, "files"),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    trustProxy: e.TRUST_PROXY === "1" || e.TRUST_PROXY === "true",
    secureCookies: (e.PUBLIC_URL ?? "").startsWith("https://"),
  };
}
