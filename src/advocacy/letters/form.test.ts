import { describe, expect, it } from "vitest";
import { fullData } from "./fixtures";
import {
  dataToForm,
  fieldNames,
  fieldOf,
  formGroups,
  formToData,
  issuesByField,
  limitsOf,
  schemaAt,
  splitPath,
} from "./form";
import { templateIds } from "./templates";

describe.each(templateIds)("the %s form", (template) => {
  it("shows only fields the template has", () => {
    for (const group of formGroups(template))
      for (const field of group.fields) {
        expect(schemaAt(template, field.name), field.name).toBeDefined();
        if (field.kind === "rows")
          for (const cell of field.cells)
            expect(
              schemaAt(template, `${field.name}[0].${cell.name}`),
              `${field.name}.${cell.name}`,
            ).toBeDefined();
      }
  });

  it("turns the template's data into fields and back without losing anything", () => {
    const { organisation: _o, signatories: _s, ...data } = fullData(template, "fr");
    const { values } = dataToForm(template, data);
    expect(formToData(template, values)).toEqual(data);
  });
});

describe("form fields", () => {
  it("take their limits from the template", () => {
    expect(limitsOf("visit-request", "whyNow")).toEqual({ chars: 1500 });
    expect(limitsOf("visit-request", "facts")).toEqual({ entries: 15, chars: undefined });
    expect(limitsOf("visit-request", "facts[3].source")).toEqual({ chars: 300 });
    expect(limitsOf("visit-request", "whoToMeet")).toEqual({ entries: 20, chars: 200 });
    expect(limitsOf("invitation-appeal", "pendingRequests[0].reminders")).toEqual({
      entries: 20,
      chars: undefined,
    });
    expect(limitsOf("unofficial-visit-invitation", "event.whoPays")).toEqual({ chars: 800 });
  });

  it("split a path into keys and list indices", () => {
    expect(splitPath("pendingRequests[2].reminders[0]")).toEqual(["pendingRequests", 2, "reminders", 0]);
    expect(splitPath("event.from")).toEqual(["event", "from"]);
  });

  it("turn posted text into data: empty fields left out, empty rows dropped, lines and dates split", () => {
    const data = formToData("invitation-appeal", {
      language: "es",
      country: "MEX",
      mandate: "sr-torture",
      place: "  ",
      whyNow: "First line\r\n\r\nSecond paragraph  ",
      "recipient.name": "Ana",
      "facts[0].text": "",
      "facts[0].source": "",
      "facts[1].text": "Kept",
      "facts[1].source": "",
      "pendingRequests[0].mandate": "sr-torture",
      "pendingRequests[0].requestedOn": "2019-03-15",
      "pendingRequests[0].reminders": "2021-01-10, 2023-02-01;2024-01-01",
      "proposedDates.from": "2025-10-06",
    });
    expect(data).toEqual({
      language: "es",
      country: "MEX",
      mandate: "sr-torture",
      whyNow: "First line\n\nSecond paragraph",
      recipient: { name: "Ana" },
      facts: [{ text: "Kept" }],
      pendingRequests: [
        {
          mandate: "sr-torture",
          requestedOn: "2019-03-15",
          reminders: ["2021-01-10", "2023-02-01", "2024-01-01"],
        },
      ],
      proposedDates: { from: "2025-10-06" },
    });
    const lines = formToData("visit-request", { whoToMeet: "Families\n\n  Lawyers \n" });
    expect(lines.whoToMeet).toEqual(["Families", "Lawyers"]);
  });

  it("show each list's entries and one empty row, up to the list's limit", () => {
    const full = Array.from({ length: 15 }, (_, i) => ({ text: `Fact ${i}` }));
    expect(dataToForm("visit-request", { facts: [{ text: "a" }] }).rows.facts).toBe(2);
    expect(dataToForm("visit-request", {}).rows.facts).toBe(1);
    expect(dataToForm("visit-request", { facts: full }).rows.facts).toBe(15);
  });

  it("put each refusal beside the input it belongs to, or in the summary when none shows it", () => {
    const names = fieldNames("visit-request", {
      facts: 2,
      earlierCommunications: 1,
      unimplementedRecommendations: 1,
    });
    expect(fieldOf("facts[1].text", names)).toBe("facts[1].text");
    expect(fieldOf("whoToMeet[3]", names)).toBe("whoToMeet");
    expect(fieldOf("facts", names)).toBe("facts");
    expect(fieldOf("organisation.name", names)).toBeNull();
    const by = issuesByField(
      [
        { path: "whyNow", message: "too long" },
        { path: "whoToMeet[0]", message: "too long" },
        { path: "organisation", message: "comes from the record" },
      ],
      names,
    );
    expect([...by.keys()]).toEqual(["whyNow", "whoToMeet", ""]);
  });
});
