import { cn } from '@/lib/ui/cn'

import { EyeIcon, EyeOffIcon } from './icons'
import { smallButton } from './styles'

interface RevealButtonProps {
  isRevealed: boolean
  onToggle: () => void
  /** Presenter mode: the secret stays masked and the button says so by being off. */
  disabled?: boolean
}

/** Reveal / Hide for a masked secret, a toggle button screen readers announce as pressed. */
export function RevealButton({ isRevealed, onToggle, disabled = false }: RevealButtonProps) {
  return (
    <button
      type="button"
      className={cn(smallButton, 'disabled:cursor-not-allowed disabled:opacity-50')}
      aria-pressed={isRevealed}
      disabled={disabled}
      onClick={onToggle}
    >
      {isRevealed ? <EyeOffIcon /> : <EyeIcon />}
      {isRevealed ? 'Hide' : 'Reveal'}
    </button>
  )
}

/** Shows the start and end of a token: enough to recognise it, not enough to use it. */
export function maskToken(token: string): string {
  if (token.length <= 24) return '•'.repeat(token.length)
  return `${token.slice(0, 10)}${'•'.repeat(24)}${token.slice(-6)}`
}
