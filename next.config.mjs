/** @type {import('next').NextConfig} */
const nextConfig = {
  // Deployable as one self-contained server folder; see README "Deploying".
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  // `next dev` would otherwise write an AGENTS.md into the project root.
  agentRules: false,
  // pino picks its transport at runtime; keep it out of the bundle.
  serverExternalPackages: ['pino'],
}

export default nextConfig
