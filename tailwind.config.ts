import type { Config } from 'tailwindcss'

// Loaded by app/globals.css through `@config`. System font stacks only: the build runs offline,
// so no web fonts are fetched.
const config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          'sans-serif',
        ],
        mono: [
          'ui-monospace',
          'SFMono-Regular',
          '"SF Mono"',
          'Menlo',
          'Consolas',
          '"Liberation Mono"',
          'monospace',
        ],
      },
      colors: {
        // IBM-ish blue for the one primary action per view.
        brand: {
          50: '#edf5ff',
          100: '#d0e2ff',
          300: '#78a9ff',
          400: '#4589ff',
          500: '#0f62fe',
          600: '#0043ce',
          700: '#002d9c',
        },
      },
    },
  },
} satisfies Config

export default config
