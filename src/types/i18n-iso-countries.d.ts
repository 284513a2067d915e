// The package's Node entry registers all of its ~80 locales on import (half a
// megabyte to parse on every run); its plain entry registers none, and this
// project registers the two it reads. Same API, same types.
declare module 'i18n-iso-countries/index.js' {
  export * from 'i18n-iso-countries';
}
