/**
 * LockService, single-threaded. Each getXLock() call returns a new Lock object contending for one
 * shared lock per scope, as in Apps Script; a lock acquired and never released keeps every later
 * Lock object out, which is how tests catch a build that forgets releaseLock().
 */

import { requireInteger } from "./args";
import { type ApiOf, strictObject } from "./strict";

/** Who holds one scope's lock: a Lock facade's token, or nobody. */
interface LockSlot {
  holder: object | null;
}

export const LOCK_TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";

function lockFacade(slot: LockSlot): object {
  const token = {};
  const acquire = (timeout: unknown): boolean => {
    requireInteger(timeout, "timeoutInMillis");
    if (slot.holder !== null && slot.holder !== token) return false;
    slot.holder = token;
    return true;
  };
  const methods = {
    tryLock: acquire,
    waitLock: (timeout: unknown): void => {
      if (!acquire(timeout)) throw new Error(LOCK_TIMEOUT_MESSAGE);
    },
    releaseLock: (): void => {
      if (slot.holder === token) slot.holder = null;
    },
    hasLock: (): boolean => slot.holder === token,
  } satisfies ApiOf<GoogleAppsScript.Lock.Lock>;
  return strictObject("Lock", methods);
}

export function lockServiceFacade(): object {
  const document: LockSlot = { holder: null };
  const script: LockSlot = { holder: null };
  const user: LockSlot = { holder: null };
  const methods = {
    getDocumentLock: (): object => lockFacade(document),
    getScriptLock: (): object => lockFacade(script),
    getUserLock: (): object => lockFacade(user),
  } satisfies ApiOf<GoogleAppsScript.Lock.LockService>;
  return strictObject("LockService", methods);
}
