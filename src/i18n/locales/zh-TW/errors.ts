/**
 * Traditional Chinese messages of the cell functions' errors (the `errors` namespace), in Taiwan
 * wording (引數, 儲存格, 範圍, 應收帳款, 帳齡; a row is 列 and a column is 欄, as in Excel's
 * Traditional Chinese interface). Excel parameter names stay in English (`days_late`).
 */
import type { ErrorStrings } from "../en/errors";

/**
 * The Traditional Chinese error messages; typed by the English table so a missing id fails `tsc`.
 *
 * @example
 * errors.generic; // "無法完成計算。"
 * errors.argBlank; // "引數 {{arg}} 是空白的：需要填入一個值。"
 */
export const errors: ErrorStrings = {
  generic: "無法完成計算。",
  internal: "CreditKit 內部發生問題，未能完成此計算；請連同公式一併回報此問題。",

  argBlank: "引數 {{arg}} 是空白的：需要填入一個值。",
  argNotNumber: "引數 {{arg}}：應為數字，實際為「{{value}}」。",
  argNotFinite: "引數 {{arg}} 不是可用的數字，請輸入一般數字。",
  argNotSingle: "引數 {{arg}} 只能是單一值，不能是 {{size}} 的儲存格範圍。",
  argNotText: "引數 {{arg}}：應為文字，實際為 {{value}}。",
  argNotChoice: "引數 {{arg}}：「{{value}}」不是可用的選項，請使用 {{choices}}。",
  argNotDate: "引數 {{arg}}：應為日期，實際為「{{value}}」。",
  argNotDateSerial:
    "引數 {{arg}}：{{value}} 不是日期；Excel 日期是介於 1（1900-01-01）與 2958465（9999-12-31）之間的數字。",
  argNotGradeOrScore: "引數 {{arg}}：應為等級（例如 A）或 0 到 100 的評分，實際為「{{value}}」。",
  argNotTwoColumns: "引數 {{arg}} 必須是兩欄寬的範圍，而不是 {{columns}} 欄。",

  itemNotNumber:
    "引數 {{arg}} 第 {{index}} 項（第 {{row}} 列第 {{column}} 欄）：應為數字，實際為「{{value}}」。",
  itemNotFinite: "引數 {{arg}}：有儲存格的值無法當作數字使用，請輸入一般數字。",
  itemNotDate:
    "引數 {{arg}} 第 {{index}} 項（第 {{row}} 列第 {{column}} 欄）：應為日期，實際為「{{value}}」。",
  itemNotText: "引數 {{arg}} 第 {{index}} 項（第 {{row}} 列第 {{column}} 欄）：應為文字，實際為 {{value}}。",
  itemNegative: "引數 {{arg}} 第 {{position}} 項是負數；此處的值必須大於或等於 0。",
  itemNotPositive: "引數 {{arg}} 第 {{position}} 項必須大於 0。",
  itemTooLarge: "引數 {{arg}} 第 {{position}} 項的數值太大，無法精確加總。",
  listEmpty: "引數 {{arg}} 沒有任何值，請至少提供一個。",
  listValueNotANumber: "引數 {{arg}} 第 {{index}} 項不是數字。",
  listLengthMismatch: "引數 {{arg}} 有 {{actual}} 個值，但 {{other}} 有 {{expected}} 個；兩者必須逐一對應。",
  lengthMismatch:
    "{{first}} 有 {{firstLength}} 個儲存格，但 {{second}} 有 {{secondLength}} 個；兩者的儲存格數目必須相同。",
  pairIncomplete:
    "引數 {{arg}} 第 {{index}} 項是空白的，但另一個範圍的對應儲存格已填入；請兩者都填或都留白。",
  amountWithoutDate: "引數 {{arg}} 第 {{index}} 項：日期是空白的，但有金額；請填入日期或清除該金額。",

  dateNotValid: "引數 {{arg}} 不是有效的日期，請輸入像 2026-10-31 這樣的日期。",
  dateItemNotValid: "引數 {{arg}} 第 {{position}} 項不是有效的日期。",
  dateTextBlank: "引數 {{arg}}：日期文字是空的，請輸入像 2026-10-31 這樣的日期。",
  dateUnreadable: "引數 {{arg}}：無法將「{{text}}」解讀為日期，請依年-月-日輸入，例如 2026-10-31。",
  dateAmbiguous:
    "引數 {{arg}}：「{{text}}」有兩種解讀，{{first}} 可能是日也可能是月。請依年-月-日輸入，例如 2026-10-31。",
  dateYearOutOfRange:
    "引數 {{arg}}：「{{text}}」的年份是 {{year}}；Excel 日期的年份範圍是 {{first}} 到 {{last}}。",
  dateMonthImpossible: "引數 {{arg}}：「{{text}}」的月份是 {{month}}；月份只能是 1 到 12。",
  dateImpossible:
    "引數 {{arg}}：「{{text}}」不是實際存在的日期：{{year}} 年 {{month}} 月只有 {{lastDay}} 天。",
  timeImpossible: "引數 {{arg}}：「{{text}}」中的時間不存在；小時為 0 到 23，分鐘為 0 到 59。",
  dateSerialOutOfRange:
    "日期序列值 {{serial}} 超出 Excel 的日期範圍，有效範圍是 {{first}}（1900-01-01）到 {{last}}（9999-12-31）。",
  date1904SerialOutOfRange:
    "日期序列值 {{serial}} 超出 1904 日期系統的範圍，有效範圍是 {{first}}（1904-01-01）到 {{last}}（9999-12-31）。",
  dateBefore1904: "日期序列值 {{serial}} 早於 1904-01-01，使用 1904 日期系統的活頁簿無法存放此日期。",

  amountNotFinite: "有金額不是可用的數字，請檢查金額中是否有錯誤值。",
  amountTooLarge: "金額 {{amount}} 太大，無法精確到小數 {{decimals}} 位計算。",
  minorUnitsNotWhole: "以貨幣最小單位（例如分）計算的金額不是整數。",
  moneySumTooLarge: "金額合計太大，無法精確到小數 {{decimals}} 位加總。",
  decimalsOutOfRange: "小數位數必須是 0 到 {{max}} 之間的整數。",

  notANumber: "引數 {{arg}} 不是可用的數字。",
  numberNotFinite: "引數 {{arg}} 不是可用的數字。",
  negativeValue: "引數 {{arg}} 是 {{value}}，不能是負數。",
  numberNegative: "引數 {{arg}} 是負數，必須大於或等於 0。",
  notPositive: "引數 {{arg}} 是 {{value}}，必須大於 0。",
  numberNotPositive: "引數 {{arg}} 必須大於 0。",
  outOfRange: "引數 {{arg}} 是 {{value}}，必須介於 {{min}} 與 {{max}} 之間。",
  divisionByZero: "引數 {{arg}} 是 0，而計算結果要除以它；請輸入不是 0 的值。",
  denominatorZero: "引數 {{arg}} 是 0，而計算結果要除以它；請輸入不是 0 的值。",
  numberTooLarge: "結果太大，無法以數字顯示；請檢查輸入中是否有極大的數值。",
  valueTooLarge: "引數 {{arg}} 太大，無法精確計算到分。",

  weightBlank: "引數 {{arg}} 第 {{index}} 項是空白的：每個因素都需要權重（填 0 表示不計入該因素）。",
  weightInvalid: "weights 第 {{index}} 項是 {{value}}；權重必須大於或等於 0。",
  weightsSumZero: "權重合計為 0，請至少給一個因素大於 0 的權重。",
  scoreOutOfRange: "第 {{index}} 個因素的評分是 {{value}}；評分必須介於 0 與最高 {{max}} 分之間。",
  pointsOutOfRange: "points 是 {{points}}，對此評分尺度而言過於極端，無法換算出好壞比。",
  scoreMissing:
    '第 {{index}} 個因素沒有評分，而 missing 是 "error"；請填入評分，或將 missing 改為 "reallocate" 或 "zero"。',
  allScoresMissing: "所有因素都沒有評分，請至少填入一個評分。",
  missingPolicyInvalid: '「{{value}}」不是缺漏評分的處理方式，請使用 "reallocate"、"zero" 或 "error"。',
  gradeScaleUnknown: '「{{value}}」不是評等量表，請使用 "ABCD"、"AAA"，或由下限與等級組成的兩欄範圍。',
  gradeScaleBound: "引數 {{arg}} 第 {{row}} 列：下限「{{value}}」不是數字。",
  gradeScaleBoundInvalid: "scale 第 {{row}} 列：下限不是數字。",
  gradeScaleEmptyLabel: "scale 第 {{row}} 列：等級是空白的。",
  gradeScaleDuplicateBound: "scale：下限 {{bound}} 出現了兩次，每個等級都需要自己的下限。",
  gradeScaleEmpty: 'scale 沒有任何一列；請提供（下限，等級）的各列，或使用 "ABCD" 或 "AAA"。',
  scoreBelowLowestBound: "評分 {{score}} 低於評等量表的最低下限（{{bound}}），因此沒有對應的等級。",
  pointsShapeInvalid:
    "points 的個數必須與 breakpoints 相同，或多一個（用於低於第一個分界點的值）；目前有 {{breakpoints}} 個分界點、{{points}} 個分數。",
  noBands: "breakpoints 與 points 都是空的，請至少提供一個區間。",
  breakpointsNotAscending:
    "breakpoints 第 {{index}} 項（{{value}}）必須大於前一項；請依由低到高的順序列出分界點。",
  valueBelowFirstBand:
    "value 為 {{value}}，低於第一個分界點（{{first}}），不屬於任何區間；若要替更低的值給分，請讓 points 比 breakpoints 多一個。",

  gradeInvalid: "grades 第 {{position}} 項是「{{value}}」；只能合併 A、B、C、D 四種等級。",
  noGrades: "沒有可合併的等級：所有儲存格都是空白的。",
  loyaltyThresholdsShape:
    "引數 {{arg}} 需要三個佔比，即 A、B、C 的下限（以小數表示，0.6 即 60%），而不是 {{count}} 個。",
  loyaltyThresholdsInvalid:
    "忠誠度門檻 {{a}}、{{b}}、{{c}} 必須從 A 到 C 依序遞減，且每個都大於 0、不超過 1（以小數表示，0.6 即 60%）。",

  ratingOutOfRange: "ratings 第 {{row}} 列第 {{column}} 欄：{{value}} 不是 1 到 5 的評分。",
  noExpertScores: "ratings 中還沒有任何評分，至少需要一位專家評分。",
  consensusMethodInvalid: '「{{value}}」不是共識的計算方式，請使用 "median"、"mean" 或 "trimmed"。',

  gradeEmpty: "等級是空白的，請輸入等級（例如 A）或評分。",
  gradeHasNoMultiplier:
    "信用政策中沒有等級「{{grade}}」的係數，請在 policy 中加入一列 multiplier_{{grade}}。",
  policyRow: "引數 {{arg}} 第 {{row}} 列：應為設定名稱與一個數字。",
  policyKeyUnknown:
    "policy：「{{key}}」不是可用的設定，請使用 multiplier_A（或其他等級）、net_worth_pct、working_capital_pct、round_to 或 days_per_month。",
  policyKeyDuplicate: "policy：「{{key}}」設定了兩次，請只保留一列。",
  policyValueNotANumber: "policy：{{key}} 的值是「{{value}}」，不是數字。",

  bucketEdgesEmpty:
    "buckets 中沒有帳齡區間天數；請提供像 30,60,90,120 的區間，或省略 buckets 以使用這組預設值。",
  bucketEdgesTooMany: "buckets 有 {{count}} 個區間天數，最多只能有 {{max}} 個。",
  bucketEdgeNotWholeDays:
    "buckets 第 {{position}} 個區間天數（「{{item}}」）不是整數；請使用像 30,60,90,120 的區間。",
  bucketEdgeNotPositive: "buckets 第 {{position}} 個區間天數（{{item}}）必須至少為 1 天。",
  bucketEdgesNotAscending:
    "buckets 第 {{position}} 個區間天數（{{item}}）必須大於前一個（{{previous}}）；請依由小到大的順序列出。",

  bestDsoExceedsDso: "最佳可能 DSO（{{bestDso}} 天）高於 DSO（{{dso}} 天），它最多只能等於 DSO。",
  currentExceedsClosing:
    "closing_current_ar（{{closingCurrentAr}}）大於 closing_ar（{{closingAr}}）；未到期應收帳款是全部應收帳款的一部分。",
  ceiNothingCollectable:
    "本期沒有可收回的款項：opening_ar + credit_sales − closing_current_ar 為 0，無法計算 CEI。",
  ceiCurrentExceedsAvailable: "closing_current_ar 大於 opening_ar + credit_sales，請核對這三個數字。",
  noPaidInvoices: "尚無已付款的發票（所有付款日期都是空白的），無法計算超過信用期限的天數。",
  receivablesExceedSales:
    "應收帳款超過所提供全部 {{months}} 個月的賒銷金額；請在 monthly_sales 中補上更早月份的資料。",

  rateOutOfRange: "引數 {{arg}} 第 {{position}} 項必須是 0 到 1 之間的損失率（以小數表示，0.05 即 5%）。",
  historyValueInvalid: "history 第 {{row}} 列第 {{column}} 欄：應為大於或等於 0 的餘額。",
  rowLengthMismatch:
    "history 第 {{row}} 列有 {{actual}} 個值，但第一列有 {{expected}} 個；每個月的欄數必須相同。",
  rollRateTooFewMonths: "history 至少需要兩個月（兩列）的資料才能計算移轉率，而不是 {{months}} 列。",
  rollRateTooFewColumns: "history 至少需要兩欄（各帳齡區間，最後是沖銷金額），而不是 {{columns}} 欄。",
  rollRateNoBalance: "history：第 {{bucket}} 個帳齡區間在最後一個月之前的各月都沒有餘額，無法計算其移轉率。",

  shareThresholdOutOfRange: "引數 {{arg}} 必須是大於 0 且不超過 1 的佔比（以小數表示，0.7 即 70%）。",
  abcThresholdsOrder:
    "a（{{a}}）必須小於 b（{{b}}）：兩者都是佔銷售總額的累計佔比（以小數表示，0.7 即 70%）。",
  topCountNotWhole: "引數 {{arg}} 必須是大於或等於 1 的整數。",
  totalZero: "引數 {{arg}} 中的值合計為 0，無法計算佔總額的比例。",
  totalNegative: "引數 {{arg}} 中的值合計小於 0，佔總額的比例沒有意義。",
  totalTooLarge: "引數 {{arg}} 中的值合計太大，無法精確加總。",

  altmanModelUnknown: '「{{model}}」不是 Altman Z 模型，請使用 "public"、"private"、"nonmfg" 或 "em"。',
  altmanSalesRequired: "Altman 模型「{{model}}」需要銷售額，請填入 sales。",

  sourceEmpty: "此工作表或表格是空白的；請選擇存放未沖銷發票的工作表或表格。",
  headerRowNotFound: "前 {{rows}} 列中找不到標題列；明細的資料上方需要一列欄位名稱，例如客戶、到期日、金額。",
  noDataRows: "標題列下方沒有資料列；請確認這是存放未沖銷發票的工作表。",
  duplicateHeader:
    "{{first}} 欄和 {{second}} 欄的標題都是「{{header}}」；請確認使用的是正確的一欄，或將其中一欄改名。",
  blankHeaderWithData: "{{column}} 欄有資料但沒有標題，因此未被使用；如需使用，請為其填入標題。",
  fieldAmbiguous:
    "{{field}}：「{{chosen}}」（{{chosenColumn}} 欄）和「{{other}}」（{{otherColumn}} 欄）都可能是這一欄，目前使用的是「{{chosen}}」；請核對，若另一欄才正確，請改選。",
  ledgerNoCustomerColumn: "找不到客戶欄；請選擇註明每張發票欠款對象的那一欄。",
  ledgerNoAmountColumn: "找不到金額欄或未收餘額欄；請選擇發票金額或尚未收回金額所在的欄。",
  ledgerNoDateColumn: "找不到到期日欄，也找不到發票日期欄；請至少選擇其中一欄。",
  ledgerNoInvoiceDateColumn: "依發票日期計算帳齡需要發票日期欄；請選擇該欄，或改為依到期日計算。",
  ledgerNoGroupColumn: "依{{groupBy}}彙總需要{{groupBy}}欄；請選擇該欄，或改為依客戶彙總。",
  ledgerOptionInvalid: "帳齡選項 {{option}} 不能是「{{value}}」；請檢查選項後重新執行。",
  ledgerMappingInvalid: "{{field}} 被設為「{{value}}」，這不是有效的欄；請重新選擇該欄位所在的欄。",

  ledgerCellError: "第 {{row}} 列「{{column}}」欄：儲存格中是錯誤值 {{value}}；請更正公式或數值。",
  ledgerAmountUnreadable: "第 {{row}} 列「{{column}}」欄：「{{value}}」不是金額；請輸入數字，例如 1250.50。",
  ledgerAmountTooLarge: "第 {{row}} 列「{{column}}」欄：金額 {{value}} 太大，無法精確計算；請核對。",
  ledgerDateUnreadable: "第 {{row}} 列「{{column}}」欄：「{{value}}」不是日期；請輸入日期，例如 2026-10-31。",
  ledgerDateAmbiguous:
    "第 {{row}} 列「{{column}}」欄：「{{value}}」可能是日在前，也可能是月在前；請依年-月-日輸入，例如 2026-10-31，或選擇日期順序。",
  ledgerDateImpossible:
    "第 {{row}} 列「{{column}}」欄：「{{value}}」不是真實存在的日期（例如 2 月 30 日）；請更正。",
  ledgerDateOutOfRange:
    "第 {{row}} 列「{{column}}」欄：「{{value}}」得出的日期超出 Excel 的日期範圍（1900-01-01 到 9999-12-31）；請更正。",
  ledgerNoDate: "第 {{row}} 列「{{column}}」欄：此列既沒有到期日也沒有發票日期；請至少填入一個。",
  ledgerInvoiceDateMissing:
    "第 {{row}} 列「{{column}}」欄：發票日期是空白的，而依發票日期計算帳齡需要它；請填入。",
  ledgerTermsUnreadable:
    "第 {{row}} 列「{{column}}」欄：「{{value}}」不是信用天數；請輸入帳期，例如 30 或 Net 30。",
  ledgerCustomerBlank: "第 {{row}} 列「{{column}}」欄：客戶是空白的；請填入客戶。",
  ledgerCustomerUnreadable: "第 {{row}} 列「{{column}}」欄：{{value}} 不是客戶名稱；請填入客戶。",
  ledgerSummaryRow:
    "第 {{row}} 列「{{column}}」欄：「{{value}}」是合計列而不是客戶，為避免重複計算，此列未計入。",

  ledgerRowsRejected: "有 {{count}} 列無法讀取，未計入帳齡；每列都已列出原因，請在明細中更正。",
  ledgerInvoicedAfterAsOf: "有 {{count}} 張發票日期晚於基準日的發票未計入。",
  ledgerSettledByAsOf: "有 {{count}} 張在基準日當天或之前已沖銷的發票未計入。",
  ledgerFutureDated: "有 {{count}} 張未沖銷發票的發票日期晚於基準日，已計入；若不符預期，請核對基準日。",
  ledgerDueDateAssumed:
    "有 {{count}} 張發票沒有到期日，已依發票日期加帳期推算（其中 {{fromTerms}} 張有帳期，其餘視為發票當日到期）。",
  ledgerZeroOpenSkipped: "有 {{count}} 列未收金額為 0，未計入。",
  ledgerNegativeItems: "有 {{count}} 筆為負數（折讓單或預收款），已沖減未收餘額。",
  ledgerBlankRows: "已略過 {{count}} 個空白列。",
  ledgerCurrencyBlank:
    "有 {{count}} 筆沒有填入幣別，已依預設幣別合計；未設定預設幣別時歸入「未註明幣別」。請補填缺少的幣別。",
  ledgerGroupBlank: "有 {{count}} 筆的{{groupBy}}是空白的，已合併為名稱空白的一組。",
  ledgerDayOrderDetected: "以文字輸入的日期已依{{order}}讀取：其中 {{count}} 個只能這樣讀取。",
  ledgerDayOrderConflicting:
    "以文字輸入的日期順序不一致：有的日在前（例如「{{dayFirstExample}}」），有的月在前（例如「{{monthFirstExample}}」），共 {{count}} 個。兩種讀法都可能的日期已被拒絕；請依年-月-日輸入，或選擇日期順序。",
  ledgerDayOrderUnknown:
    "有 {{count}} 個日期（例如 1/2/2026）可能是日在前也可能是月在前，明細中沒有可判斷的依據，這些列已被拒絕；請選擇日期順序後重新執行。",

  masterNoCustomerColumn: "客戶主檔中沒有客戶欄；需要它才能將額度和評等對應到明細。",
  masterNoDetailColumn: "客戶主檔中沒有信用額度、帳期、評等或複核日期欄；至少需要其中一欄。",
  masterDuplicateCustomers:
    "客戶主檔中有 {{count}} 列重複了前面已列出的客戶，例如「{{example}}」；每個客戶只使用第一列。",
  masterLimitUnreadable:
    "第 {{row}} 列「{{column}}」欄：「{{value}}」不是信用額度；請輸入大於或等於 0 的金額。",
  masterTermsUnreadable:
    "第 {{row}} 列「{{column}}」欄：「{{value}}」不是信用天數；請輸入帳期，例如 30 或 Net 30。",

  agingOptionMismatch: "計算帳齡時使用的 {{option}} 與讀取明細時不同；請以相同的選項重新讀取明細。",
  agingSalesCurrencyNeeded: "明細中有多種幣別（{{currencies}}）；請註明賒銷金額的幣別，以便計算 DSO。",
  agingMasterUnmatched:
    "明細中有 {{count}} 個客戶不在客戶主檔中，例如「{{example}}」；這些客戶不顯示額度和評等。",

  mapEmpty: "--map 是空白的；請依 customer=Client,dueDate=Due 的格式填入。",
  mapItemMalformed: "--map：「{{item}}」不是 欄位=欄 的格式，例如 dueDate=Due。",
  mapFieldUnknown: "--map：「{{field}}」不是明細欄位；請使用下列之一：{{fields}}。",
  mapFieldRepeated: "--map：{{field}} 指定了兩次；請只保留一個。",
  mapHeaderNotFound:
    "--map：沒有標題為「{{header}}」的欄（用於 {{field}}）；請使用下列標題之一：{{headers}}，或使用欄字母。",

  warningSettingsInvalid: "儲存的預警設定在 {{path}} 處無效；請在預警檢視中重新儲存規則，或更正 JSON。",
  warningRuleUnknown: "預警設定中的規則「{{rule}}」無法識別；請刪除或更正其名稱。",
  warningThresholdUnknown: "預警規則 {{rule}} 沒有門檻「{{threshold}}」；請刪除或更正其名稱。",
  warningThresholdInvalid:
    "預警規則 {{rule}}：{{threshold}} 不能為「{{value}}」；請輸入 {{min}} 到 {{max}} 之間的數字。",
  warningThresholdNotWhole: "預警規則 {{rule}}：{{threshold}} 必須為整數，不能為 {{value}}。",
  warningThresholdOrder: "預警規則 {{rule}}：{{threshold}} 不能低於 {{other}}。",
  warningHistoryInvalid: "付款歷史第 {{row}} 列：{{field}} 無法使用；請更正或刪除該列。",
  historyNoAmountColumn: "付款歷史中找不到發票金額欄；請選擇每張發票金額所在的欄。",
  historyNoSettledColumn: "付款歷史中找不到收款日期欄，無法計算逾期天數；請選擇每張發票收款日期所在的欄。",

  outcomeColumnEmpty: "結果欄沒有任何值；請選擇標明每個客戶最終為好或壞的欄。",
  outcomeSingleValue: "結果欄每一列都是「{{value}}」；評分卡需要同時有好客戶和壞客戶。",
  outcomeAmbiguous: "結果欄包含 {{values}}；請指明哪些值表示好、哪些表示壞。",
  outcomeMappingOverlap: "「{{value}}」同時被列為好和壞；請只保留在一邊。",
  outcomeMappingNoGood: "沒有值被標為好；請選擇表示好客戶的結果值。",
  outcomeMappingNoBad: "沒有值被標為壞；請選擇表示壞客戶的結果值。",
  outcomeGoodValueAbsent: "結果欄中沒有值「{{value}}」；請從該欄已有的值中指定表示好的值。",
  outcomeValueUnmapped: "結果欄第 {{row}} 列為「{{value}}」，既不是好值也不是壞值；請將其歸入一邊或更正。",
  outcomeNoGoods: "所用的 {{rows}} 列中沒有好客戶；評分卡需要同時有好客戶和壞客戶。",
  outcomeNoBads: "所用的 {{rows}} 列中沒有壞客戶；評分卡需要同時有好客戶和壞客戶。",
  holdoutShareOutOfRange: "保留樣本比例為 {{value}}；必須不小於 0 且小於 1（0.3 表示保留 30%）。",
  binCutsNotAscending:
    "{{characteristic}}：第 {{position}} 個切分點（{{value}}）必須是大於前一個切分點的數字。",
  binLevelRepeated: "{{characteristic}}：「{{level}}」出現在兩個組中；請只放在一個組。",
  binLevelNotGrouped: "{{characteristic}}：「{{level}}」不在任何組中；請將其加入一個組。",
  binEmpty: "{{characteristic}}：分箱 {{bin}} 中沒有資料；請調整切分點或重新分組。",
  characteristicConstant: "{{characteristic}} 只有一個分箱，無法區分好壞客戶；請拆分或不使用該特徵。",
  scorecardNoCharacteristics: "未選擇任何特徵；請至少選擇一個特徵來擬合評分卡。",
  logisticSingular: "{{predictor}} 沒有提供其他特徵之外的資訊（為常數或與其他特徵重複）；請不使用該特徵。",
  logisticSeparation: "{{predictor}} 幾乎完全區分了好壞客戶，無法估計其權重；請合併其分箱或不使用該特徵。",
  logisticNotConverged: "擬合在 {{iterations}} 步內未收斂；請去掉相互重疊的特徵或合併過小的分箱。",
  logisticOneOutcome: "全部 {{rows}} 列的結果相同，無法擬合。",
  logisticOutcomeNotBinary: "第 {{row}} 列：結果為 {{value}}；必須為 0 或 1。",
  historyEmpty: "{{sheet}} 在標題列下面沒有資料；請選擇每個客戶一列並含結果的工作表或表格。",
  historyColumnNotFound: "歷史資料中沒有「{{column}}」欄；現有的欄為 {{columns}}。",

  spillResized: "結果的大小已改變，無法放入原有儲存格；請重新計算以完整顯示。",
};
