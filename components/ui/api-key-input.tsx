import type { InputHTMLAttributes, Ref } from 'react'

import { cn } from '@/lib/ui/cn'

import { textInput } from './styles'

type ApiKeyInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'defaultValue' | 'autoComplete' | 'spellCheck' | 'autoCapitalize'
> & { ref?: Ref<HTMLInputElement> }

/**
 * The one kind of field an API key is typed into: a password field, never autocompleted or
 * spell-checked (which can send text to a cloud service), and uncontrolled — React mirrors a
 * controlled input's value into its `value` attribute, where CSS selectors and extensions can
 * read it. Read and clear it through the ref.
 */
export function ApiKeyInput({ className, ref, ...props }: ApiKeyInputProps) {
  return (
    <input
      ref={ref}
      type="password"
      defaultValue=""
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="off"
      className={cn(textInput, className)}
      {...props}
    />
  )
}
