import { AppError } from '@/lib/http/app-error'
import { route } from '@/lib/http/route'

/**
 * Any /api address no route serves answers a JSON 404 like every other API error, instead of
 * the HTML page a browser gets. Real routes are more specific and always win over this one.
 */
const notFound = route('/api/[[...path]]', async () => {
  throw new AppError(
    'not_found',
    404,
    'There is no API endpoint at this address. Check the path, for example /api/token.',
  )
})

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH }
export { notFound as DELETE, notFound as OPTIONS }
