// Control endpoints under /__emulator/, for tests that run the emulator in another process.
// They exist only in this emulator: real IAM has nothing like them. Bodies and answers are
// plain JSON; every problem is a 400/404/405 with {"error": "<sentence>"}.
import type { ServerResponse } from 'node:http'

import type { EmulatorContext, Handler } from './context'
import { parseFault, parseMintOverrides } from './control-inputs'
import { readJsonBody, sendEmpty, sendJson } from './http'
import { DEMO_INSTANCE_ID, DEMO_KEYS } from './identities'

type AdminAction = (
  ctx: EmulatorContext,
  res: ServerResponse,
  body: unknown,
) => Promise<void> | void

const FAULT_EXAMPLE = '{"kind":"status","status":503,"times":2}'

const setFault: AdminAction = (ctx, res, body) => {
  if (body === undefined) {
    return sendJson(res, 400, { error: `Send a JSON fault in the body, e.g. ${FAULT_EXAMPLE}.` })
  }
  const parsed = parseFault(body)
  if (!parsed.ok) return sendJson(res, 400, { error: `Invalid fault. ${parsed.problem}` })
  ctx.faults.set(parsed.value)
  sendJson(res, 200, { active: ctx.faults.list() })
}

const mint: AdminAction = async (ctx, res, body) => {
  const parsed = parseMintOverrides(body)
  if (!parsed.ok) return sendJson(res, 400, { error: `Invalid mint overrides. ${parsed.problem}` })
  sendJson(res, 200, { access_token: await ctx.mint(parsed.value) })
}

const info: AdminAction = (ctx, res) => {
  sendJson(res, 200, {
    url: ctx.url,
    issuer: ctx.issuer,
    demoKeys: DEMO_KEYS,
    demoInstanceId: DEMO_INSTANCE_ID,
    activeFaults: ctx.faults.list(),
  })
}

const ACTIONS: Record<string, Partial<Record<string, AdminAction>>> = {
  '/__emulator/fault': {
    GET: (ctx, res) => sendJson(res, 200, { active: ctx.faults.list() }),
    PUT: setFault,
    DELETE: (ctx, res) => {
      ctx.faults.clear()
      sendEmpty(res, 204)
    },
  },
  '/__emulator/stats': { GET: (ctx, res) => sendJson(res, 200, ctx.stats.snapshot()) },
  '/__emulator/stats/reset': {
    POST: (ctx, res) => {
      ctx.stats.reset()
      sendEmpty(res, 204)
    },
  },
  '/__emulator/mint': { POST: mint },
  '/__emulator/rotate-keys': {
    POST: async (ctx, res) => sendJson(res, 200, { kid: (await ctx.keys.rotate()).kid }),
  },
  '/__emulator/info': { GET: info },
}

export const handleAdmin: Handler = async (req, res, ctx, url) => {
  const actions = ACTIONS[url.pathname.replace(/\/$/, '')]
  if (actions === undefined) {
    const known = Object.keys(ACTIONS).join(', ')
    return sendJson(res, 404, { error: `Unknown control endpoint. Known: ${known}.` })
  }
  const action = actions[req.method ?? 'GET']
  if (action === undefined) {
    const allow = Object.keys(actions).join(', ')
    return sendJson(res, 405, { error: `Use ${allow} here.` }, { Allow: allow })
  }

  const body = await readJsonBody(req)
  if (!body.ok) return sendJson(res, 400, { error: 'The request body is not valid JSON.' })
  await action(ctx, res, body.value)
}
