import type { ErrorCode } from './app-error'

/** The JSON body of every error answer: `{"error": {...}}`. Safe to import from client code. */
export interface ApiErrorBody {
  error: {
    code: ErrorCode
    message: string
    iamErrorCode?: string
    iamRequestId?: string
  }
}
