export { parseNumberText } from "./parseNumberText";
