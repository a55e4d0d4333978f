import 'server-only'

import { AppError } from './app-error'
import { emptyResponse } from './respond'
import { route } from './route'

/** The methods a route file can serve; OPTIONS is answered here for every route. */
const ROUTE_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
type RouteMethod = (typeof ROUTE_METHODS)[number]

/** HEAD comes free with GET: Next answers it from the GET handler without a body. */
type Served<A extends RouteMethod> = A | (A extends 'GET' ? 'HEAD' : never)

type Refusal = ReturnType<typeof route>

type OtherMethodHandlers<A extends RouteMethod> = Record<
  Exclude<RouteMethod, Served<A>>,
  Refusal
> & {
  OPTIONS: Refusal
}

/**
 * Handlers that refuse every method a route does not serve, with a JSON 405 and `Allow`, plus
 * an OPTIONS answer listing only what it serves. Without them Next answers an empty 405 that
 * says nothing to a person, and its own OPTIONS would list these refusals as allowed. A route
 * file spreads them into its exports:
 *
 *   export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } =
 *     refuseOtherMethods('/api/token', ['POST'])
 *
 * (TypeScript refuses to destructure a method the route serves, so the two cannot overlap.)
 */
export function refuseOtherMethods<const A extends RouteMethod>(
  path: string,
  served: readonly A[],
): OtherMethodHandlers<A> {
  const allowed = allowHeaderValue(served)
  const refusals: Partial<Record<RouteMethod | 'OPTIONS', Refusal>> = {
    OPTIONS: route(`OPTIONS ${path}`, async () =>
      emptyResponse(204, { headers: { Allow: allowed.join(', ') } }),
    ),
  }
  for (const method of ROUTE_METHODS) {
    if (allowed.includes(method)) continue
    refusals[method] = route(`${method} ${path}`, async () => {
      throw new AppError(
        'method_not_allowed',
        405,
        `${path} does not accept ${method} requests; it accepts ${sentenceList(allowed)}.`,
        { allowedMethods: allowed },
      )
    })
  }
  return refusals as OtherMethodHandlers<A>
}

/** The methods served, plus HEAD (Next answers it from GET) and OPTIONS. */
export function allowHeaderValue(served: readonly RouteMethod[]): string[] {
  const methods = new Set<string>(served)
  if (methods.has('GET')) methods.add('HEAD')
  methods.add('OPTIONS')
  return [...ROUTE_METHODS, 'OPTIONS'].filter((method) => methods.has(method))
}

function sentenceList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
