import { describe, expect, it } from "vitest";
import {
  headingKind,
  parseDate,
  parseDateList,
  parseSession,
  parseSpan,
  parseStatusText,
  sessionDate,
  symbolDate,
} from "./dates";

describe("dates as people and the official pages write them", () => {
  it.each([
    ["2019-01-14", "2019-01-14", "day"],
    ["14 January 2019", "2019-01-14", "day"],
    ["January 14, 2019", "2019-01-14", "day"],
    ["14 Jan. 2019", "2019-01-14", "day"],
    ["14/01/2019", "2019-01-14", "day"],
    ["14.01.2019", "2019-01-14", "day"],
    ["14 de enero de 2019", "2019-01-14", "day"],
    ["1er février 2020", "2020-02-01", "day"],
    ["January 2019", "2019-01-01", "month"],
    ["2019-01", "2019-01-01", "month"],
    ["2015", "2015-01-01", "year"],
  ])("reads %s as %s (%s)", (text, date, precision) => {
    expect(parseDate(text)).toEqual({ date, precision });
  });

  it.each(["31 February 2019", "01/14/2019", "2019-13-01", "soon", "14-25 January 2019", ""])(
    "refuses %j as one date",
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it.each([
    ["14-25 January 2019", undefined, "2019-01-14", "2019-01-25", "day"],
    ["14–25 January 2019", undefined, "2019-01-14", "2019-01-25", "day"],
    ["22 May/2 June 2023", undefined, "2023-05-22", "2023-06-02", "day"],
    ["22 May/2June", 2023, "2023-05-22", "2023-06-02", "day"],
    ["14 November/25 November 2022", undefined, "2022-11-14", "2022-11-25", "day"],
    ["28 December - 3 January 2023", undefined, "2022-12-28", "2023-01-03", "day"],
    ["from 3 to 10 March 2016", undefined, "2016-03-03", "2016-03-10", "day"],
    ["April 28 to May 12", 2018, "2018-04-28", "2018-05-12", "day"],
    ["2019-01-14/2019-01-25", undefined, "2019-01-14", "2019-01-25", "day"],
    ["August/September 2019", undefined, "2019-08-01", "2019-09-30", "month"],
    ["January/ February", 2018, "2018-01-01", "2018-02-28", "month"],
    ["November", 2017, "2017-11-01", "2017-11-30", "month"],
    ["du 3 au 10 mars 2016", undefined, "2016-03-03", "2016-03-10", "day"],
  ])("reads the span %s", (text, year, from, to, precision) => {
    expect(parseSpan(text, year)).toEqual({ from, to, precision });
  });

  it("needs a year from somewhere", () => {
    expect(parseSpan("22 May/2 June")).toBeNull();
    expect(parseSpan("25-14 January 2019")).toEqual({
      from: "2019-01-25",
      to: "2019-01-14",
      precision: "day",
    });
  });

  it("reads several dates in one cell and says which it cannot", () => {
    expect(parseDateList("2017-03-01; 2018, January 5, 2019 | 12/13/2020")).toEqual({
      dates: [
        { date: "2017-03-01", precision: "day" },
        { date: "2018-01-01", precision: "year" },
        { date: "2019-01-05", precision: "day" },
      ],
      bad: ["12/13/2020"],
    });
  });
});

describe("statuses in free text", () => {
  it("reads a request with its reminders", () => {
    expect(parseStatusText("Requested: 2015, reminder 2017")).toEqual({
      kind: "requested",
      dated: [
        { kind: "requested", date: { date: "2015-01-01", precision: "year" } },
        { kind: "reminder", date: { date: "2017-01-01", precision: "year" } },
      ],
      span: null,
      bad: [],
    });
    const several = parseStatusText("Requested in 2018; reminders 2020, 2022");
    expect(several.dated.map((d) => [d.kind, d.date.date])).toEqual([
      ["requested", "2018-01-01"],
      ["reminder", "2020-01-01"],
      ["reminder", "2022-01-01"],
    ]);
  });

  it("reads a status with the visit's dates, a bare status and a bare span", () => {
    expect(parseStatusText("Forthcoming: 14-25 January 2019")).toMatchObject({
      kind: "scheduled",
      span: { from: "2019-01-14", to: "2019-01-25" },
    });
    expect(parseStatusText("Completed")).toMatchObject({ kind: "completed", dated: [], span: null });
    expect(parseStatusText("14-25 January 2019")).toMatchObject({ kind: null, span: { from: "2019-01-14" } });
    expect(parseStatusText("Visit requested: January 14, 2019").dated).toEqual([
      { kind: "requested", date: { date: "2019-01-14", precision: "day" } },
    ]);
  });

  it("keeps what it cannot read", () => {
    expect(parseStatusText("maybe in spring").bad).toEqual(["maybe in spring"]);
  });

  it("reads the kind a section heading names", () => {
    expect(headingKind("Forthcoming visits")).toBe("scheduled");
    expect(headingKind("Pending requests")).toBe("requested");
    expect(headingKind("Completed visits")).toBe("completed");
    expect(headingKind("Visit underway")).toBe("underway");
    expect(headingKind("Other status")).toBeNull();
  });
});

describe("report dates from HRC sessions and symbols", () => {
  it("dates a session by its opening month", () => {
    expect(sessionDate(4)).toEqual({ date: "2007-03-01", precision: "month" });
    expect(sessionDate(38)).toEqual({ date: "2018-06-01", precision: "month" });
    expect(sessionDate(40)).toEqual({ date: "2019-03-01", precision: "month" });
    expect(sessionDate(56)).toEqual({ date: "2024-06-01", precision: "month" });
    expect(sessionDate(3)).toBeNull();
  });

  it("dates a report by its symbol", () => {
    expect(symbolDate("A/HRC/47/33/Add.2")).toEqual({ date: "2021-06-01", precision: "month" });
    expect(symbolDate("E/CN.4/2006/53/Add.2")).toEqual({ date: "2006-03-01", precision: "month" });
    expect(symbolDate("A/78/123")).toBeNull();
  });

  it("reads a session number, with the month given in brackets", () => {
    expect(parseSession("58")).toEqual({ session: 58, date: { date: "2025-03-01", precision: "month" } });
    expect(parseSession("HRC 56 (July 2024)")).toEqual({
      session: 56,
      date: { date: "2024-07-01", precision: "month" },
    });
    expect(parseSession("next year")).toBeNull();
  });
});
