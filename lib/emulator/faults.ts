// Injected faults: at most one active fault per target, counted down by `times`.
import type { ServerResponse } from 'node:http'

import { sendJson, sendText } from './http'
import type { Fault, FaultTarget } from './types'

interface ActiveFault {
  fault: Fault
  remaining: number | undefined
}

export class FaultBook {
  private readonly active = new Map<FaultTarget, ActiveFault>()

  /** Replaces any fault already set for the same target. */
  set(fault: Fault): void {
    this.active.set(fault.target ?? 'token', { fault, remaining: fault.times })
  }

  clear(): void {
    this.active.clear()
  }

  /** The fault for this request, if any; uses up one of its `times`. */
  take(target: FaultTarget): Fault | undefined {
    const entry = this.active.get(target)
    if (entry === undefined) return undefined
    if (entry.remaining !== undefined) {
      entry.remaining -= 1
      if (entry.remaining <= 0) this.active.delete(target)
    }
    return entry.fault
  }

  list(): Fault[] {
    return [...this.active.values()].map((entry) => entry.fault)
  }
}

/** Writes a status fault in the error shape of the surface it hits. */
export type FaultErrorWriter = (
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
) => void

export interface FaultTools {
  sleep(ms: number): Promise<void>
  writeError: FaultErrorWriter
}

// Invented bodies: they only need to be unmistakably "not what a client expects".
const NON_JSON_PAGE =
  '<!DOCTYPE html>\n<html><head><title>Service unavailable</title></head><body>' +
  '<h1>IAM emulator</h1><p>Injected non-json fault: an HTML page such as a proxy or ' +
  'captive portal returns.</p></body></html>\n'

const BAD_SCHEMA_BODY = {
  status: 'ok',
  message: 'Injected bad-schema fault: valid JSON, but not the response this endpoint promises.',
}

/** 'continue' means the request proceeds normally (after a 'slow' delay). */
export async function applyFault(
  fault: Fault,
  res: ServerResponse,
  tools: FaultTools,
): Promise<'handled' | 'continue'> {
  switch (fault.kind) {
    case 'slow':
      await tools.sleep(fault.delayMs)
      return 'continue'
    case 'drop':
      res.socket?.destroy()
      return 'handled'
    case 'non-json':
      sendText(res, 200, 'text/html; charset=utf-8', NON_JSON_PAGE)
      return 'handled'
    case 'bad-schema':
      sendJson(res, 200, BAD_SCHEMA_BODY)
      return 'handled'
    case 'status': {
      const retryAfter = fault.retryAfterSeconds
      tools.writeError(
        res,
        fault.status,
        retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) },
      )
      return 'handled'
    }
  }
}
