// A browser, a production build and a 5,000-invoice workbook per test: minutes, not seconds.
jest.setTimeout(180_000);
export {};
