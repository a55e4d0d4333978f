import { AE_APIS, type AeApi } from '@/lib/snippets'

interface AeApiChoiceProps {
  /** The radio group's name; unique per form. */
  name: string
  value: AeApi
  onChange: (api: AeApi) => void
  legendClassName: string
  className?: string
}

/** Serverless (v3) or Classic (v2): the Analytics Engine API a call goes to. */
export function AeApiChoice({
  name,
  value,
  onChange,
  legendClassName,
  className,
}: AeApiChoiceProps) {
  return (
    <fieldset className={className}>
      <legend className={legendClassName}>API</legend>
      <div className="mt-1.5 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {AE_APIS.map((api) => (
          <label key={api.id} className="flex items-center gap-2">
            <input
              type="radio"
              name={name}
              value={api.id}
              checked={value === api.id}
              onChange={() => onChange(api.id)}
              className="accent-brand-500"
            />
            {api.title}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
