export { abcClasses, type AbcClass } from "./abcClasses";
export { coreCustomers } from "./coreCustomers";
export { shareOf } from "./shareOf";
export { topShare } from "./topShare";
