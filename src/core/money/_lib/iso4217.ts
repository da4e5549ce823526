/**
 * ISO 4217 minor units of the currencies that do not use 2 decimals (ISO 4217 list one, as published
 * by SIX, the maintenance agency). Every other code, and any unknown one, has 2 — TWD included.
 */
export const NON_TWO_DECIMAL_CURRENCIES: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};
