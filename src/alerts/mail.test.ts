import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { composeAlertMail, MAIL_MAX_EVENTS, type NoticeItem } from "./mail";

const base = "https://visitdesk.example.org";
const hnd = "0f9c1f9e-58a4-4a47-9b3e-6f2a8d3c1b10";
const ken = "7d3e2a10-1111-4a47-9b3e-6f2a8d3c1b11";

const item = (over: Partial<NoticeItem> = {}): NoticeItem => ({
  visitId: hnd,
  countryNames: { en: "Honduras", fr: "Honduras", ar: "هندوراس" },
  mandateTitle: "Special Rapporteur on extrajudicial, summary or arbitrary executions",
  mandateTitles: {
    fr: { text: "Rapporteur spécial sur les exécutions extrajudiciaires", confidence: "verified" },
  },
  eventType: "dates_agreed",
  eventDate: "2026-11-20",
  precision: "day",
  symbol: null,
  note: null,
  ...over,
});

describe("alert e-mails", () => {
  it("lists each event under its visit, with the visit's link and a link to change or stop them", () => {
    const mail = composeAlertMail({
      kind: "daily",
      locale: "en",
      baseUrl: base,
      items: [
        item(),
        item({
          visitId: ken,
          countryNames: { en: "Kenya" },
          eventType: "requested",
          eventDate: "2026-11-02",
        }),
        item({ eventType: "report_published", eventDate: "2026-11-25", symbol: "A/HRC/61/40/Add.1" }),
      ],
    });
    expect(mail.subject).toBe("Your daily Visitdesk digest: 3 new events");
    // Both events of the Honduras visit sit under one heading and one link.
    expect(mail.text.match(/Honduras —/g)).toHaveLength(1);
    expect(mail.text).toContain("November 20, 2026 — Dates agreed");
    expect(mail.text).toContain("November 25, 2026 — Report published (A/HRC/61/40/Add.1)");
    expect(mail.text).toContain(`${base}/visits/${hnd}`);
    expect(mail.text).toContain(`Kenya — Special Rapporteur`);
    expect(mail.text).toContain(`${base}/visits/${ken}`);
    expect(mail.text).toContain(`${base}/following`);

    const doc = parseDocument(mail.html);
    const hrefs: string[] = [];
    const walk = (n: { name?: string; attribs?: Record<string, string>; children?: unknown[] }) => {
      if (n.name === "a" && n.attribs?.href) hrefs.push(n.attribs.href);
      for (const c of n.children ?? []) walk(c as typeof n);
    };
    walk(doc as never);
    expect(hrefs).toEqual([`${base}/visits/${hnd}`, `${base}/visits/${ken}`, `${base}/following`]);
    expect(mail.html).toContain("Dates agreed");
  });

  it("escapes what people typed into the HTML", () => {
    const mail = composeAlertMail({
      kind: "immediate",
      locale: "en",
      baseUrl: base,
      items: [item({ note: `<script>alert("x")</script> & more` })],
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.text).toContain(`<script>alert("x")</script> & more`);
  });

  it("names the event in the subject of a single immediate notice", () => {
    const mail = composeAlertMail({ kind: "immediate", locale: "en", baseUrl: base, items: [item()] });
    expect(mail.subject).toBe("Honduras: Dates agreed");
    const two = composeAlertMail({ kind: "immediate", locale: "en", baseUrl: base, items: [item(), item()] });
    expect(two.subject).toBe("2 new events in what you follow");
  });

  it("is written in the person's language, right to left in Arabic", () => {
    const fr = composeAlertMail({ kind: "weekly", locale: "fr", baseUrl: base, items: [item()] });
    expect(fr.subject).toBe("Votre résumé Visitdesk de la semaine : 1 nouvel événement");
    expect(fr.text).toContain("Rapporteur spécial sur les exécutions extrajudiciaires");
    expect(fr.text).toContain("Dates convenues");
    const ar = composeAlertMail({ kind: "daily", locale: "ar", baseUrl: base, items: [item()] });
    expect(ar.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(ar.text).toContain("هندوراس");
  });

  it("lists at most a hundred events and sends the reader to their page for the rest", () => {
    const items = Array.from({ length: MAIL_MAX_EVENTS + 5 }, (_, i) =>
      item({ eventDate: `2026-01-${String((i % 28) + 1).padStart(2, "0")}` }),
    );
    const mail = composeAlertMail({ kind: "daily", locale: "en", baseUrl: base, items });
    expect(mail.subject).toContain(`${MAIL_MAX_EVENTS + 5} new events`);
    expect(mail.text.match(/ {2}• /g)).toHaveLength(MAIL_MAX_EVENTS);
    expect(mail.text).toContain("…and 5 more events");
  });
});
