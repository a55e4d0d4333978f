// Where each Analytics Engine API is served (ae-api.md §1.1, §2.1, §4). Serverless (v3) exists
// only in Dallas and Frankfurt; the retired classic (v2) plan had six regional endpoints.

export type AeApi = 'v3' | 'v2'

export const AE_APIS = [
  { id: 'v3', title: 'Serverless Spark (v3)', retired: false },
  { id: 'v2', title: 'Classic clusters (v2, retired plan)', retired: true },
] as const satisfies readonly { id: AeApi; title: string; retired: boolean }[]

export const AE_REGIONS = {
  v3: [
    { id: 'us-south', name: 'Dallas' },
    { id: 'eu-de', name: 'Frankfurt' },
  ],
  v2: [
    { id: 'us-south', name: 'Dallas' },
    { id: 'us-east', name: 'Washington DC' },
    { id: 'eu-gb', name: 'London' },
    { id: 'eu-de', name: 'Frankfurt' },
    { id: 'jp-tok', name: 'Tokyo' },
    { id: 'au-syd', name: 'Sydney' },
  ],
} as const satisfies Record<AeApi, readonly { id: string; name: string }[]>

export type AeRegion = (typeof AE_REGIONS)[AeApi][number]['id']

/** `region` narrowed to a region the API serves, or `undefined`. */
export function findAeRegion(api: AeApi, region: string): AeRegion | undefined {
  return AE_REGIONS[api].find((candidate) => candidate.id === region)?.id
}

/** The public endpoint, e.g. `https://api.us-south.ae.cloud.ibm.com`. */
export function aePublicBaseUrl(region: AeRegion): string {
  return `https://api.${region}.ae.cloud.ibm.com`
}
