export { altmanZ } from "./altmanZ";
export { altmanZone } from "./altmanZone";
export type { AltmanInputs, AltmanModel, AltmanZone } from "./types";
