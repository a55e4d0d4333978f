import { AppError } from '@/lib/http/app-error'

/** The AppError that `work` throws; fails the test when it throws nothing or something else. */
export function appErrorFromCall(work: () => unknown): AppError {
  try {
    work()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError, but nothing was thrown')
}

/** The AppError that `promise` rejects with; fails the test when it resolves or rejects otherwise. */
export async function appErrorFrom(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError, but the promise resolved')
}
