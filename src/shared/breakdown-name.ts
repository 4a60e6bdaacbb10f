/** The breakdown sheet's name for what it compares by: the report's tab and the sidebar's hint say the same. */
import type { Labels } from "./lang";

/** Long headers are cut in names: a sheet's name has at most 100 characters. */
const shortened = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/**
 * @example breakdownName("channel") //=> { en: "By channel", zh: "按渠道" }
 * @example breakdownName("城市") //=> { en: "By 城市", zh: "按城市" }
 */
export function breakdownName(by: string): Labels {
  if (by === "group") return { en: "By group", zh: "分群对比" };
  if (by === "channel") return { en: "By channel", zh: "按渠道" };
  const header = shortened(by);
  return { en: `By ${header}`, zh: `按${header}` };
}
