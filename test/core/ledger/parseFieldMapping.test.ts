import { parseFieldMapping } from "../../../src/core/ledger";

const headers = ["Client", "Due", "Total", "客户经理"];

describe("parseFieldMapping", () => {
  it("maps fields to headers, ignoring case, spaces and full-width forms", () => {
    expect(parseFieldMapping("customer=client, DUEDATE = Due; amount=ＴＯＴＡＬ", headers)).toEqual({
      customer: 0,
      dueDate: 1,
      amount: 2,
    });
    expect(parseFieldMapping("salesperson＝客户经理，", headers)).toEqual({ salesperson: 3 });
  });

  it("accepts column letters when no header has that text", () => {
    expect(parseFieldMapping("amount=C", headers)).toEqual({ amount: 2 });
    expect(parseFieldMapping("amount=E", headers)).toMatchObject({ id: "mapHeaderNotFound" });
  });

  it("removes a field with an empty header", () => {
    const overrides = parseFieldMapping("paid=", headers);
    expect(overrides).toEqual({ paid: undefined });
    expect({ ...{ customer: 0, paid: 2 }, ...overrides }).toEqual({
      customer: 0,
      paid: undefined,
    });
  });

  it("refuses malformed items, unknown fields, repeated fields and unknown headers", () => {
    expect(parseFieldMapping("", headers)).toMatchObject({ code: "#VALUE!", id: "mapEmpty" });
    expect(parseFieldMapping("customer", headers)).toMatchObject({
      id: "mapItemMalformed",
      params: { item: "customer" },
    });
    expect(parseFieldMapping("=Client", headers)).toMatchObject({ id: "mapItemMalformed" });
    expect(parseFieldMapping("owner=Client", headers)).toMatchObject({
      id: "mapFieldUnknown",
      params: { field: "owner" },
    });
    expect(parseFieldMapping("customer=Client,customer=Due", headers)).toMatchObject({
      id: "mapFieldRepeated",
      params: { field: "customer" },
    });
    expect(parseFieldMapping("customer=Buyer", headers)).toMatchObject({
      id: "mapHeaderNotFound",
      params: { field: "customer", header: "Buyer", headers: "Client, Due, Total, 客户经理" },
    });
  });
});
