/** The session cookie's name (and the prefix of its overflow chunks: `.1`, `.2`…). */
export const SESSION_COOKIE_NAME = 'iamwb_session'
