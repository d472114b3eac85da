/**
 * Which engine the suite runs on: PGlite by default, the PostgreSQL server named by DATABASE_URL
 * otherwise (CI runs the suite once on each).
 */
export const serverUrl = process.env.DATABASE_URL;
export const engine: "pglite" | "postgres" = serverUrl ? "postgres" : "pglite";
/** Per run, so two suites on one server (a developer's and CI's) never drop each other's template. */
export const templateName = () => `visitdesk_test_template_${process.pid}`;

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
