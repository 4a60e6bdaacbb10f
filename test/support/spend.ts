/**
 * A spend table for the tiny example (test/fixtures/tiny), as README's formulas use it: poster, a
 * channel the members joined through, paid in two weeks; wechat-ads paid but brought nobody; friend
 * brought members without spend.
 */
import { parseDelimited } from "../../src/core/delimited";

export const TINY_SPEND = `date,channel,campaign,impressions,clicks,spend
2024-12-02,poster,poster-A,1000,30,100
2024-12-09,poster,poster-A,800,30,60
2024-12-03,wechat-ads,feed,5000,120,150
`;

export const TINY_SPEND_GRID: string[][] = parseDelimited(TINY_SPEND);
