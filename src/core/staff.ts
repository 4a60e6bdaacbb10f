/**
 * Staff and bots (insights.md §16): the operator's own people — owners, admins, customer service,
 * bots — are left out of every number. A member is staff when any of their valid rows has a staff
 * role; the engine then drops their memberships, activity and orders before counting anything.
 */
import { headerKey } from "./headers";
import { cellText } from "./text";
import type { Cell, MemberColumns } from "./types";

/** The staff roles, compared like headers (NFKC, case, spaces, _ - . ignored). */
const STAFF_ROLES = new Set(
  [
    "staff",
    "employee",
    "admin",
    "administrator",
    "owner",
    "bot",
    "robot",
    "员工",
    "工作人员",
    "企业成员",
    "管理员",
    "群主",
    "群管理",
    "机器人",
    "客服",
    "助理",
  ].map(headerKey),
);

/** @example isStaffRole("Group Owner") //=> false; isStaffRole(" 群主 ") //=> true */
export function isStaffRole(role: Cell): boolean {
  const text = cellText(role);
  return text !== "" && STAFF_ROLES.has(headerKey(text));
}

/**
 * Per member number, 1 for staff; null without a role column (then nobody is). Every valid row
 * counts, a duplicate one too: one staff row makes the member staff.
 */
export function staffOf(
  memberships: Pick<MemberColumns, "ids" | "member" | "kept" | "length">,
): Uint8Array | null {
  const role = memberships.kept.find((c) => c.field === "role");
  if (!role) return null;
  const staff = new Uint8Array(memberships.ids.size);
  for (let i = 0; i < memberships.length; i++)
    if (isStaffRole(role.cells[i])) staff[memberships.member[i]] = 1;
  return staff;
}

/** How many members are staff. */
export function staffCount(staff: Uint8Array | null): number {
  let n = 0;
  if (staff) for (let m = 0; m < staff.length; m++) n += staff[m];
  return n;
}
