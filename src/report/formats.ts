/** The formats of `check`'s report: for a person, as data, and for CI systems. */
export const CHECK_FORMATS = ['text', 'json', 'junit', 'github'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
