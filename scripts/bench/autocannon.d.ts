// The part of autocannon 9's programmatic API the bench uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  export interface AutocannonOptions {
    url: string
    method?: 'GET' | 'POST' | 'DELETE' | 'PUT'
    headers?: Record<string, string>
    body?: string
    connections?: number
    /** Seconds; ignored when `amount` is set. */
    duration?: number
    amount?: number
    timeout?: number
  }

  export interface AutocannonResult {
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    statusCodeStats: Record<string, { count: number }>
  }

  export interface AutocannonInstance extends EventEmitter, PromiseLike<AutocannonResult> {
    stop(): void
  }

  export default function autocannon(options: AutocannonOptions): AutocannonInstance
}
