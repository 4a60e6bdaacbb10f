import { describe, expect, it } from "vitest";
import { open } from "./helpers";

describe("rich text", () => {
  it("setRichTextValues stores each cell's text with its link, in one call, never as a formula", () => {
    const { app, sheet, standIn } = open();
    const link = (text: string, url: string) => app.newRichTextValue().setText(text).setLinkUrl(url).build();
    standIn.resetCalls();
    sheet
      .getRange("A1:A2")
      .setRichTextValues([[link("=orders", "#gid=7&range=A17")], [link("17", "#gid=7&range=A2")]]);
    expect(standIn.calls.byMethod["Range.setRichTextValues"]).toBe(1);
    expect(sheet.getRange("A1:A2").getValues()).toEqual([["=orders"], ["17"]]);
    expect(sheet.getRange("A1").getFormula()).toBe("");
    const read = sheet.getRange("A1:A2").getRichTextValues();
    expect(read.map(([cell]) => [cell?.getText(), cell?.getLinkUrl()])).toEqual([
      ["=orders", "#gid=7&range=A17"],
      ["17", "#gid=7&range=A2"],
    ]);
  });

  it("links a span of the text, and a link set again over part of it replaces that part", () => {
    const { app } = open();
    const value = app
      .newRichTextValue()
      .setText("see row 17")
      .setLinkUrl(0, 10, "#a")
      .setLinkUrl(4, 10, "#b")
      .build();
    expect(value.getLinkUrl(0, 3)).toBe("#a");
    expect(value.getLinkUrl(4, 10)).toBe("#b");
    // The whole text has two links, so no one link.
    expect(value.getLinkUrl()).toBeNull();
    expect(value.copy().setText("new").build().getLinkUrl()).toBeNull();
  });

  it("a value written with setValues drops the cell's link", () => {
    const { app, sheet } = open();
    const range = sheet.getRange("B2");
    range.setRichTextValue(app.newRichTextValue().setText("x").setLinkUrl("#gid=0").build());
    range.setValues([["y"]]);
    expect(range.getRichTextValue()?.getLinkUrl()).toBeNull();
  });

  describe("edge cases", () => {
    it("a number, a date or a formula has no rich text; a look-alike object is refused", () => {
      const { sheet } = open();
      sheet.getRange("A1:C1").setValues([[12, new Date(2026, 0, 1), "=1+1"]]);
      expect(sheet.getRange("A1:C1").getRichTextValues()).toEqual([[null, null, null]]);
      expect(() => sheet.getRange("A1").setRichTextValues([[{ getText: () => "x" }]] as never)).toThrow(
        "Invalid argument",
      );
    });

    it("offsets outside the text are refused", () => {
      const { app } = open();
      const builder = app.newRichTextValue().setText("abc");
      expect(() => builder.setLinkUrl(2, 5, "#x")).toThrow("Invalid argument");
      expect(() => builder.setLinkUrl(-1, 2, "#x")).toThrow("Invalid argument");
    });
  });
});
