import { describe, expect, it } from "vitest";
import { readBundleNames } from "../../src/playground/bundle-names";

const CODE = `var CommunityFunnel = (() => {
  /** @customfunction */
  function insideTheBundle() {}
  return {};
})();

/**
 * Menu: opens the sidebar.
 */
function openSidebar() {
  return CommunityFunnel.openSidebar();
}

/** Internal helper. */
function helper_() {}

/**
 * Active members as a share of all members.
 * @param {number} active_members Members with activity.
 * @customfunction
 */
function ACTIVE_RATE(active_members, total_members) {
  return CommunityFunnel.ACTIVE_RATE(active_members, total_members);
}

/**
 * Mentions @customfunctions in prose but is not one.
 */
function notCustom() {}
`;

describe("readBundleNames", () => {
  it("lists top-level functions callable through google.script.run, without private ones ending in _", () => {
    expect(readBundleNames(CODE).serverFunctions).toEqual(["openSidebar", "ACTIVE_RATE", "notCustom"]);
  });

  it("lists as custom functions the top-level ones whose JSDoc says @customfunction", () => {
    expect(readBundleNames(CODE).customFunctions).toEqual(["ACTIVE_RATE"]);
  });

  describe("edge cases", () => {
    it("finds nothing in a bundle without top-level functions", () => {
      expect(readBundleNames("var x = 1;")).toEqual({ serverFunctions: [], customFunctions: [] });
    });
  });
});
